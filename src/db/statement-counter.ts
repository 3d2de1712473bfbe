/**
 * Counting the SQL statements each request runs (EXPOSE_SQL_COUNT): the ORM's logger
 * sees every statement, and an AsyncLocalStorage tells it which request it is in.
 */
import { AsyncLocalStorage } from 'async_hooks';
import { DefaultLogger, type LogContext } from '@mikro-orm/core';

const current = new AsyncLocalStorage<{ statements: number }>();

/** Run `fn` with a fresh statement counter; `countOf` reads it inside. */
export function withStatementCounter<T>(fn: () => T): T {
  return current.run({ statements: 0 }, fn);
}

/** Statements run so far in the current counter, or null outside one. */
export function statementCount(): number | null {
  return current.getStore()?.statements ?? null;
}

export class StatementCountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const store = current.getStore();
    if (store) store.statements++;
    super.logQuery(context);
  }
}
