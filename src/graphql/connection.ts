/**
 * Relay cursor connections over an ordered list of keys: the argument and result
 * types, and the slicing by `first`/`after` and `last`/`before` as the Relay Cursor
 * Connections specification describes it. Cursors are opaque (base64url of the
 * row's stable key), so they stay valid across restarts.
 */
import { GraphQLError } from 'graphql';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';

/** The most rows one page may have. */
export const MAX_PAGE_SIZE = 100;
/** Rows in a page when the client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({
  description: 'Where a page stands in its list, and the cursors to ask for the next or previous page (Relay cursor connections).',
})
export class PageInfo {
  @Field({ description: 'More rows follow this page: ask again with `after: endCursor`.' }) hasNextPage!: boolean;
  @Field({ description: 'Rows come before this page: ask again with `before: startCursor`.' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "The first row's cursor; null for an empty page." }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: "The last row's cursor; null for an empty page." }) endCursor!: string | null;
}

/** The four Relay paging arguments. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Rows after \`after\`, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "A cursor from a previous page (pageInfo.endCursor or an edge's cursor)." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Rows before \`before\`, at most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "A cursor from a previous page (pageInfo.startCursor or an edge's cursor)." })
  before?: string | null;
}

/** A connection class for node type `T`, with its edge class. */
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>) {
  const noun = `${name[0].toLowerCase()}${name.slice(1)}`;
  const nouns = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  @ObjectType(`${name}Edge`, { description: `One ${noun} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: `An opaque position in the list: pass it as \`after\` or \`before\` to page from this ${noun}.` })
    cursor!: string;
    @Field(() => nodeType, { description: `The ${noun}.` }) node!: T;
  }
  @ObjectType(`${name}Connection`, {
    description: `A page of ${nouns} (Relay cursor connection): \`nodes\` for the rows, \`edges\` for them with their cursors.`,
  })
  class ConnectionType {
    @Field(() => Int, { description: `How many ${nouns} the whole list has, over all pages.` }) totalCount!: number;
    @Field(() => PageInfo, { description: 'Whether more pages follow or come before, and the cursors to reach them.' }) pageInfo!: PageInfo;
    @Field(() => [EdgeType], { description: `This page's ${nouns}, each with its cursor.` }) edges!: EdgeType[];
    @Field(() => [nodeType], { description: `This page's ${nouns} (the same as edges' nodes, without cursors).` }) nodes!: T[];
  }
  return { EdgeType, ConnectionType };
}

export const encodeCursor = (key: string) => Buffer.from(`cursor:${key}`, 'utf8').toString('base64url');

function badCursor(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_CURSOR' } });
}

function decodeCursor(name: string, cursor: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith('cursor:')) {
    throw badCursor(
      `${name}: "${cursor}" is not a cursor of this API; pass pageInfo.endCursor, pageInfo.startCursor or an edge's cursor from a previous page.`,
    );
  }
  return text.slice('cursor:'.length);
}

/**
 * The one page-size rule: `value` (rows asked for as `name`) is a whole number from 0 to
 * MAX_PAGE_SIZE, or a BAD_PAGE_SIZE error saying so and what to do instead (`advice`).
 */
export function checkPageSize(
  name: string,
  value: number | null | undefined,
  advice = 'Page with after: pageInfo.endCursor (or before: pageInfo.startCursor) for more.',
): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new GraphQLError(`${name} must be between 0 and ${MAX_PAGE_SIZE}; got ${value}. ${advice}`, {
      extensions: { code: 'BAD_PAGE_SIZE' },
    });
  }
  return value;
}

/** Where a cursor's row is in `keys`; an error when the row is not in this list. */
function positionOf(keys: readonly string[], name: string, cursor: string): number {
  const index = keys.indexOf(decodeCursor(name, cursor));
  if (index < 0)
    throw badCursor(
      `${name}: the cursor points at a row that is not in this list (was it taken with another filter or order?). Start again without ${name}.`,
    );
  return index;
}

export interface PageSlice {
  page: string[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A page of `keys` (already filtered and ordered): `after`/`before` narrow the list,
 * then `first` takes from its start and `last` from its end.
 */
export function slicePage(keys: readonly string[], args: ConnectionArgs): PageSlice {
  const first = checkPageSize('first', args.first);
  const last = checkPageSize('last', args.last);
  let start = 0;
  let end = keys.length;
  if (args.after) start = positionOf(keys, 'after', args.after) + 1;
  if (args.before) end = Math.min(end, positionOf(keys, 'before', args.before));
  if (end < start) end = start;
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  if (first == null && last == null) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  const page = keys.slice(start, end);
  return {
    page,
    totalCount: keys.length,
    // Cursors made when asked for: most pages of a nested answer (a party's first agreements) show none.
    pageInfo: {
      hasNextPage: end < keys.length,
      hasPreviousPage: start > 0,
      get startCursor() {
        return page.length ? encodeCursor(page[0]) : null;
      },
      get endCursor() {
        return page.length ? encodeCursor(page[page.length - 1]) : null;
      },
    },
  };
}

/** Assemble a connection from a page and its nodes, loaded in the same order; edges (and their cursors) only when asked for. */
export function toConnection<T>(slice: PageSlice, nodes: T[]) {
  return {
    totalCount: slice.totalCount,
    pageInfo: slice.pageInfo,
    get edges() {
      return nodes.map((node, i) => ({ cursor: encodeCursor(slice.page[i]), node }));
    },
    nodes,
  };
}
