/**
 * Messages between the overlay / side panel and the background, which opens the checklist database and
 * answers them. The side panel also runs this same dispatcher itself over its own connection to the same
 * database for session reads and edits (lib/workspace/direct-store.ts), then tells the background.
 * Plain types and a guard, no browser imports: the entrypoints wire these to runtime messaging.
 * The dispatcher never throws across the message boundary: failures come back as `{ ok: false, error }`.
 */
import { exportBackup, parseBackup, planRestore, type Backup, type RestorePlan } from './backup';
import { ChecklistError, toChecklistError, type ChecklistErrorData } from './errors';
import { CHECKLIST_MESSAGES } from './messages';
import { applyAction, type NewSessionInput, type Session, type SessionAction } from './model';
import { buildReport, type Report, type ReportOptions } from './report';
import type { SchemaProblem, Settings } from './schema';
import type { ChecklistStore, ListResult, RestoreResult } from './store';

export type SessionListQuery =
  | { by: 'recent'; limit?: number }
  | { by: 'all' }
  | { by: 'search'; text: string }
  | { by: 'due-soon'; today: string; days?: number }
  | { by: 'overdue'; today: string };

export interface RestorePreview {
  ok: boolean;
  problems: SchemaProblem[];
  add: number;
  replace: number;
  keepNewerLocal: number;
  unchanged: number;
  upgradedFrom?: number;
}

export type ImportResult =
  | { ok: true; result: RestoreResult; upgradedFrom?: number }
  | { ok: false; problems: SchemaProblem[] };

/** Request type → [request payload, response data]. */
export interface ChecklistRequestMap {
  'session:create': [{ input: NewSessionInput }, Session];
  'session:get': [{ id: string }, Session | null];
  /** One action, or several saved in one transaction with one change event (a form's several fields). */
  'session:update': [{ id: string; action: SessionAction | readonly SessionAction[] }, Session];
  'session:save': [{ session: Session }, Session];
  'session:remove': [{ id: string }, null];
  'session:list': [{ query: SessionListQuery }, ListResult];
  'report:get': [{ options: ReportOptions }, Report];
  'settings:get': [Record<never, never>, Settings];
  'settings:set': [{ patch: Partial<Settings> }, Settings];
  'backup:export': [Record<never, never>, Backup];
  'backup:preview': [{ text: string }, RestorePreview];
  'backup:import': [{ text: string; overwriteNewer?: boolean; restoreSettings?: boolean }, ImportResult];
  'data:clear': [Record<never, never>, null];
  'data:purge': [Record<never, never>, { removed: number }];
}

export type ChecklistRequestType = keyof ChecklistRequestMap;

export type ChecklistRequestOf<T extends ChecklistRequestType> = { type: T } & ChecklistRequestMap[T][0];
export type ChecklistRequest = { [T in ChecklistRequestType]: ChecklistRequestOf<T> }[ChecklistRequestType];

export type ChecklistResponse<T extends ChecklistRequestType = ChecklistRequestType> =
  | { ok: true; data: ChecklistRequestMap[T][1] }
  | { ok: false; error: ChecklistErrorData };

/** Broadcast by the background after every change, so every open surface shows the same data. */
export type ChecklistEvent =
  | { type: 'session:changed'; session: Session }
  | { type: 'session:removed'; id: string }
  | { type: 'sessions:restored'; count: number }
  | { type: 'sessions:purged'; removed: number }
  | { type: 'settings:changed'; settings: Settings }
  | { type: 'data:cleared' };

export const CHECKLIST_REQUEST_TYPES: readonly ChecklistRequestType[] = [
  'session:create',
  'session:get',
  'session:update',
  'session:save',
  'session:remove',
  'session:list',
  'report:get',
  'settings:get',
  'settings:set',
  'backup:export',
  'backup:preview',
  'backup:import',
  'data:clear',
  'data:purge',
];

const REQUEST_TYPES: ReadonlySet<string> = new Set(CHECKLIST_REQUEST_TYPES);
const EVENT_TYPES: ReadonlySet<string> = new Set([
  'session:changed',
  'session:removed',
  'sessions:restored',
  'sessions:purged',
  'settings:changed',
  'data:cleared',
]);

function typeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}

/** Cheap routing guard; payload fields are validated by the store (zod) when written. */
export function isChecklistMessage(value: unknown): value is ChecklistRequest {
  const type = typeOf(value);
  return type !== undefined && REQUEST_TYPES.has(type);
}

export function isChecklistEvent(value: unknown): value is ChecklistEvent {
  const type = typeOf(value);
  return type !== undefined && EVENT_TYPES.has(type);
}

export interface DispatchDeps {
  /** Called once per change; the background forwards it to every surface. */
  emit?: (event: ChecklistEvent) => void;
  now?: () => number;
}

