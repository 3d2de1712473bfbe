/**
 * Agreements by primary key for one level of a response, with the lists the query asks for
 * below them (parties, listings, activities, contacts, sources) read in the same statement: a level of
 * agreements and their lists is one round trip instead of two. The lists travel on the rows
 * they belong to, so a later level never finds them already read (the number of statements
 * depends on the query's shape alone).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { AnyChildList, ChildList } from '../../db/sql-reader';
import type { Context } from '../../graphql/context';
import { selectedFields } from '../../graphql/lookahead';
import { ACTIVITIES_OF_AGREEMENT } from '../activity/activity.queries';
import { CONTACTS_OF_AGREEMENT } from '../contact/contact.queries';
import { LISTINGS_OF_AGREEMENT } from '../listing/listing.queries';
import { AGREEMENT_BY_PK, PARTIES_OF_AGREEMENT, SOURCES_OF_AGREEMENT, type AgreementRead } from './agreement.queries';

const LISTS_READ_WITH = Symbol('lists read with the agreement');

/** An agreement of a response, with the lists read with it. */
export type AgreementNode = AgreementRead & { [LISTS_READ_WITH]?: Map<AnyChildList, object[]> };

/** Agreement's fields that are child lists, and the list each reads. */
const LIST_OF_FIELD: Record<string, AnyChildList> = {
  parties: PARTIES_OF_AGREEMENT,
  listings: LISTINGS_OF_AGREEMENT,
  categories: LISTINGS_OF_AGREEMENT,
  activities: ACTIVITIES_OF_AGREEMENT,
  contacts: CONTACTS_OF_AGREEMENT,
  sources: SOURCES_OF_AGREEMENT,
};

/** The lists the query asks for on the agreements at `paths` below the field being resolved. */
export function listsAskedFor(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): AnyChildList[] {
  const lists = new Set<AnyChildList>();
  for (const path of paths) for (const field of selectedFields(info, path)) if (LIST_OF_FIELD[field]) lists.add(LIST_OF_FIELD[field]);
  return [...lists];
}

/** Agreements by primary key (null where none), each with `lists` read in the same statement. */
export async function loadAgreements(
  ctx: Context,
  pks: readonly number[],
  lists: readonly AnyChildList[],
): Promise<Array<AgreementNode | null>> {
  if (lists.length === 0) {
    const rows = await ctx.loaders.agreement.loadMany(pks);
    return rows.map((r) => {
      if (r instanceof Error) throw r;
      return r;
    });
  }
  // Loaded in the same tick, so the loaders' one batch reads the agreements and their lists together.
  const [rows, ...children] = await Promise.all([
    ctx.loaders.list(AGREEMENT_BY_PK).loadMany(pks),
    ...lists.map((list) => ctx.loaders.list(list as ChildList<object>).loadMany(pks)),
  ]);
  return rows.map((found, i) => {
    if (found instanceof Error) throw found;
    const row: AgreementNode | undefined = found[0];
    if (!row) return null;
    row[LISTS_READ_WITH] = new Map(
      lists.map((list, j) => {
        const listRows = children[j][i];
        if (listRows instanceof Error) throw listRows;
        return [list, listRows];
      }),
    );
    return row;
  });
}

/** The rows of `list` under agreement `a`: those read with it, or read now. */
export function listOf<E extends object>(ctx: Context, a: AgreementNode, list: ChildList<E>): E[] | Promise<E[]> {
  return (a[LISTS_READ_WITH]?.get(list) as E[] | undefined) ?? ctx.loaders.list(list).load(a.pk);
}
