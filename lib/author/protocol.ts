/**
 * Author mode's messages to the background, and who may send which. Extension pages (side panel) may do
 * everything; a portal tab may only append a failure of the guide running in that tab (its address taken
 * from the sender, never from the message) and fetch the draft the helper told that tab to play. A portal
 * page that is compromised therefore cannot read drafts or logs, nor fill the log with another guide's
 * records. Plain types and a pure dispatcher: the entrypoint wires it to runtime messaging.
 */
import type { ChecklistErrorData } from '../checklist/errors';
import { toChecklistError } from '../checklist/errors';
import type { Draft } from './draft';
import { FAILURE_KINDS, type FailureEvent, type FailureKind, type FailureRecord } from './failures';
import type { AuthorStore } from './store';
import type { Guide, TargetStrategy } from '../guide/schema';
import { draftFromGuide, repairTarget } from './draft';
import { createDraftPlays, memoryArea, type DraftPlays } from './draft-plays';

/** What a portal tab reports: no address (the background adds the tab's own), no browser (added too). */
export interface FailureReport {
  guideId: string;
  guideVersion: number;
  stepId: string;
  kind: FailureKind;
  tried?: TargetStrategy[];
  /** The running guide's page patterns for this step, so the record uses the guide's words. */
  knownPages?: string[];
}

interface AuthorRequestMap {
  'author:drafts:list': [Record<never, never>, Draft[]];
  'author:draft:get': [{ id: string }, Draft | null];
  /** A portal tab: the draft the helper plays in this tab, if any. */
  'author:draft:playing': [Record<never, never>, Draft | null];
  /**
   * A portal tab in author mode: "Chọn lại phần tử" on the running guide's not-found notice. The step's
   * target becomes the new pick in a draft of that guide (made from the published guide if there is no
   * draft yet), which this tab then plays.
   */
  'author:draft:repair': [{ guideId: string; stepId: string; strategies: TargetStrategy[] }, Draft];
  'author:draft:save': [{ draft: Draft }, Draft];
  'author:draft:remove': [{ id: string }, null];
  /** The helper plays a draft in a tab: that tab may now fetch it. */
  'author:draft:play': [{ id: string; tabId: number }, null];
  'author:failure:append': [{ report: FailureReport }, FailureRecord | null];
  'author:failures:list': [{ guideId?: string }, FailureRecord[]];
  'author:failures:clear': [{ guideId?: string }, null];
  'author:failures:merge': [{ records: FailureRecord[] }, number];
}

type AuthorRequestType = keyof AuthorRequestMap;
type AuthorRequestOf<T extends AuthorRequestType> = { type: T } & AuthorRequestMap[T][0];
export type AuthorRequest = { [T in AuthorRequestType]: AuthorRequestOf<T> }[AuthorRequestType];
export type AuthorResponse<T extends AuthorRequestType = AuthorRequestType> =
  | { ok: true; data: AuthorRequestMap[T][1] }
  | { ok: false; error: ChecklistErrorData | { code: 'forbidden'; message: { vi: string; en: string } } };

const TYPES: readonly AuthorRequestType[] = [
  'author:drafts:list', 'author:draft:get', 'author:draft:playing', 'author:draft:repair', 'author:draft:save', 'author:draft:remove', 'author:draft:play',
  'author:failure:append', 'author:failures:list', 'author:failures:clear', 'author:failures:merge',
];

export function isAuthorRequest(value: unknown): value is AuthorRequest {
  return typeof value === 'object' && value !== null && TYPES.includes((value as { type: AuthorRequestType }).type);
}

/** Who sent the message: an extension page, or a portal tab with its own address. */
export type AuthorSender = { kind: 'extension' } | { kind: 'tab'; tabId: number; url: string };

export interface AuthorDeps {
  store: AuthorStore;
  /** The guide running in a tab (from the run store), if any. */
  runningGuideOf(tabId: number): Promise<string | undefined>;
  userAgent: string;
  extensionVersion: string;
  now(): number;
  /** The published guide (bundled or town catalog), for a repair that starts a draft. */
  getGuide(id: string): Promise<Guide | undefined>;
  /** The helper switched author mode on ("Soạn hướng dẫn"). */
  authorEnabled(): Promise<boolean>;
  /** Which tab plays which draft; in memory when not given (tests). */
  plays?: DraftPlays;
}

