/**
 * The side panel's author mode ("Soạn hướng dẫn"): the switch, drafts and their steps, recording a step
 * by picking on the portal tab, playing a draft there, export/import, the failure log ("Bước lỗi") and
 * the page structure saver. Everything browser-side is passed in, so it runs in unit tests.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { AuthorMessageKey } from '../i18n/author-messages';
import type { MessageParams } from '../i18n/messages';
import type { DoneCondition, Step } from '../guide/schema';
import {
  addStep,
  exportDraft,
  importGuideFile,
  moveStep,
  newDraft,
  readStep,
  removeStep,
  stepFromPick,
  updateStep,
  type Draft,
} from './draft';
import { exportFailureLog, summarizeFailures, type FailureRecord, type StepFailures } from './failures';
import type { SavedStructure } from './page-structure';
import type { AuthorTabRequest, PickAnswer, PlayAnswer, StructureAnswer } from './tab-messages';

export interface AuthorModelDeps {
  /** A request to the background (author:* messages); resolves with its data or throws. */
  send<T>(message: { type: string } & Record<string, unknown>): Promise<T>;
  /** The portal tab beside the panel; undefined when the active tab is not a portal page. */
  activeTab(): Promise<number | undefined>;
  sendTab<T>(tabId: number, message: AuthorTabRequest): Promise<T>;
  getEnabled(): Promise<boolean>;
  setEnabled(on: boolean): Promise<void>;
  download(fileName: string, text: string, mime: string): void;
  now(): number;
}

interface Status {
  key: AuthorMessageKey;
  params?: MessageParams;
  /** Extra lines (the loader's problems) shown under the message. */
  lines?: string[];
  kind: 'info' | 'error';
}

export interface AuthorModel {
  enabled: ReadonlySignal<boolean>;
  drafts: ReadonlySignal<Draft[]>;
  selected: ReadonlySignal<string | null>;
  status: ReadonlySignal<Status | null>;
  busy: ReadonlySignal<boolean>;
  failures: ReadonlySignal<StepFailures[]>;
  structure: ReadonlySignal<SavedStructure | null>;
  load(): Promise<void>;
  setEnabled(on: boolean): Promise<void>;
  create(title: string): Promise<void>;
  select(id: string | null): void;
  current(): Draft | undefined;
  record(): Promise<void>;
  addRead(): Promise<void>;
  editStep(stepId: string, patch: Partial<Omit<Step, 'id'>>): Promise<void>;
  setDone(stepId: string, done: DoneCondition | null): Promise<void>;
  /** The done condition "the page open in the tab now" (the page after a click). */
  doneOnCurrentPage(stepId: string): Promise<void>;
  move(from: number, to: number): Promise<void>;
  deleteStep(stepId: string): Promise<void>;
  removeDraft(): Promise<void>;
  play(): Promise<void>;
  exportFile(): void;
  importFile(fileName: string, text: string): Promise<void>;
  loadFailures(): Promise<void>;
  exportFailures(): Promise<void>;
  clearFailures(): Promise<void>;
  saveStructure(): Promise<void>;
  downloadStructure(): void;
}

const GUIDE_MIME = 'application/json';
const HTML_MIME = 'text/html';

