/**
 * Boolean filter trees (`and`, `or`, `not` beside a filter's own fields) compiled to one SQL
 * condition: the one definition of what the operators mean, used by every filter of the API.
 *
 * - The fields of one filter object and its `and`, `or` and `not` all hold at once (AND).
 * - `and: [a, b]` holds when every one of a, b holds; `and: []` always holds (the empty conjunction).
 * - `or: [a, b]` holds when any one holds; `or: []` never holds (the empty disjunction), so that
 *   `or` over the parts of a list is the union of their answers whatever the list.
 * - `not: f` holds exactly when f does not: the complement within every row. `not: {}` matches
 *   nothing, as `{}` matches everything.
 * Every leaf condition is two-valued (true or false, never SQL's unknown), which is what makes
 * `not` an exact complement: an undated agreement is outside `{ signedFrom: "1990" }` and inside
 * its `not`.
 */
import type { Knex } from '@mikro-orm/knex';

/** The boolean fields every filter input has, over its own type. */
export interface BooleanFilter<F> {
  and?: F[] | null;
  or?: F[] | null;
  not?: F | null;
}

/** A condition as SQL the database can take: knex raw SQL with its bindings (subqueries included). */
export type Condition = Knex.Raw;

export const always = (knex: Knex): Condition => knex.raw('1 = 1');
export const never = (knex: Knex): Condition => knex.raw('1 = 0');

/** `column` is one of `values` (never, when there are none). */
export function inList(knex: Knex, column: string, values: ReadonlyArray<string | number>): Condition {
  if (values.length === 0) return never(knex);
  return knex.raw(`${column} in (${values.map(() => '?').join(', ')})`, [...values]);
}

/** All of `parts` (always, when there are none). */
function allOf(knex: Knex, parts: Condition[]): Condition {
  if (parts.length === 0) return always(knex);
  if (parts.length === 1) return parts[0];
  return knex.raw(parts.map(() => '(?)').join(' and '), parts);
}

/** Any of `parts` (never, when there are none). */
function anyOf(knex: Knex, parts: Condition[]): Condition {
  if (parts.length === 0) return never(knex);
  if (parts.length === 1) return parts[0];
  return knex.raw(parts.map(() => '(?)').join(' or '), parts);
}

/**
 * The condition of a filter tree: `leaves(f)` gives the conditions of one object's own fields
 * (ANDed with its `and`, `or` and `not`). A missing filter matches everything.
 */
export function compileFilterTree<F extends BooleanFilter<F>>(
  knex: Knex,
  filter: F | null | undefined,
  leaves: (f: F) => Condition[],
): Condition {
  if (!filter) return always(knex);
  const parts = leaves(filter);
  if (filter.and)
    parts.push(
      allOf(
        knex,
        filter.and.map((f) => compileFilterTree(knex, f, leaves)),
      ),
    );
  if (filter.or)
    parts.push(
      anyOf(
        knex,
        filter.or.map((f) => compileFilterTree(knex, f, leaves)),
      ),
    );
  if (filter.not) parts.push(knex.raw('not (?)', [compileFilterTree(knex, filter.not, leaves)]));
  return allOf(knex, parts);
}

/** How big a filter tree is: its nesting depth (a filter without and/or/not is 1) and its nested filters. */
export interface FilterShape {
  depth: number;
  /** Filter objects under `and`, `or` and `not` (the top object is not counted: it costs what a filter always cost). */
  nested: number;
}

/**
 * The shape of any input value that may hold filter trees (an argument's value): the objects
 * under `and`, `or` and `not`. Iterative, so a hostile depth cannot overflow the stack.
 */
export function filterShape(value: unknown): FilterShape {
  let depth = 0;
  let nested = 0;
  const stack: Array<[unknown, number, boolean]> = [[value, 1, false]];
  while (stack.length) {
    const [v, level, isNode] = stack.pop()!;
    if (v == null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) stack.push([item, level, isNode]);
      continue;
    }
    if (isNode) nested++;
    depth = Math.max(depth, level);
    for (const [key, child] of Object.entries(v)) {
      if (key === 'and' || key === 'or' || key === 'not') stack.push([child, level + 1, true]);
      else if (child != null && typeof child === 'object') stack.push([child, level, false]);
    }
  }
  return { depth, nested };
}
