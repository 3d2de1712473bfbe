/**
 * Rows read for responses as instances of the entity classes, without the ORM's unit of work.
 *
 * A response never writes, so the identity map, change tracking and reference wrappers that
 * MikroORM's `find` builds around every entity are pure cost (31 % of the uncached server's
 * busy time in #6's profile). A shape, derived once from the ORM's metadata, names the columns
 * to select (under their property names) and turns each raw row into an instance of the
 * entity's class: its columns as own properties, booleans and JSON converted as the ORM would,
 * foreign keys in the `…Pk` (`…Code`) properties the entities declare, embeddables (a
 * municipality's location) as objects of their class, null when all their columns are; relations stay unset.
 * The class's getters (`id`, `signedOn`, `source`) then serve the GraphQL fields as before.
 */
import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Dialect } from './sql-reader';

/** An entity as read for a response: its columns and foreign-key columns, without the relations named. */
export type Row<E, Relations extends keyof E = never> = Omit<E, Relations>;

type Convert = (value: unknown) => unknown;

/** SQLite stores booleans as 0/1; PostgreSQL answers true/false. */
const toBoolean: Convert = (v) => (v == null ? v : v === true || v === 1);
/** A JSON column's value: SQLite answers JSON columns as text; PostgreSQL (and rows inside a JSON value) as parsed values. */
export const jsonColumn = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
const toJson: Convert = jsonColumn;

interface Column {
  prop: string;
  field: string;
  /** The key the column is selected under: the property's name, or for a JSON column the key its text waits under. */
  key: string;
  convert: Convert | null;
}

/** Where a JSON column's value waits, unparsed, until its property is first read. */
const unparsed = (prop: string) => `$${prop}`;

/**
 * A prototype over the entity's own on which each JSON property is a getter that parses the column on first read
 * and keeps the value on the row: a response reads few of the JSON columns it selects (a listing's whole sheet, an
 * agreement's events and links), and parsing them all was 7 % of the five-levels example's time.
 */
function lazyJsonPrototype(prototype: object, props: readonly string[]): object {
  const lazy = Object.create(prototype) as object;
  for (const prop of props) {
    const key = unparsed(prop);
    Object.defineProperty(lazy, prop, {
      configurable: true,
      get(this: Record<string, unknown>) {
        const value = toJson(this[key]);
        Object.defineProperty(this, prop, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(this: Record<string, unknown>, value: unknown) {
        Object.defineProperty(this, prop, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  return lazy;
}

/**
 * A prototype over `prototype` on which each property of `omitted` throws when read: a row read without
 * those columns (src/modules/agreement/load-agreements.ts reads an agreement's long texts only for the
 * fields that show them) must fail loudly, never answer a field as empty, if a resolver reads one.
 */
function omittedPrototype(prototype: object, entity: string, omitted: readonly string[]): object {
  const guarded = Object.create(prototype) as object;
  for (const prop of omitted) {
    Object.defineProperty(guarded, prop, {
      get() {
        throw new Error(`${entity}.${prop} was not read for this response: a field that reads it must ask for the row's detail columns`);
      },
    });
  }
  return guarded;
}

/** An embeddable property (`location`) stored in columns of the entity's table (`location_lat`, `location_lng`). */
interface Embedded {
  prop: string;
  prototype: object;
  /** Column property (as selected) → the embeddable's property. */
  parts: Array<{ column: string; prop: string }>;
}

function converterOf(prop: EntityProperty): Convert | null {
  if (prop.runtimeType === 'boolean') return toBoolean;
  if (prop.customType?.constructor.name === 'JsonType') return toJson;
  return null;
}

export class RowShape<E extends object> {
  readonly table: string;
  private readonly columns: Column[];
  private readonly converted: Column[];
  private readonly embedded: Embedded[];
  private readonly prototype: object;

  /** `omit`: properties whose columns are not read (reading one of them from a row throws). */
  constructor(meta: EntityMetadata<E>, omit: readonly string[] = []) {
    this.table = meta.tableName;
    // Scalar properties with one column each: the entity's own columns and its declared foreign-key columns.
    const seen = new Set<string>(omit);
    this.columns = meta.props
      .filter((p) => p.kind === ReferenceKind.SCALAR && p.fieldNames?.length === 1 && !p.formula)
      .filter((p) => !seen.has(p.name) && seen.add(p.name))
      .map((p) => {
        const convert = converterOf(p);
        return { prop: p.name, field: p.fieldNames[0], key: convert === toJson ? unparsed(p.name) : p.name, convert };
      });
    this.converted = this.columns.filter((c) => c.convert === toBoolean);
    this.embedded = meta.props
      .filter((p) => p.kind === ReferenceKind.EMBEDDED && !p.object)
      .map((p) => ({
        prop: p.name,
        prototype: (p.embeddable as { prototype: object }).prototype,
        parts: meta.props.filter((c) => c.embedded?.[0] === p.name).map((c) => ({ column: c.name, prop: c.embedded![1] })),
      }));
    const json = this.columns.filter((c) => c.convert === toJson).map((c) => c.prop);
    const prototype = omit.length ? omittedPrototype(meta.prototype, meta.className, omit) : meta.prototype;
    this.prototype = json.length ? lazyJsonPrototype(prototype, json) : prototype;
  }

  /** The select list, `t."signed_year" as "signedYear", …`, for the table under `alias`. */
  select(alias: string): string {
    return this.columns.map((c) => `${alias}."${c.field}" as "${c.key}"`).join(', ');
  }

  /** One row as one JSON object (property names as keys), for statements that read several tables at once. */
  json(dialect: Dialect, alias: string): string {
    const pairs = this.columns.map((c) => `'${c.key}', ${alias}."${c.field}"`).join(', ');
    return dialect === 'postgresql' ? `json_build_object(${pairs})` : `json_object(${pairs})`;
  }

  /** A row selected as one JSON value (`json`): text from SQLite, already parsed from PostgreSQL. */
  fromJson(value: unknown): E {
    return this.materialise(toJson(value) as Record<string, unknown>);
  }

  /** A raw row (keys as the select list or `json` names them) as an instance of the entity's class. */
  materialise(raw: Record<string, unknown>): E {
    for (const c of this.converted) raw[c.prop] = c.convert!(raw[c.prop]);
    for (const e of this.embedded) {
      const value: Record<string, unknown> = {};
      let present = false;
      for (const { column, prop } of e.parts) {
        value[prop] = raw[column];
        present ||= raw[column] != null;
      }
      // The flat columns stay (deleting properties would slow every later read of the object).
      raw[e.prop] = present ? Object.setPrototypeOf(value, e.prototype) : null;
    }
    return Object.setPrototypeOf(raw, this.prototype) as E;
  }
}

const shapes = new WeakMap<object, Map<string, RowShape<object>>>();

/** The shape of `entity` without the columns of `omit` (derived from the ORM's metadata once per class and `omit`). */
export function shapeOf<E extends object>(
  em: SqlEntityManager,
  entity: abstract new (...args: never[]) => E,
  omit: readonly string[] = [],
): RowShape<E> {
  let byOmit = shapes.get(entity);
  if (!byOmit) shapes.set(entity, (byOmit = new Map<string, RowShape<object>>()));
  const key = omit.join(',');
  let shape = byOmit.get(key);
  if (!shape) byOmit.set(key, (shape = new RowShape(em.getMetadata().get(entity.name), omit)));
  return shape as RowShape<E>;
}
