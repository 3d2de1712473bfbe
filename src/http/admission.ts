/**
 * Admission control: at most `maxConcurrent` GraphQL requests and exports run at once; up to
 * `maxQueued` more wait their turn, each for at most `maxWaitMs`. Past that the server answers at
 * once 503 OVERLOADED with Retry-After, instead of taking work it cannot finish within its
 * time-out. A request whose client went away leaves the queue. Cached answers never come here:
 * the response cache answers them before Express.
 */
import type { RequestHandler } from 'express';
import { errorBody } from './errors';

export interface AdmissionLimits {
  maxConcurrent: number;
  maxQueued: number;
  maxWaitMs: number;
}

export class Admission {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limits: AdmissionLimits) {}

  /** Requests running now, and waiting. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** The middleware: admit, queue or refuse; the slot is given back when the response ends. */
  readonly middleware: RequestHandler = (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    const start = () => {
      this.running++;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        this.running--;
        this.waiting.shift()?.();
      };
      res.on('finish', release);
      res.on('close', release);
      next();
    };
    if (this.running < this.limits.maxConcurrent) return start();
    if (this.waiting.length >= this.limits.maxQueued) return refuse(res, 'busy: every place in the queue is taken');
    const turn = () => {
      clearTimeout(timer);
      res.off('close', gone);
      start();
    };
    const leave = () => {
      const i = this.waiting.indexOf(turn);
      if (i >= 0) this.waiting.splice(i, 1);
    };
    const gone = () => {
      clearTimeout(timer);
      leave();
    };
    const timer = setTimeout(() => {
      leave();
      refuse(res, `busy: no turn within ${this.limits.maxWaitMs} ms`);
    }, this.limits.maxWaitMs);
    res.on('close', gone);
    this.waiting.push(turn);
  };
}

function refuse(res: Parameters<RequestHandler>[1], why: string): void {
  if (res.headersSent) return;
  res
    .status(503)
    .set('retry-after', '1')
    .json(errorBody(`The server is ${why}; try again in a second.`, 'OVERLOADED'));
}
