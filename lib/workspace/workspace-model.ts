/**
 * The side panel's state: the session lists, the open session, the due list, and the messages to
 * announce. This panel's own edits are applied from their answer; changes made elsewhere (the portal tab,
 * another page) arrive from the background as ChecklistEvents and are applied here the same way.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { checklistErrorMessage, type ChecklistErrorData } from '../checklist/errors';
import { dayKey, dueState, type NewSessionInput, type Session, type SessionAction } from '../checklist/model';
import type { ChecklistEvent } from '../checklist/protocol';
import type { CorruptedRecord, ListResult } from '../checklist/store';
import type { Guide } from '../guide/schema';
import type { MessageKey, MessageParams } from '../i18n/workspace-messages';
import { ClientError, toClientError, type ChecklistClient } from './client';
import { currentAfterTick } from './session-sync';

export type WorkspaceView = 'home' | 'new' | 'session' | 'report' | 'backup' | 'qa';

interface Announcement {
  key: MessageKey;
  params?: MessageParams;
  /** Increases on every announcement, so the same sentence twice is still read out. */
  seq: number;
}

export interface WorkspaceDeps {
  client: ChecklistClient;
  /** The guides in use, or a getter when they can change while the panel is open (the town's catalog). */
  guides: readonly Guide[] | (() => readonly Guide[]);
  /** Local day (YYYY-MM-DD) used for "today" and the due list. */
  today?: () => string;
  /** How many recent sessions the home list loads. */
  recentLimit?: number;
}

export interface WorkspaceModel {
  view: ReadonlySignal<WorkspaceView>;
  query: ReadonlySignal<string>;
  /** Recent sessions, or the search results while a query is typed. */
  sessions: ReadonlySignal<readonly Session[]>;
  todaySessions: ReadonlySignal<readonly Session[]>;
  /** Not finished and not touched today. */
  openSessions: ReadonlySignal<readonly Session[]>;
  overdue: ReadonlySignal<readonly Session[]>;
  dueSoon: ReadonlySignal<readonly Session[]>;
  corrupted: ReadonlySignal<readonly CorruptedRecord[]>;
  selectedId: ReadonlySignal<string | null>;
  selected: ReadonlySignal<Session | null>;
  selectedGuide: ReadonlySignal<Guide | null>;
  loading: ReadonlySignal<boolean>;
  error: ReadonlySignal<ChecklistErrorData | null>;
  announcement: ReadonlySignal<Announcement | null>;
  guideById(id: string): Guide | undefined;
  load(): Promise<void>;
  search(text: string): Promise<void>;
  show(view: WorkspaceView): void;
  create(input: NewSessionInput): Promise<Session | null>;
  select(id: string): Promise<void>;
  update(id: string, action: SessionAction): Promise<Session | null>;
  /** Several edits from one form, announced once. */
  updateMany(id: string, actions: readonly SessionAction[]): Promise<Session | null>;
  /** Ticks a step; ticking the current step moves the current step on. */
  tickStep(id: string, stepId: string, done: boolean): Promise<Session | null>;
  /** Writes again the change a full disk refused (error.pending). */
  retry(): Promise<void>;
  remove(id: string): Promise<void>;
  openInPortal(id: string): Promise<boolean>;
  dismissError(): void;
  apply(event: ChecklistEvent): void;
  dispose(): void;
}

const byUpdated = (a: Session, b: Session): number => b.updatedAt - a.updatedAt;
const byResultDate = (a: Session, b: Session): number => (a.resultDate ?? '').localeCompare(b.resultDate ?? '');

