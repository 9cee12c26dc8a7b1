import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Admission to the network, per host and overall: at most `hostConcurrency` requests in flight to
 * a host, at least `interval(host)` between the starts of two requests to it, and at most
 * `totalConcurrency` in flight at all. Waiters are served in arrival order per host, so one slow
 * host holds only its own queue, never the others'.
 */

export interface GateLimits {
  readonly hostConcurrency: number;
  readonly totalConcurrency: number;
}

interface HostState {
  active: number;
  /** When the next request to this host may start (ms since the epoch). */
  nextStart: number;
  readonly waiting: (() => void)[];
}

export interface HostGate {
  /** Runs `task` once the host and the total allow it; `interval` is read when the slot is granted. */
  run<T>(host: string, interval: () => number, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export function createHostGate(limits: GateLimits): HostGate {
  const hosts = new Map<string, HostState>();
  let totalActive = 0;
  const totalWaiting: (() => void)[] = [];

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      hosts.set(host, state);
    }
    return state;
  };

  /**
   * Waits until `admit()` holds, then runs `enter()` in the same tick, so no other waiter can take
   * the slot in between; `queue` is woken whenever a slot frees.
   */
  async function acquire(
    admit: () => boolean,
    enter: () => void,
    queue: (() => void)[],
    signal?: AbortSignal,
  ): Promise<void> {
    while (!admit()) {
      signal?.throwIfAborted();
      await new Promise<void>((resolve) => {
        const wake = () => {
          signal?.removeEventListener('abort', wake);
          resolve();
        };
        queue.push(wake);
        signal?.addEventListener('abort', wake, { once: true });
      });
    }
    enter();
  }

  const wakeAll = (queue: (() => void)[]) => {
    for (const wake of queue.splice(0)) wake();
  };

  return {
    async run(host, interval, task, signal) {
      const state = stateOf(host);
      await acquire(
        () => state.active < limits.hostConcurrency,
        () => state.active++,
        state.waiting,
        signal,
      );
      // The start time is claimed before sleeping, so requests queued behind this one keep the spacing.
      const start = Math.max(Date.now(), state.nextStart);
      state.nextStart = start + interval();
      try {
        const delay = start - Date.now();
        if (delay > 0) await sleep(delay, undefined, signal ? { signal } : {});
        await acquire(
          () => totalActive < limits.totalConcurrency,
          () => totalActive++,
          totalWaiting,
          signal,
        );
        try {
          return await task();
        } finally {
          totalActive--;
          wakeAll(totalWaiting);
        }
      } finally {
        state.active--;
        wakeAll(state.waiting);
      }
    },
  };
}
