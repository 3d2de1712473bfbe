/**
 * Per-request DataLoaders: every relation the schema exposes is fetched with one
 * statement per batch, whatever the number of parents in the response.
 *
 * The loaders batch but do not cache: a level of the response always costs its one
 * statement, so the count depends on the query's shape alone, never on which rows an
 * earlier level happened to load. A batch asks for each distinct key once. The lists under
 * a row (an agreement's parties, listings, activities and contacts) share one loader: the
 * lists a level asks for together are read in one statement, and with the rows they belong
 * to when those are read as a list too (modules/agreement/load-agreements.ts).
 *
 * Countries, categories and municipalities come from the reference data (held per data
 * version); their loaders here serve only the moments after a re-import (reference-data.ts).
 */
import DataLoader from 'dataloader';
import { wrap } from '@mikro-orm/core';
import type { AnyChildList, ChildList, Key, SqlReader } from '../db/sql-reader';
import { activitiesByKey, activitiesByPk } from '../modules/activity/activity.queries';
import {
  agreementsByFormerKey,
  agreementsByKey,
  agreementsByPk,
  agreementSummariesByPk,
  PARTIES_OF_AGREEMENT,
  PARTIES_OF_MUNICIPALITY,
} from '../modules/agreement/agreement.queries';
import { categoriesByCode } from '../modules/category/category.queries';
import { CONTACTS_OF_MUNICIPALITY, contactsByKey } from '../modules/contact/contact.queries';
import { countriesByCode } from '../modules/country/country.queries';
import { listingKeysOfCategories, listingsByKey, sheetsOfListings } from '../modules/listing/listing.queries';
import {
  municipalitiesByKey,
  municipalitiesByPk,
  municipalitiesWithParent,
  municipalitiesWithSuccessor,
} from '../modules/municipality/municipality.queries';

/** The primary key of a (possibly not loaded) ORM reference. */
export function pkOf(ref: object | null | undefined): Key | null {
  return ref ? (wrap(ref, true).getPrimaryKey() as Key) : null;
}

/** Whether loaders batch (the default) or load one key per statement (the naive N+1 reference for benchmarks). */
export interface LoaderOptions {
  batch: boolean;
}

/** Rows by a unique column (`read` answers the rows of some keys, in any order), one statement per batch. */
function byUnique<K extends Key, R>(read: (keys: K[]) => Promise<R[]>, keyOf: (row: R) => K, o: LoaderOptions) {
  return new DataLoader<K, R | null>(
    async (keys) => {
      const rows = await read([...new Set(keys)]);
      const map = new Map(rows.map((r) => [keyOf(r), r]));
      return keys.map((k) => map.get(k) ?? null);
    },
    { cache: false, batch: o.batch },
  );
}

/** Values grouped by key (`read` answers a map with every key asked for), one statement per batch. */
function grouped<K extends Key, V>(read: (keys: K[]) => Promise<Map<K, V>>, o: LoaderOptions) {
  return new DataLoader<K, V>(
    async (keys) => {
      const map = await read([...new Set(keys)]);
      return keys.map((k) => map.get(k)!);
    },
    { cache: false, batch: o.batch },
  );
}

interface ListKey {
  list: AnyChildList;
  parent: number;
}

/** Every child list, one statement per batch for all the lists and parents the batch asks for. */
function childLists(db: SqlReader, o: LoaderOptions) {
  return new DataLoader<ListKey, object[]>(
    async (keys) => {
      const parentsByList = new Map<AnyChildList, Set<number>>();
      for (const { list, parent } of keys) {
        const parents = parentsByList.get(list);
        if (parents) parents.add(parent);
        else parentsByList.set(list, new Set([parent]));
      }
      const lists = [...parentsByList];
      const answers = await db.lists(lists.map(([list, parents]) => ({ list, parents: [...parents] })));
      const byList = new Map(lists.map(([list], i) => [list, answers[i]]));
      return keys.map(({ list, parent }) => byList.get(list)!.get(parent) ?? []);
    },
    { cache: false, batch: o.batch },
  );
}