export function createWorkspaceModel(deps: WorkspaceDeps): WorkspaceModel {
  const { client, guides } = deps;
  const today = deps.today ?? (() => dayKey(Date.now()));
  const limit = deps.recentLimit ?? 200;

  const view = signal<WorkspaceView>('home');
  const query = signal('');
  const sessions = signal<readonly Session[]>([]);
  const overdue = signal<readonly Session[]>([]);
  const dueSoon = signal<readonly Session[]>([]);
  const corrupted = signal<readonly CorruptedRecord[]>([]);
  const selectedId = signal<string | null>(null);
  const current = signal<Session | null>(null);
  const loading = signal(false);
  const error = signal<ChecklistErrorData | null>(null);
  const announcement = signal<Announcement | null>(null);
  let seq = 0;
  let disposed = false;
  let searchSeq = 0;
  /** The settings' "due soon" window in days, known once the due lists have loaded. */
  let dueDays: number | undefined;
  let dueSeq = 0;
  let dueLoading = 0;

  const guideById = (id: string): Guide | undefined => (typeof guides === 'function' ? guides() : guides).find((g) => g.id === id);
  const selected = computed(() => (current.value && current.value.id === selectedId.value ? current.value : null));
  const selectedGuide = computed(() => (selected.value ? (guideById(selected.value.guideId) ?? null) : null));
  const isToday = (s: Session): boolean => dayKey(s.updatedAt) === today() || dayKey(s.createdAt) === today();
  const todaySessions = computed(() => sessions.value.filter(isToday));
  const openSessions = computed(() => sessions.value.filter((s) => s.status !== 'done' && !isToday(s)));

  function announce(key: MessageKey, params?: MessageParams): void {
    seq += 1;
    announcement.value = params ? { key, params, seq } : { key, seq };
  }

  function fail(err: unknown): ChecklistErrorData {
    const data = (err instanceof ClientError ? err : toClientError(err)).data;
    error.value = data;
    // A change the full disk refused stays on screen, so the helper does not type it again.
    if (data.pending && data.pending.id === selectedId.value) current.value = data.pending;
    return data;
  }

  async function loadDue(): Promise<void> {
    const day = today();
    const mine = ++dueSeq;
    dueLoading += 1;
    let lists: [ListResult, ListResult];
    try {
      const [late, soon, settings] = await Promise.all([
        client.request('session:list', { query: { by: 'overdue', today: day } }),
        client.request('session:list', { query: { by: 'due-soon', today: day } }),
        client.request('settings:get', {}),
      ]);
      dueDays = settings.dueSoonDays;
      lists = [late, soon];
    } finally {
      dueLoading -= 1;
    }
    // Only the latest listing counts: an earlier one may predate a change shown since.
    if (disposed || mine !== dueSeq) return;
    const [late, soon] = lists;
    batch(() => {
      overdue.value = late.sessions;
      dueSoon.value = soon.sessions;
    });
  }

  async function loadList(): Promise<void> {
    const text = query.value.trim();
    const mine = ++searchSeq;
    const result = await client.request('session:list', { query: text ? { by: 'search', text } : { by: 'recent', limit } });
    // A slower earlier search must not replace the results of the latest keystroke.
    if (disposed || mine !== searchSeq) return;
    batch(() => {
      sessions.value = result.sessions;
      corrupted.value = result.corrupted;
    });
  }

  async function load(): Promise<void> {
    loading.value = true;
    try {
      await Promise.all([loadList(), loadDue()]);
      if (selectedId.value) {
        const fresh = await client.request('session:get', { id: selectedId.value });
        if (!fresh) {
          batch(() => {
            selectedId.value = null;
            current.value = null;
            if (view.value === 'session') view.value = 'home';
          });
        } else current.value = fresh;
      }
    } catch (err) {
      fail(err);
    } finally {
      loading.value = false;
    }
  }

  function matchesQuery(session: Session): boolean {
    const text = query.value.trim();
    if (!text) return true;
    return sessions.value.some((s) => s.id === session.id);
  }

  function upsert(session: Session): void {
    batch(() => {
      if (matchesQuery(session)) {
        sessions.value = [session, ...sessions.value.filter((s) => s.id !== session.id)].sort(byUpdated);
      }
      if (session.id === selectedId.value) current.value = session;
      // The due lists depend on status, date and the settings' window; the one session is placed locally
      // (no re-listing of every session after each tick), and a list it is not in and stays out of is
      // left as it is, so nothing showing it redraws.
      if (dueDays === undefined || dueLoading > 0) return;
      const state = dueState(session, today(), dueDays);
      place(overdue, session, state === 'overdue');
      place(dueSoon, session, state === 'due-soon');
    });
    // The window is not known yet, or a listing is on its way that may not have this change: list again.
    if (dueDays === undefined || dueLoading > 0) void loadDue().catch(() => undefined);
  }

  function place(list: typeof overdue, session: Session, belongs: boolean): void {
    const had = list.value.some((s) => s.id === session.id);
    if (!had && !belongs) return;
    const rest = had ? list.value.filter((s) => s.id !== session.id) : list.value;
    list.value = belongs ? [...rest, session].sort(byResultDate) : rest;
  }

  function drop(id: string): void {
    batch(() => {
      sessions.value = sessions.value.filter((s) => s.id !== id);
      overdue.value = overdue.value.filter((s) => s.id !== id);
      dueSoon.value = dueSoon.value.filter((s) => s.id !== id);
      if (selectedId.value === id) {
        selectedId.value = null;
        current.value = null;
        if (view.value === 'session') view.value = 'home';
      }
    });
  }

  /**
   * This panel writes sessions itself and the background echoes each write to every page, this one too;
   * the echo of what is on screen, or of an older state overtaken by a later tick, changes nothing.
   */
  function isNews(session: Session): boolean {
    const known = current.value?.id === session.id ? current.value : sessions.value.find((s) => s.id === session.id);
    if (!known) return true;
    if (known.updatedAt > session.updatedAt) return false;
    return JSON.stringify(known) !== JSON.stringify(session);
  }

  function apply(event: ChecklistEvent): void {
    if (disposed) return;
    switch (event.type) {
      case 'session:changed':
        if (!isNews(event.session)) return;
        upsert(event.session);
        return;
      case 'session:removed':
        drop(event.id);
        return;
      case 'settings:changed':
        dueDays = event.settings.dueSoonDays;
        void loadDue().catch(() => undefined);
        return;
      case 'sessions:restored':
      case 'sessions:purged':
      case 'data:cleared':
        void load();
        return;
      default:
        return;
    }
  }

  const unsubscribe = client.subscribe(apply);

  async function update(id: string, action: SessionAction): Promise<Session | null> {
    return updateMany(id, [action]);
  }

  async function updateMany(id: string, actions: readonly SessionAction[]): Promise<Session | null> {
    let last: Session | null = null;
    try {
      // One request, one transaction, one change event for the other surfaces, however many fields.
      last = await client.request('session:update', { id, action: actions.length === 1 ? actions[0]! : actions });
      upsert(last);
      error.value = null;
      announce('ws.saved');
      return last;
    } catch (err) {
      fail(err);
      return null;
    }
  }

  return {
    view,
    query,
    sessions,
    todaySessions,
    openSessions,
    overdue,
    dueSoon,
    corrupted,
    selectedId,
    selected,
    selectedGuide,
    loading,
    error,
    announcement,
    guideById,
    load,
    async search(text) {
      query.value = text;
      try {
        await loadList();
      } catch (err) {
        fail(err);
      }
    },
    show(next) {
      view.value = next;
    },
    async create(input) {
      try {
        const session = await client.request('session:create', { input });
        batch(() => {
          error.value = null;
          selectedId.value = session.id;
          current.value = session;
          view.value = 'session';
        });
        upsert(session);
        announce('ws.created', { name: session.residentLabel });
        return session;
      } catch (err) {
        fail(err);
        return null;
      }
    },
    async select(id) {
      batch(() => {
        selectedId.value = id;
        current.value = sessions.value.find((s) => s.id === id) ?? overdue.value.find((s) => s.id === id) ?? dueSoon.value.find((s) => s.id === id) ?? null;
        view.value = 'session';
      });
      try {
        const fresh = await client.request('session:get', { id });
        if (selectedId.value !== id) return;
        if (!fresh) {
          error.value = { code: 'not-found', message: checklistErrorMessage('not-found'), id };
          drop(id);
          return;
        }
        current.value = fresh;
      } catch (err) {
        fail(err);
      }
    },
    update,
    updateMany,
    async tickStep(id, stepId, done) {
      const session = current.value?.id === id ? current.value : sessions.value.find((s) => s.id === id);
      const guide = session ? guideById(session.guideId) : undefined;
      const index = guide && session ? currentAfterTick(guide, session, stepId, done) : undefined;
      return update(id, index === undefined ? { kind: 'set-step', stepId, done } : { kind: 'set-step', stepId, done, index });
    },
    async retry() {
      const pending = error.value?.pending;
      if (!pending) return;
      try {
        const saved = await client.request('session:save', { session: pending });
        error.value = null;
        upsert(saved);
        announce('ws.saved');
      } catch (err) {
        fail(err);
      }
    },
    async remove(id) {
      try {
        await client.request('session:remove', { id });
        drop(id);
        error.value = null;
        announce('ws.deleted');
      } catch (err) {
        fail(err);
      }
    },
    async openInPortal(id) {
      try {
        await client.request('workspace:open-session', { sessionId: id });
        error.value = null;
        announce('ws.openedInPortal');
        return true;
      } catch (err) {
        fail(err);
        return false;
      }
    },
    dismissError() {
      error.value = null;
    },
    apply,
    dispose() {
      disposed = true;
      unsubscribe();
    },
  };
}