function list(store: ChecklistStore, query: SessionListQuery): Promise<ListResult> {
  switch (query.by) {
    case 'recent':
      return store.listRecent(query.limit);
    case 'all':
      return store.listAll();
    case 'search':
      return store.search(query.text);
    case 'due-soon':
      return store.dueSoon(query.today, query.days);
    case 'overdue':
      return store.overdue(query.today);
  }
}

function preview(plan: RestorePlan): Omit<RestorePreview, 'ok' | 'problems'> {
  return {
    add: plan.add.length,
    replace: plan.replace.length,
    keepNewerLocal: plan.keepNewerLocal.length,
    unchanged: plan.unchanged,
  };
}

async function dispatch(store: ChecklistStore, msg: ChecklistRequest, emit: (e: ChecklistEvent) => void, now: () => number): Promise<unknown> {
  switch (msg.type) {
    case 'session:create': {
      const session = await store.create(msg.input);
      emit({ type: 'session:changed', session });
      return session;
    }
    case 'session:get':
      return (await store.get(msg.id)) ?? null;
    case 'session:update': {
      const actions: readonly SessionAction[] = Array.isArray(msg.action) ? msg.action : [msg.action as SessionAction];
      const at = now();
      const session = await store.update(msg.id, (current) => actions.reduce((s, action) => applyAction(s, action, at), current));
      emit({ type: 'session:changed', session });
      return session;
    }
    case 'session:save': {
      const session = await store.save(msg.session);
      emit({ type: 'session:changed', session });
      return session;
    }
    case 'session:remove':
      await store.remove(msg.id);
      emit({ type: 'session:removed', id: msg.id });
      return null;
    case 'session:list':
      return list(store, msg.query);
    case 'report:get': {
      const all = await store.listAll();
      return buildReport(all.sessions, msg.options);
    }
    case 'settings:get':
      return store.getSettings();
    case 'settings:set': {
      const settings = await store.setSettings(msg.patch);
      emit({ type: 'settings:changed', settings });
      return settings;
    }
    case 'backup:export': {
      const [all, settings] = await Promise.all([store.listAll(), store.getSettings()]);
      return exportBackup(all.sessions, settings, now());
    }
    case 'backup:preview': {
      const parsed = parseBackup(msg.text, now());
      if (!parsed.ok) return { ok: false, problems: parsed.problems, add: 0, replace: 0, keepNewerLocal: 0, unchanged: 0 };
      const plan = planRestore((await store.listAll()).sessions, parsed.backup.sessions);
      const result: RestorePreview = { ok: true, problems: [], ...preview(plan) };
      if (parsed.upgradedFrom !== undefined) result.upgradedFrom = parsed.upgradedFrom;
      return result;
    }
    case 'backup:import': {
      const parsed = parseBackup(msg.text, now());
      if (!parsed.ok) return { ok: false, problems: parsed.problems } satisfies ImportResult;
      const plan = planRestore((await store.listAll()).sessions, parsed.backup.sessions);
      const result = await store.restore(plan, {
        overwriteNewer: msg.overwriteNewer === true,
        ...(msg.restoreSettings ? { settings: parsed.backup.settings } : {}),
      });
      emit({ type: 'sessions:restored', count: result.added + result.replaced + result.overwritten });
      const out: ImportResult = { ok: true, result };
      if (parsed.upgradedFrom !== undefined) out.upgradedFrom = parsed.upgradedFrom;
      return out;
    }
    case 'data:clear':
      await store.clearAll();
      emit({ type: 'data:cleared' });
      return null;
    case 'data:purge': {
      const removed = await store.applyRetention(now());
      if (removed > 0) emit({ type: 'sessions:purged', removed });
      return { removed };
    }
  }
}

export async function handleChecklistMessage<T extends ChecklistRequestType>(
  store: ChecklistStore,
  msg: ChecklistRequestOf<T>,
  deps?: DispatchDeps,
): Promise<ChecklistResponse<T>>;
export async function handleChecklistMessage(store: ChecklistStore, msg: unknown, deps?: DispatchDeps): Promise<ChecklistResponse>;
export async function handleChecklistMessage(store: ChecklistStore, msg: unknown, deps: DispatchDeps = {}): Promise<ChecklistResponse> {
  if (!isChecklistMessage(msg)) {
    return { ok: false, error: { code: 'invalid', message: CHECKLIST_MESSAGES.errBadMessage, detail: `type ${String(typeOf(msg))}` } };
  }
  const emit = (event: ChecklistEvent): void => {
    try {
      deps.emit?.(event);
    } catch {
      // A closed surface must not turn a saved change into a reported failure.
    }
  };
  try {
    const data = await dispatch(store, msg, emit, deps.now ?? (() => Date.now()));
    return { ok: true, data } as ChecklistResponse;
  } catch (error) {
    const checklistError = error instanceof ChecklistError ? error : toChecklistError(error);
    return { ok: false, error: checklistError.toData() };
  }
}
