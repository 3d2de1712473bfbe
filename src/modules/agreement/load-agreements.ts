/**
 * Agreements by primary key for one level of a response, with the lists the query asks for
 * below them (parties, listings, activities, contacts, sources) read in the same statement: a level of
 * agreements and their lists is one round trip instead of two. The lists travel on the rows
 * they belong to, so a later level never finds them already read (the number of statements
 * depends on the query's shape alone). The agreements' detail columns (their sheet's long texts)
 * are read only when the level shows one of them.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { AnyChildList, ChildList } from '../../db/sql-reader';
import type { Context } from '../../graphql/context';
import { selectedFields } from '../../graphql/lookahead';
import { ACTIVITIES_OF_AGREEMENT } from '../activity/activity.queries';
import { CONTACTS_OF_AGREEMENT } from '../contact/contact.queries';
import { LISTINGS_OF_AGREEMENT } from '../listing/listing.queries';
import {
  AGREEMENT_BY_PK,
  AGREEMENT_SUMMARY_BY_PK,
  PARTIES_OF_AGREEMENT,
  SOURCES_OF_AGREEMENT,
  type AgreementRead,
} from './agreement.queries';

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

/**
 * Agreement's fields answered without its detail columns (AGREEMENT_DETAIL). Any other field asked for
 * (background, events, url …, or one added later) reads them: a field missing here costs bytes, never
 * a wrong answer.
 */
const SUMMARY_FIELDS = new Set([
  '__typename',
  'id',
  'formerIds',
  'title',
  'kind',
  'titleKind',
  'signedOn',
  'multilateral',
  'source',
  ...Object.keys(LIST_OF_FIELD),
]);

/** What a level of agreements must read: the lists below it, and whether it shows their detail. */
export interface AgreementsAskedFor {
  lists: AnyChildList[];
  detail: boolean;
}

const asked = new WeakMap<GraphQLResolveInfo['fieldNodes'], Map<string, AgreementsAskedFor>>();

/**
 * What the query asks for on the agreements at `paths` below the field being resolved; worked out once per
 * field of a compiled query (graphql-jit keeps a field's nodes in one array), not for each of its parents.
 */
export function askedFor(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): AgreementsAskedFor {
  let byPaths = asked.get(info.fieldNodes);
  if (!byPaths) asked.set(info.fieldNodes, (byPaths = new Map<string, AgreementsAskedFor>()));
  const key = paths.map((p) => p.join('.')).join('|');
  let found = byPaths.get(key);
  if (!found) byPaths.set(key, (found = lookAhead(info, paths)));
  return found;
}

function lookAhead(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): AgreementsAskedFor {
  const lists = new Set<AnyChildList>();
  let detail = false;
  for (const path of paths) {
    for (const field of selectedFields(info, path)) {
      if (LIST_OF_FIELD[field]) lists.add(LIST_OF_FIELD[field]);
      detail ||= !SUMMARY_FIELDS.has(field);
    }
  }
  return { lists: [...lists], detail };
}

/** Agreements by primary key (null where none), each with `lists` read in the same statement, with their detail if asked for. */
export async function loadAgreements(
  ctx: Context,
  pks: readonly number[],
  { lists, detail }: AgreementsAskedFor,
): Promise<Array<AgreementNode | null>> {
  if (lists.length === 0) {
    const rows = await (detail ? ctx.loaders.agreement : ctx.loaders.agreementSummary).loadMany(pks);
    return rows.map((r) => {
      if (r instanceof Error) throw r;
      return r;
    });
  }
  // Loaded in the same tick, so the loaders' one batch reads the agreements and their lists together.
  const [rows, ...children] = await Promise.all([
    ctx.loaders.list(detail ? AGREEMENT_BY_PK : AGREEMENT_SUMMARY_BY_PK).loadMany(pks),
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