const FORBIDDEN = {
  code: 'forbidden' as const,
  message: { vi: 'Trang cổng không được làm việc này.', en: 'A portal page may not do this.' },
};

/** The background's dispatcher. */
export function createAuthorHandler(deps: AuthorDeps): (req: AuthorRequest, sender: AuthorSender) => Promise<AuthorResponse> {
  const plays = deps.plays ?? createDraftPlays(memoryArea());
  const ok = <T>(data: T): AuthorResponse => ({ ok: true, data } as AuthorResponse);

  async function forTab(req: AuthorRequest, tabId: number, url: string): Promise<AuthorResponse> {
    if (req.type === 'author:draft:playing') {
      const id = await plays.get(tabId);
      return ok(id === undefined ? null : ((await deps.store.getDraft(id)) ?? null));
    }
    if (req.type === 'author:draft:repair') {
      const mayRepair =
        (await deps.authorEnabled()) && ((await plays.get(tabId)) === req.guideId || (await deps.runningGuideOf(tabId)) === req.guideId);
      if (!mayRepair || req.strategies.length === 0) return { ok: false, error: FORBIDDEN };
      let draft = await deps.store.getDraft(req.guideId);
      if (!draft) {
        const published = await deps.getGuide(req.guideId);
        if (!published) return { ok: false, error: FORBIDDEN };
        draft = draftFromGuide(published, deps.now());
      }
      const repaired = repairTarget(draft, req.stepId, req.strategies, deps.now());
      await deps.store.saveDraft(repaired);
      await plays.set(tabId, repaired.id);
      return ok(repaired);
    }
    if (req.type === 'author:failure:append') {
      const r = req.report;
      if (!FAILURE_KINDS.includes(r.kind) || (await deps.runningGuideOf(tabId)) !== r.guideId) return { ok: false, error: FORBIDDEN };
      const event: FailureEvent = {
        guideId: r.guideId,
        guideVersion: r.guideVersion,
        stepId: r.stepId,
        kind: r.kind,
        url,
        ...(r.tried ? { tried: r.tried } : {}),
        ...(r.knownPages ? { knownPages: r.knownPages } : {}),
        userAgent: deps.userAgent,
        extensionVersion: deps.extensionVersion,
        at: deps.now(),
      };
      return ok((await deps.store.appendFailure(event)) ?? null);
    }
    return { ok: false, error: FORBIDDEN };
  }

  return async (req, sender) => {
    try {
      if (sender.kind === 'tab') return await forTab(req, sender.tabId, sender.url);
      switch (req.type) {
        case 'author:drafts:list':
          return ok(await deps.store.listDrafts());
        case 'author:draft:get':
          return ok((await deps.store.getDraft(req.id)) ?? null);
        case 'author:draft:playing':
        case 'author:draft:repair':
          // Only a portal tab plays or repairs on its page.
          return { ok: false, error: FORBIDDEN };
        case 'author:draft:save':
          return ok(await deps.store.saveDraft(req.draft));
        case 'author:draft:remove':
          await deps.store.removeDraft(req.id);
          await plays.forgetDraft(req.id);
          return ok(null);
        case 'author:draft:play':
          await plays.set(req.tabId, req.id);
          return ok(null);
        case 'author:failure:append':
          // Extension pages do not report portal failures; only the tab that saw it does.
          return { ok: false, error: FORBIDDEN };
        case 'author:failures:list':
          return ok(await deps.store.listFailures(req.guideId));
        case 'author:failures:clear':
          await deps.store.clearFailures(req.guideId);
          return ok(null);
        case 'author:failures:merge':
          return ok(await deps.store.mergeFailures(req.records));
      }
    } catch (error) {
      return { ok: false, error: toChecklistError(error).toData() };
    }
  };
}
