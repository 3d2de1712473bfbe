/**
 * Relay cursor connections over an ordered list of keys: the types and the slicing.
 * Cursors are opaque (base64url of the row's stable key).
 */
import { GraphQLError } from 'graphql';
import { ClassType, Field, Int, ObjectType } from 'type-graphql';

/** The most rows one page may have. */
export const MAX_PAGE_SIZE = 100;
/** Rows in a page when the client does not say. */
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** A connection class for node type `T`, with its edge class. */
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => nodeType) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => Int) totalCount!: number;
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => [nodeType]) nodes!: T[];
  }
  return { EdgeType, ConnectionType };
}

export const encodeCursor = (key: string) => Buffer.from(`cursor:${key}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith('cursor:')) {
    throw new GraphQLError(`"${cursor}" is not a cursor of this API: pass an endCursor or an edge's cursor from a previous page.`, {
      extensions: { code: 'BAD_CURSOR' },
    });
  }
  return text.slice('cursor:'.length);
}

/** Validate `first`: 0 to 100. */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}; got ${first}. Page with after: pageInfo.endCursor for more.`, {
      extensions: { code: 'BAD_PAGE_SIZE' },
    });
  }
  return first;
}

/** A page of `keys` (already filtered and ordered) after `after`: the keys of the page and its info. */
export function slicePage(keys: readonly string[], args: { first?: number | null; after?: string | null }) {
  const size = pageSize(args.first);
  let start = 0;
  if (args.after) {
    const afterKey = decodeCursor(args.after);
    const index = keys.indexOf(afterKey);
    if (index < 0) throw new GraphQLError('The cursor points at a row that is not in this list (another filter?). Start again without after.', { extensions: { code: 'BAD_CURSOR' } });
    start = index + 1;
  }
  const page = keys.slice(start, start + size);
  const pageInfo: PageInfo = {
    hasNextPage: start + size < keys.length,
    hasPreviousPage: start > 0,
    startCursor: page.length ? encodeCursor(page[0]) : null,
    endCursor: page.length ? encodeCursor(page[page.length - 1]) : null,
  };
  return { page, pageInfo, totalCount: keys.length };
}

/** Assemble a connection from a page's keys and the loaded nodes in the same order. */
export function toConnection<T>(slice: ReturnType<typeof slicePage>, nodes: T[]) {
  return {
    totalCount: slice.totalCount,
    pageInfo: slice.pageInfo,
    edges: nodes.map((node, i) => ({ cursor: encodeCursor(slice.page[i]), node })),
    nodes,
  };
}