export function createAuthorModel(deps: AuthorModelDeps): AuthorModel {
  const enabled = signal(false);
  const drafts = signal<Draft[]>([]);
  const selected = signal<string | null>(null);
  const status = signal<Status | null>(null);
  const busy = signal(false);
  const failures = signal<StepFailures[]>([]);
  const structure = signal<SavedStructure | null>(null);
  let records: FailureRecord[] = [];

  const fail = (err: unknown, key: AuthorMessageKey = 'author.error'): void => {
    status.value = { key, params: { reason: err instanceof Error ? err.message : String(err) }, kind: 'error' };
  };
  const current = (): Draft | undefined => drafts.value.find((d) => d.id === selected.value);

  async function save(d: Draft): Promise<void> {
    const saved = await deps.send<Draft>({ type: 'author:draft:save', draft: d });
    const others = drafts.value.filter((x) => x.id !== saved.id);
    drafts.value = [saved, ...others];
    selected.value = saved.id;
  }
  async function change(f: (d: Draft) => Draft): Promise<void> {
    const d = current();
    if (!d) return;
    try {
      await save(f(d));
    } catch (err) {
      fail(err);
    }
  }
  async function tab(): Promise<number | undefined> {
    const id = await deps.activeTab();
    if (id === undefined) status.value = { key: 'author.noTab', kind: 'error' };
    return id;
  }

  const model: AuthorModel = {
    enabled,
    drafts,
    selected,
    status,
    busy,
    failures,
    structure,
    current,
    async load() {
      try {
        enabled.value = await deps.getEnabled();
        if (!enabled.value) return;
        drafts.value = await deps.send<Draft[]>({ type: 'author:drafts:list' });
        await model.loadFailures();
      } catch (err) {
        fail(err);
      }
    },
    async setEnabled(on) {
      enabled.value = on;
      try {
        await deps.setEnabled(on);
        if (on) await model.load();
      } catch (err) {
        fail(err);
      }
    },
    async create(title) {
      const t = title.trim();
      if (!t) return;
      const d = newDraft({ title: t }, deps.now());
      if (drafts.value.some((x) => x.id === d.id)) {
        selected.value = d.id;
        return;
      }
      try {
        await save(d);
      } catch (err) {
        fail(err);
      }
    },
    select(id) {
      selected.value = id;
      status.value = null;
    },
    async record() {
      const d = current();
      const tabId = await tab();
      if (!d || tabId === undefined) return;
      busy.value = true;
      status.value = { key: 'author.recording', kind: 'info' };
      try {
        const answer = await deps.sendTab<PickAnswer>(tabId, { type: 'author-tab:pick' });
        if (!answer?.ok) {
          status.value = { key: 'author.pickCancelled', kind: 'info' };
          return;
        }
        const picked = { ...answer.picked, element: null as unknown as Element };
        if (picked.strategies.length === 0) {
          status.value = { key: 'author.pickNothing', kind: 'error' };
          return;
        }
        const latest = current() ?? d;
        await save(addStep(latest, stepFromPick(latest.guide, picked, answer.page), deps.now()));
        status.value = answer.picked.checks[0]?.unique ? null : { key: 'author.notUnique', kind: 'info' };
      } catch (err) {
        fail(err, 'author.pickFailed');
      } finally {
        busy.value = false;
      }
    },
    async addRead() {
      await change((d) => addStep(d, readStep(d.guide, 'Đọc và xác nhận'), deps.now()));
    },
    async editStep(stepId, patch) {
      await change((d) => updateStep(d, stepId, patch, deps.now()));
    },
    async setDone(stepId, done) {
      await change((d) => updateStep(d, stepId, { done: done ? [done] : undefined }, deps.now()));
    },
    async doneOnCurrentPage(stepId) {
      const tabId = await tab();
      if (tabId === undefined) return;
      try {
        const answer = await deps.sendTab<{ ok: true; page: string }>(tabId, { type: 'author-tab:page' });
        if (answer?.ok) await model.setDone(stepId, { url: answer.page });
      } catch (err) {
        fail(err);
      }
    },
    async move(from, to) {
      await change((d) => moveStep(d, from, to, deps.now()));
    },
    async deleteStep(stepId) {
      await change((d) => removeStep(d, stepId, deps.now()));
    },
    async removeDraft() {
      const d = current();
      if (!d) return;
      try {
        await deps.send({ type: 'author:draft:remove', id: d.id });
        drafts.value = drafts.value.filter((x) => x.id !== d.id);
        selected.value = null;
      } catch (err) {
        fail(err);
      }
    },
    async play() {
      const d = current();
      const tabId = await tab();
      if (!d || tabId === undefined) return;
      const exported = exportDraft(d, deps.now());
      if (!exported.ok) {
        status.value = { key: 'author.exportProblems', kind: 'error', lines: exported.problems.map((p) => `${p.path}: ${p.vi}`) };
        return;
      }
      try {
        await deps.send({ type: 'author:draft:play', id: d.id, tabId });
        const answer = await deps.sendTab<PlayAnswer>(tabId, { type: 'author-tab:play', id: d.id });
        status.value = answer?.ok ? { key: 'author.playing', kind: 'info' } : { key: 'author.playFailed', params: { reason: answer?.ok === false ? answer.reason : '?' }, kind: 'error' };
      } catch (err) {
        fail(err, 'author.playFailed');
      }
    },
    exportFile() {
      const d = current();
      if (!d) return;
      const exported = exportDraft(d, deps.now());
      const errors = exported.problems.filter((p) => p.severity === 'error');
      if (!exported.ok) {
        status.value = { key: 'author.exportProblems', kind: 'error', lines: errors.map((p) => `${p.path}: ${p.vi} / ${p.en}`) };
        return;
      }
      deps.download(exported.fileName, exported.text, GUIDE_MIME);
    },
    async importFile(fileName, text) {
      const r = importGuideFile(text, fileName, deps.now());
      if (!r.ok) {
        status.value = { key: 'author.importFailed', params: { file: fileName }, kind: 'error', lines: r.problems.map((p) => `${p.path}: ${p.vi} / ${p.en}`) };
        return;
      }
      try {
        await save(r.draft);
        status.value = { key: 'author.imported', params: { title: r.draft.guide.title, version: r.draft.baseVersion ?? 1 }, kind: 'info' };
      } catch (err) {
        fail(err);
      }
    },
    async loadFailures() {
      try {
        records = await deps.send<FailureRecord[]>({ type: 'author:failures:list' });
        failures.value = summarizeFailures([records]);
      } catch (err) {
        fail(err);
      }
    },
    async exportFailures() {
      await model.loadFailures();
      const day = new Date(deps.now()).toISOString().slice(0, 10);
      deps.download(`buoc-loi-${day}.json`, `${JSON.stringify(exportFailureLog(records, deps.now()), null, 2)}\n`, GUIDE_MIME);
    },
    async clearFailures() {
      try {
        await deps.send({ type: 'author:failures:clear' });
        records = [];
        failures.value = [];
      } catch (err) {
        fail(err);
      }
    },
    async saveStructure() {
      const tabId = await tab();
      if (tabId === undefined) return;
      try {
        const answer = await deps.sendTab<StructureAnswer>(tabId, { type: 'author-tab:structure' });
        if (answer?.ok) structure.value = answer.structure;
        else fail(answer?.reason ?? '?');
      } catch (err) {
        fail(err);
      }
    },
    downloadStructure() {
      const s = structure.value;
      if (!s) return;
      const name = s.page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80) || 'trang';
      deps.download(`${name}.html`, s.html, HTML_MIME);
    },
  };
  return model;
}
