/**
 * Requests only the workspace makes, on top of the checklist protocol: they need the browser's tabs, so
 * the background answers them itself instead of the checklist dispatcher. Same response shape as the
 * checklist protocol so one client handles both.
 */
import type { ChecklistErrorData } from '../checklist/errors';

export interface WorkspaceRequestMap {
  /** Start or focus the session's guide in a portal tab. */
  'workspace:open-session': [{ sessionId: string }, { tabId: number; created: boolean }];
}

export type WorkspaceRequestType = keyof WorkspaceRequestMap;
type WorkspaceRequestOf<T extends WorkspaceRequestType> = { type: T } & WorkspaceRequestMap[T][0];
export type WorkspaceRequest = { [T in WorkspaceRequestType]: WorkspaceRequestOf<T> }[WorkspaceRequestType];

export type WorkspaceResponse<T extends WorkspaceRequestType = WorkspaceRequestType> =
  | { ok: true; data: WorkspaceRequestMap[T][1] }
  | { ok: false; error: ChecklistErrorData };

const TYPES: ReadonlySet<string> = new Set<WorkspaceRequestType>(['workspace:open-session']);

export function isWorkspaceRequest(value: unknown): value is WorkspaceRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && TYPES.has(type);
}
