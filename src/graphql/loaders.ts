/**
 * Per-request DataLoaders: every relation the schema exposes is fetched with one
 * statement per batch, whatever the number of parents in the response.
 *
 * The loaders batch but do not cache: a level of the response always costs its one
 * statement, so the count depends on the query's shape alone, never on which rows an
 * earlier level happened to load (the identity map still returns one object per row).
 * A batch asks for each distinct key once.
 */
import DataLoader from 'dataloader';
import { wrap, type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Activity } from '../modules/activity/activity.entity';
import { AgreementParty } from '../modules/agreement/agreement-party.entity';
import { Agreement } from '../modules/agreement/agreement.entity';
import { AgreementSource } from '../modules/agreement/agreement-source.entity';
import { Category } from '../modules/category/category.entity';
import { Contact } from '../modules/contact/contact.entity';
import { Country } from '../modules/country/country.entity';
import { Listing } from '../modules/listing/listing.entity';
import { Municipality } from '../modules/municipality/municipality.entity';

type Key = string | number;

/** The primary key of a (possibly not loaded) reference. */
export function pkOf(ref: object | null | undefined): Key | null {
  return ref ? (wrap(ref, true).getPrimaryKey() as Key) : null;
}

/** Whether loaders batch (the default) or load one key per statement (the naive N+1 reference for benchmarks). */
export interface LoaderOptions {
  batch: boolean;
}

/** Load entities by a unique field (the primary key or the stable key), one statement per batch. */
function byUnique<E extends object>(em: EntityManager, entity: EntityName<E>, field: string, o: LoaderOptions) {
  return new DataLoader<Key, E | null>(
    async (keys) => {
      const rows = await em.find(entity, { [field]: { $in: [...new Set(keys)] } } as FilterQuery<E>);
      const map = new Map(rows.map((r) => [(r as Record<string, Key>)[field], r]));
      return keys.map((k) => map.get(k) ?? null);
    },
    { cache: false, batch: o.batch },
  );
}

/** Load the rows whose `fk` points at each key, one statement per batch. */
function manyBy<E extends object>(em: EntityManager, entity: EntityName<E>, fk: string, orderBy: QueryOrderMap<E>, o: LoaderOptions) {
  return new DataLoader<Key, E[]>(
    async (keys) => {
      const rows = await em.find(entity, { [fk]: { $in: [...new Set(keys)] } } as FilterQuery<E>, { orderBy });
      const groups = new Map<Key, E[]>(keys.map((k) => [k, []]));
      for (const row of rows) groups.get(pkOf((row as Record<string, object>)[fk])!)?.push(row);
      return keys.map((k) => groups.get(k)!);
    },
    { cache: false, batch: o.batch },
  );
}

/**
 * The stable keys of the rows of `table` whose `fk` column points at each key, in `orderBy`
 * order, without loading the rows: a connection slices these and loads only its page.
 */
function keysBy(em: EntityManager, table: string, fk: string, orderBy: string, o: LoaderOptions) {
  const sql = em as SqlEntityManager;
  return new DataLoader<Key, string[]>(
    async (keys) => {
      const query = sql
        .getKnex()(table)
        .select(`${fk} as parent`, 'key')
        .whereIn(fk, [...new Set(keys)])
        .orderBy(orderBy);
      const rows = await sql.execute<Array<{ parent: Key; key: string }>>(query);
      const groups = new Map<Key, string[]>(keys.map((k) => [k, []]));
      for (const row of rows) groups.get(row.parent)?.push(row.key);
      return keys.map((k) => groups.get(k)!);
    },
    { cache: false, batch: o.batch },
  );
}

/** The loaders of one request. */
export function createLoaders(em: EntityManager, o: LoaderOptions = { batch: true }) {
  return {
    country: byUnique<Country>(em, Country, 'code', o),
    category: byUnique<Category>(em, Category, 'code', o),
    municipality: byUnique<Municipality>(em, Municipality, 'pk', o),
    agreement: byUnique<Agreement>(em, Agreement, 'pk', o),
    agreementByKey: byUnique<Agreement>(em, Agreement, 'key', o),
    agreementByFormerKey: byUnique<Agreement>(em, Agreement, 'formerKey', o),
    municipalityByKey: byUnique<Municipality>(em, Municipality, 'key', o),
    activity: byUnique<Activity>(em, Activity, 'pk', o),
    activityByKey: byUnique<Activity>(em, Activity, 'key', o),
    listingByKey: byUnique<Listing>(em, Listing, 'key', o),
    contactByKey: byUnique<Contact>(em, Contact, 'key', o),
    partiesByAgreement: manyBy<AgreementParty>(em, AgreementParty, 'agreement', { position: 'asc' }, o),
    partiesByMunicipality: manyBy<AgreementParty>(em, AgreementParty, 'municipality', { agreement: 'asc' }, o),
    sourcesByAgreement: manyBy<AgreementSource>(em, AgreementSource, 'agreement', { position: 'asc' }, o),
    activitiesByAgreement: manyBy<Activity>(em, Activity, 'agreement', { position: 'asc' }, o),
    contactsByAgreement: manyBy<Contact>(em, Contact, 'agreement', { position: 'asc' }, o),
    contactsByMunicipality: manyBy<Contact>(em, Contact, 'municipality', { pk: 'asc' }, o),
    listingsByAgreement: manyBy<Listing>(em, Listing, 'agreement', { category: 'asc', number: 'asc' }, o),
    listingKeysByCategory: keysBy(em, 'listing', 'category_code', 'number', o),
    childrenByParent: manyBy<Municipality>(em, Municipality, 'parent', { pk: 'asc' }, o),
    predecessorsBySuccessor: manyBy<Municipality>(em, Municipality, 'successor', { pk: 'asc' }, o),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
