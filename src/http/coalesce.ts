/**
 * Request coalescing in front of the resolvers: identical requests (same response-cache key)
 * that arrive while the first of them is being computed wait for it instead of computing the
 * same answer again, then are answered from what it stored. A burst of a popular query before
 * anything is cached (a dashboard opened by many at once, a server just started or just
 * re-imported) then costs one computation instead of one per request.
 *
 * Only answers the cache keeps can be shared: when the first request ends without a stored
 * answer (an error, a time-out, a client gone), each waiting request is computed on its own.
 */
import type { ServerResponse } from 'http';

export class Coalescer {
  private readonly waiting = new Map<string, Array<() => void>>();

  /** Requests waiting now for an identical one (for tests and diagnostics). */
  get waitingCount(): number {
    let n = 0;
    for (const list of this.waiting.values()) n += list.length;
    return n;
  }

  /**
   * The first request for `key` is computed (`compute`), and `res` is its response; a request
   * for the same key arriving before that response has ended waits: `wait` is called at once,
   * `follow` once the first has ended.
   */
  join(key: string, res: ServerResponse, compute: () => void, wait: () => void, follow: () => void): void {
    const waiters = this.waiting.get(key);
    if (waiters) {
      waiters.push(follow);
      wait();
      return;
    }
    this.waiting.set(key, []);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const followers = this.waiting.get(key) ?? [];
      this.waiting.delete(key);
      for (const next of followers) next();
    };
    // 'finish': the answer is sent (and stored); 'close': the connection ended, answered or not.
    res.once('finish', release);
    res.once('close', release);
    compute();
  }
}
