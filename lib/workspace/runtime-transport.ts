/**
 * The `send` and `subscribe` the extension pages give createChecklistClient, over runtime messaging.
 * The runtime object is passed in so this file stays free of browser globals and testable.
 */
import { isChecklistEvent } from '../checklist/protocol';
import type { Send, Subscribe } from './client';

export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown) => undefined): void;
    removeListener(listener: (message: unknown) => undefined): void;
  };
}

export function runtimeTransport(runtime: RuntimeLike): { send: Send; subscribe: Subscribe } {
  return {
    send: (message) => runtime.sendMessage(message),
    subscribe(listener) {
      // Returns undefined: this page never answers requests, the background does.
      const onMessage = (message: unknown): undefined => {
        if (isChecklistEvent(message)) listener(message);
        return undefined;
      };
      runtime.onMessage.addListener(onMessage);
      return () => runtime.onMessage.removeListener(onMessage);
    },
  };
}
