/**
 * Parameterised reads on the ORM's own connections, for the read path of responses.
 *
 * MikroORM's `find` builds entities for a unit of work that a response never uses, and its
 * `execute` inlines every parameter into the SQL text, so no statement is ever prepared twice.
 * Here a statement is written once as text with `?` parameters, its text never changes with
 * the number of values (a list is one parameter: `= any(?)` on PostgreSQL, `json_each(?)` on
 * SQLite), and PostgreSQL keeps it prepared (a named statement per connection). Every statement goes through the ORM's
 * logger, which counts it towards the request (EXPOSE_SQL_COUNT) and prints it with DEBUG_SQL,
 * and none starts for a cancelled request (as the ORM's onQuery hook refuses its own).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from './orm';
import { refuseIfCancelled } from './request-scope';
import { shapeOf } from './row-shape';

export type Key = string | number;
export type Dialect = 'sqlite' | 'postgresql';
/** An entity class (abstract classes too). */
export type EntityClass<E> = abstract new (...args: never[]) => E;

/** Rows of one table that belong to a parent row: the children of a one-to-many relation. */
export interface ChildList<E extends object> extends AnyChildList {
  entity: EntityClass<E>;
  orderBy: ReadonlyArray<keyof E & string>;
}

/** A child list whatever its rows. */
export interface AnyChildList {
  entity: EntityClass<object>;
  /** The integer column pointing at the parent, e.g. `agreement_pk`. */
  parent: string;
  /** The order inside one parent's list: numeric properties, the first deciding first. */
  orderBy: readonly string[];
  /** Properties whose columns are not read (RowShape: reading one from a row throws). */
  omit?: readonly string[];
}

/** Compare two rows by numeric properties, the first deciding first. */
function byProperties(props: readonly string[]) {
  return (a: object, b: object) => {
    for (const p of props) {
      const d = (a as Record<string, number>)[p] - (b as Record<string, number>)[p];
      if (d) return d;
    }
    return 0;
  };
}

/** The two drivers the ORM's knex client may hold, as far as reads need them. */
interface PgConnection {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface Sqlite3Connection {
  all(sql: string, params: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void;
}
interface KnexClient {
  driverName: 'pg' | 'sqlite3';
  acquireConnection(): Promise<unknown>;
  releaseConnection(conn: unknown): Promise<unknown>;
}

/** PostgreSQL's text of a statement written with `?` (its `$1`, `$2` …) and its prepared name, computed once per text. */
const pgTexts = new Map<string, { name: string; text: string }>();
function pgText(sql: string): { name: string; text: string } {
  let entry = pgTexts.get(sql);
  if (!entry) {
    let n = 0;
    entry = { name: `teikei_read_${pgTexts.size}`, text: sql.replace(/\?/g, () => `$${++n}`) };
    pgTexts.set(sql, entry);
  }
  return entry;
}

export class SqlReader {
  readonly dialect: Dialect;
  private readonly client: KnexClient;

  constructor(private readonly em: SqlEntityManager) {
    this.dialect = isPostgres(em) ? 'postgresql' : 'sqlite';
    this.client = em.getKnex().client as KnexClient;
  }

  /**
   * `column` equals one of the values of the list parameter that follows: `= any(?)` on
   * PostgreSQL, `in (select value from json_each(?))` on SQLite. Pass the list through `list()`.
   */
  oneOf(column: string): string {
    return this.dialect === 'postgresql' ? `${column} = any(?)` : `${column} in (select value from json_each(?))`;
  }

  /** A list of keys as the parameter `oneOf` takes. */
  list(values: readonly Key[]): unknown {
    return this.dialect === 'postgresql' ? values : JSON.stringify(values);
  }

  /** Instances of `entity` (row-shape.ts) from `select <its columns but omit's> from <its table> t <tail>`. */
  async entities<E extends object>(
    entity: EntityClass<E>,
    tail: string,
    params: readonly unknown[],
    omit: readonly string[] = [],
  ): Promise<E[]> {
    const shape = shapeOf(this.em, entity, omit);
    const rows = await this.all<Record<string, unknown>>(`select ${shape.select('t')} from ${shape.table} t ${tail}`, params);
    return rows.map((r) => shape.materialise(r));
  }

  /**
   * The children of several parents in several lists, in one statement: for each list, the rows
   * whose parent column is one of `parents` (each row as one JSON value, so that lists of
   * different tables share one result). Answers the rows by list and parent, in the list's order
   * (sorted here: a window function to number the rows in SQL cost more than the rest of the statement).
   */
  async lists(requests: Array<{ list: AnyChildList; parents: readonly number[] }>): Promise<Array<Map<number, object[]>>> {
    const parts = requests.map(({ list }, i) => {
      const shape = shapeOf(this.em, list.entity, list.omit);
      return `select ${i} as "list", t."${list.parent}" as "parent", ${shape.json(this.dialect, 't')} as "row"
        from ${shape.table} t where ${this.oneOf(`t."${list.parent}"`)}`;
    });
    const rows = await this.all<{ list: number; parent: number; row: unknown }>(
      parts.join(' union all '),
      requests.map((r) => this.list(r.parents)),
    );
    const answers = requests.map(() => new Map<number, object[]>());
    const shapes = requests.map((r) => shapeOf(this.em, r.list.entity, r.list.omit));
    for (const { list, parent, row } of rows) {
      const group = answers[list].get(parent);
      const entity = shapes[list].fromJson(row);
      if (group) group.push(entity);
      else answers[list].set(parent, [entity]);
    }
    requests.forEach(({ list }, i) => {
      const compare = byProperties(list.orderBy);
      for (const group of answers[i].values()) group.sort(compare);
    });
    return answers;
  }

  /** The rows of one statement (column names as the select list gives them). */
  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    refuseIfCancelled(sql);
    const started = Date.now();
    const conn = await this.client.acquireConnection();
    try {
      switch (this.client.driverName) {
        case 'pg': {
          const { name, text } = pgText(sql);
          return (await (conn as PgConnection).query({ name, text, values: params as unknown[] })).rows as T[];
        }
        case 'sqlite3':
          return await new Promise<T[]>((resolve, reject) =>
            (conn as Sqlite3Connection).all(sql, params as unknown[], (err, rows) => (err ? reject(err) : resolve(rows as T[]))),
          );
      }
    } finally {
      await this.client.releaseConnection(conn);
      this.em.config.getLogger().logQuery({ query: sql, params: params as unknown[], took: Date.now() - started, level: 'info' });
    }
  }
}
