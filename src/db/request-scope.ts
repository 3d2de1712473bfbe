/**
 * What the server knows about the request being served, wherever it is in the code:
 * its id (for logs and masked errors) and the SQL statements it has run (the ORM's
 * logger counts them; EXPOSE_SQL_COUNT puts the number in the response).
 */
import { AsyncLocalStorage } from 'async_hooks';
import { DefaultLogger, type LogContext } from '@mikro-orm/core';

export interface RequestState {
  requestId: string;
  statements: number;
}

const current = new AsyncLocalStorage<RequestState>();

/** Run `fn` as request `requestId`. */
export function withRequest<T>(requestId: string, fn: () => T): T {
  return current.run({ requestId, statements: 0 }, fn);
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

/** The ORM's logger: counts every statement towards the current request. */
export class StatementCountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    statementsInProcess++;
    const store = current.getStore();
    if (store) store.statements++;
    super.logQuery(context);
  }
}
