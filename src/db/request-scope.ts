/**
 * What the server knows about the request being served, wherever it is in the code:
 * its id (for logs and masked errors) and the SQL statements it has run (the ORM's
 * logger counts them; EXPOSE_SQL_COUNT puts the number in the response), and whether it
 * was cancelled (timed out, or its client left): then it starts no more statements.
 */
import { AsyncLocalStorage } from 'async_hooks';
import { DefaultLogger, type LogContext } from '@mikro-orm/core';

export interface RequestState {
  requestId: string;
  statements: number;
  /** Aborted when the request is answered without its work (time-out) or its client goes away. */
  signal?: AbortSignal;
}

const current = new AsyncLocalStorage<RequestState>();

/** Run `fn` as request `requestId`, cancelled when `signal` aborts. */
export function withRequest<T>(requestId: string, fn: () => T, signal?: AbortSignal): T {
  return current.run({ requestId, statements: 0, signal }, fn);
}

/** What a statement of a cancelled request fails with instead of running. */
class RequestCancelledError extends Error {
  /** An own property: the ORM's DriverException, which may wrap this error, copies those. */
  readonly cancelled = true;
  constructor(reason: unknown) {
    super(`the request was cancelled (${String(reason)}); its remaining statements were not run`);
    this.name = 'RequestCancelledError';
  }
}

/** Whether `e` is (or the ORM's wrapping of) a RequestCancelledError. */
export function isCancellation(e: unknown): boolean {
  return (e as { cancelled?: unknown } | null)?.cancelled === true;
}

/**
 * The ORM's `onQuery` hook, called before every statement: a cancelled request's work stops at its
 * next statement instead of going on for an answer nobody reads (PostgreSQL's statement time-out
 * stops the one already running; SQLite's statements are short).
 */
export function refuseIfCancelled(sql: string): string {
  const signal = current.getStore()?.signal;
  if (signal?.aborted) throw new RequestCancelledError(signal.reason);
  return sql;
}

/** Run `fn` outside any request: work shared by many requests is counted towards none. */
export function outsideRequest<T>(fn: () => T): T {
  return current.exit(fn);
}

/** The request being served, or undefined outside one (start-up, CLI). */
export function currentRequest(): RequestState | undefined {
  return current.getStore();
}

let statementsInProcess = 0;

/** Statements every ORM of this process has run since it started (to show that a path runs none). */
export function statementsRun(): number {
  return statementsInProcess;
}

/** The ORM's logger: counts every statement towards the current request, and keeps the last one's outcome. */
export class StatementCountingLogger extends DefaultLogger {
  /** When this ORM's last statement ended, if it succeeded (ms since the epoch); 0 after a failure. */
  lastSuccessAt = 0;

  override logQuery(context: { query: string } & LogContext): void {
    this.lastSuccessAt = context.level === 'error' ? 0 : Date.now();
    statementsInProcess++;
    const store = current.getStore();
    if (store) store.statements++;
    super.logQuery(context);
  }
}
