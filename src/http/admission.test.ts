import { EventEmitter } from 'events';
import type { Request, Response } from 'express';
import { Admission } from './admission';

/** A response as the middleware sees it: events, status, headers and a JSON body. */
class FakeResponse extends EventEmitter {
  headersSent = false;
  statusCode = 200;
  headers: Record<string, string> = {};
  body: unknown;
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  set(name: string, value: string) {
    this.headers[name] = value;
    return this;
  }
  json(body: unknown) {
    this.body = body;
    this.headersSent = true;
    this.emit('finish');
    return this;
  }
  /** The route ends the response. */
  end() {
    this.headersSent = true;
    this.emit('finish');
    this.emit('close');
  }
}

const request = { method: 'POST' } as Request;

function admit(admission: Admission) {
  const res = new FakeResponse();
  let admitted = false;
  admission.middleware(request, res as unknown as Response, () => (admitted = true));
  return { res, admitted: () => admitted };
}

describe('admission control', () => {
  it('runs up to maxConcurrent, queues up to maxQueued, refuses the rest at once with Retry-After', () => {
    const admission = new Admission({ maxConcurrent: 2, maxQueued: 1, maxWaitMs: 10_000 });
    const [a, b, c, d] = [admit(admission), admit(admission), admit(admission), admit(admission)];
    expect([a.admitted(), b.admitted(), c.admitted(), d.admitted()]).toEqual([true, true, false, false]);
    expect(d.res.statusCode).toBe(503);
    expect(d.res.headers['retry-after']).toBe('1');
    expect(d.res.body).toMatchObject({ errors: [{ extensions: { code: 'OVERLOADED' } }] });
    expect(admission.load).toEqual({ running: 2, waiting: 1 });
    a.res.end(); // a slot is free: the queued request runs
    expect(c.admitted()).toBe(true);
    expect(admission.load).toEqual({ running: 2, waiting: 0 });
  });

  it('refuses a request that waited longer than maxWaitMs, and forgets one whose client left', () => {
    jest.useFakeTimers();
    try {
      const admission = new Admission({ maxConcurrent: 1, maxQueued: 5, maxWaitMs: 100 });
      const running = admit(admission);
      const waiting = admit(admission);
      const leaving = admit(admission);
      leaving.res.emit('close');
      expect(admission.load).toEqual({ running: 1, waiting: 1 });
      jest.advanceTimersByTime(101);
      expect(waiting.res.statusCode).toBe(503);
      expect(admission.load).toEqual({ running: 1, waiting: 0 });
      running.res.end();
      expect(admission.load).toEqual({ running: 0, waiting: 0 });
      expect(leaving.admitted()).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives a slot back once, however many events end the response', () => {
    const admission = new Admission({ maxConcurrent: 1, maxQueued: 0, maxWaitMs: 100 });
    const a = admit(admission);
    a.res.end();
    a.res.emit('close');
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
  });
});
