/**
 * The side panel's and options page's typed client over the checklist protocol. The transport is
 * injected (`send`, `subscribe`), so models and tests run without a browser.
 */
import type { ChecklistErrorData } from '../checklist/errors';
import { CHECKLIST_MESSAGES } from '../checklist/messages';
import type { ChecklistEvent, ChecklistRequestMap, ChecklistRequestType } from '../checklist/protocol';
import type { WorkspaceRequestMap, WorkspaceRequestType } from './protocol';

export type Send = (message: unknown) => Promise<unknown>;
export type EventListener = (event: ChecklistEvent) => void;
export type Subscribe = (listener: EventListener) => () => void;

type RequestMap = ChecklistRequestMap & WorkspaceRequestMap;
type ClientRequestType = ChecklistRequestType | WorkspaceRequestType;
type PayloadOf<T extends ClientRequestType> = RequestMap[T][0];
type DataOf<T extends ClientRequestType> = RequestMap[T][1];

/** A failed request, carrying the sentence to show (vi and en) and the unsaved change if any. */
export class ClientError extends Error {
  readonly data: ChecklistErrorData;
  constructor(data: ChecklistErrorData) {
    super(data.detail ? `${data.message.en} (${data.detail})` : data.message.en);
    this.name = 'ClientError';
    this.data = data;
  }
}

export interface ChecklistClient {
  request<T extends ClientRequestType>(type: T, payload: PayloadOf<T>): Promise<DataOf<T>>;
  subscribe: Subscribe;
}

function isResponse(value: unknown): value is { ok: true; data: unknown } | { ok: false; error: ChecklistErrorData } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function toClientError(error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new ClientError({ code: 'unknown', message: CHECKLIST_MESSAGES.errUnknown, detail });
}

const noSubscribe: Subscribe = () => () => undefined;

export function createChecklistClient(send: Send, subscribe: Subscribe = noSubscribe): ChecklistClient {
  return {
    async request(type, payload) {
      let response: unknown;
      try {
        response = await send({ ...payload, type });
      } catch (error) {
        throw toClientError(error);
      }
      // No answer: the background is gone (extension reloaded) or did not recognise the request.
      if (!isResponse(response)) throw toClientError(new Error(`no answer to ${type}`));
      if (!response.ok) throw new ClientError(response.error);
      return response.data as DataOf<typeof type>;
    },
    subscribe,
  };
}
