import { EventEmitter } from 'events';
import type { ServerResponse } from 'http';
import { Coalescer } from './coalesce';

const response = () => new EventEmitter() as unknown as ServerResponse;

describe('Coalescer', () => {
  it('computes the first request of a key and lets the others follow once its response has ended', () => {
    const coalescer = new Coalescer();
    const log: string[] = [];
    const first = response();
    coalescer.join(
      'k',
      first,
      () => log.push('compute 1'),
      () => log.push('wait 1'),
      () => log.push('follow 1'),
    );
    coalescer.join(
      'k',
      response(),
      () => log.push('compute 2'),
      () => log.push('wait 2'),
      () => log.push('follow 2'),
    );
    coalescer.join(
      'other',
      response(),
      () => log.push('compute other'),
      () => log.push('wait other'),
      () => log.push('follow other'),
    );
    coalescer.join(
      'k',
      response(),
      () => log.push('compute 3'),
      () => log.push('wait 3'),
      () => log.push('follow 3'),
    );
    expect(log).toEqual(['compute 1', 'wait 2', 'compute other', 'wait 3']);
    expect(coalescer.waitingCount).toBe(2);
    first.emit('finish');
    first.emit('close');
    expect(log.slice(4)).toEqual(['follow 2', 'follow 3']);
    expect(coalescer.waitingCount).toBe(0);
    // Once the first has ended, the next request of the key is computed again.
    coalescer.join(
      'k',
      response(),
      () => log.push('compute 4'),
      () => log.push('wait 4'),
      () => log.push('follow 4'),
    );
    expect(log.at(-1)).toBe('compute 4');
  });

  it('releases the followers when the first request ends without an answer (connection closed)', () => {
    const coalescer = new Coalescer();
    const follows: number[] = [];
    const first = response();
    coalescer.join(
      'k',
      first,
      () => undefined,
      () => undefined,
      () => follows.push(1),
    );
    coalescer.join(
      'k',
      response(),
      () => undefined,
      () => undefined,
      () => follows.push(2),
    );
    first.emit('close');
    expect(follows).toEqual([2]);
  });
});