/** The loader of one child list, typed by its rows. */
function listOf<E extends object>(lists: DataLoader<ListKey, object[]>, list: ChildList<E>) {
  return {
    load: (parent: number) => lists.load({ list, parent }) as Promise<E[]>,
    loadMany: (parents: readonly number[]) => lists.loadMany(parents.map((parent) => ({ list, parent }))) as Promise<Array<E[] | Error>>,
  };
}

/** The loaders of one request. */
export function createLoaders(db: SqlReader, o: LoaderOptions = { batch: true }) {
  const lists = childLists(db, o);
  return {
    /** Any child list (rows of one table by their parent's key); all the lists a level asks for share one statement. */
    list: <E extends object>(list: ChildList<E>) => listOf(lists, list),
    agreement: byUnique(
      (pks: number[]) => agreementsByPk(db, pks),
      (a) => a.pk,
      o,
    ),
    /** Agreements without their detail columns (AGREEMENT_DETAIL), for responses that show none of them. */
    agreementSummary: byUnique(
      (pks: number[]) => agreementSummariesByPk(db, pks),
      (a) => a.pk,
      o,
    ),
    agreementByKey: byUnique(
      (keys: string[]) => agreementsByKey(db, keys),
      (a) => a.key,
      o,
    ),
    agreementByFormerKey: byUnique(
      (keys: string[]) => agreementsByFormerKey(db, keys),
      (a) => a.formerKey!,
      o,
    ),
    activity: byUnique(
      (pks: number[]) => activitiesByPk(db, pks),
      (a) => a.pk,
      o,
    ),
    activityByKey: byUnique(
      (keys: string[]) => activitiesByKey(db, keys),
      (a) => a.key,
      o,
    ),
    listingByKey: byUnique(
      (keys: string[]) => listingsByKey(db, keys),
      (l) => l.key,
      o,
    ),
    sheetOfListing: byUnique(
      (pks: number[]) => sheetsOfListings(db, pks),
      (r) => r.pk,
      o,
    ),
    contactByKey: byUnique(
      (keys: string[]) => contactsByKey(db, keys),
      (c) => c.key,
      o,
    ),
    partiesByAgreement: listOf(lists, PARTIES_OF_AGREEMENT),
    partiesByMunicipality: listOf(lists, PARTIES_OF_MUNICIPALITY),
    contactsByMunicipality: listOf(lists, CONTACTS_OF_MUNICIPALITY),
    listingKeysByCategory: grouped((codes: number[]) => listingKeysOfCategories(db, codes), o),
    // Reference data that the snapshot does not hold yet (a re-import not yet noticed).
    country: byUnique(
      (codes: string[]) => countriesByCode(db, codes),
      (c) => c.code,
      o,
    ),
    category: byUnique(
      (codes: number[]) => categoriesByCode(db, codes),
      (c) => c.code,
      o,
    ),
    municipality: byUnique(
      (pks: number[]) => municipalitiesByPk(db, pks),
      (m) => m.pk,
      o,
    ),
    municipalityByKey: byUnique(
      (keys: string[]) => municipalitiesByKey(db, keys),
      (m) => m.key,
      o,
    ),
    childrenByParent: grouped((pks: number[]) => groupRows(municipalitiesWithParent(db, pks), pks, (m) => m.parentPk!), o),
    predecessorsBySuccessor: grouped((pks: number[]) => groupRows(municipalitiesWithSuccessor(db, pks), pks, (m) => m.successorPk!), o),
  };
}

/** Rows grouped by `keyOf`, with an empty group for every key without rows. */
async function groupRows<R>(rows: Promise<R[]>, keys: number[], keyOf: (row: R) => number): Promise<Map<number, R[]>> {
  const groups = new Map<number, R[]>(keys.map((k) => [k, []]));
  for (const row of await rows) groups.get(keyOf(row))?.push(row);
  return groups;
}

export type Loaders = ReturnType<typeof createLoaders>;
