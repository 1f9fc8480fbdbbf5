/**
 * Fakes shaped like Electron's typed API, recording what the real objects
 * would receive. No runtime import of 'electron' (its binary is not
 * installed here): only types.
 */
import type { Event } from 'electron';

export type Listener = (...args: never[]) => unknown;

/** An event source with Electron's on/once, that tests can emit on. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron Event<Params>: preventDefault is recorded. */
export function fakeEvent<P extends object>(params: P = {} as P): Event<P> & { prevented: () => boolean } {
  let defaultPrevented = false;
  return Object.assign({}, params, {
    preventDefault: () => {
      defaultPrevented = true;
    },
    get defaultPrevented() {
      return defaultPrevented;
    },
    prevented: () => defaultPrevented,
  }) as Event<P> & { prevented: () => boolean };
}
