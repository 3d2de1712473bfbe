/**
 * One SQL condition per field of `AgreementFilter`, over the agreement row `a`: each a small
 * function, so that changing what a field means (sources searching every mention, say) is
 * changing one function. Every condition is true or false, never unknown (see filter-tree.ts).
 */
import { GraphQLError } from 'graphql';
import type { Knex } from '@mikro-orm/knex';
import { compileFilterTree, inList, type Condition } from '../../db/filter-tree';
import { searchCondition, type Dialect } from '../../db/search-index';
import { PARTIAL_ISO_DATE } from '../../records/partial-date';
import { agreementsOwnedBy, namedPlaces, selfAndBelow } from '../municipality/place-rules';
import type { AgreementFilter } from './agreement-filter.input';

/** Agreements whose parties (alias `p`, their municipality `m`) match `where`. */
const withParty = (knex: Knex, where: Condition) =>
  knex.raw('a.pk in (select p.agreement_pk from agreement_party p join municipality m on m.pk = p.municipality_pk where ?)', [where]);

function categoriesCondition(knex: Knex, codes: number[]): Condition {
  return knex.raw('a.pk in (select l.agreement_pk from listing l where ?)', [inList(knex, 'l.category_code', codes)]);
}

function countriesCondition(knex: Knex, countries: string[]): Condition {
  return withParty(
    knex,
    inList(
      knex,
      'm.country_code',
      countries.map((c) => c.toUpperCase()),
    ),
  );
}

/** A prefecture (or any place, by id): its own agreements and those of every place under it. */
function prefectureCondition(knex: Knex, value: string): Condition {
  return knex.raw('a.pk in (select p.agreement_pk from agreement_party p where p.municipality_pk in (select pk from (?) as below_place))', [
    selfAndBelow(knex, namedPlaces(knex, value, true)),
  ]);
}

/** A municipality by id: the agreements it holds, its own and those of the towns that merged into it. */
function municipalityCondition(knex: Knex, id: string): Condition {
  return knex.raw('a.pk in (select agreement from (?) as owned)', [agreementsOwnedBy(knex, namedPlaces(knex, id, false, 'o'))]);
}

function multilateralCondition(knex: Knex, multilateral: boolean): Condition {
  return knex.raw('a.multilateral = ?', [multilateral]);
}

/** Agreements any of whose mentions (first sheet, re-listings, other documents' passages) is in one of `documents`. */
function sourcesCondition(knex: Knex, documents: string[]): Condition {
  return knex.raw('a.pk in (select s.agreement_pk from agreement_source s where ?)', [inList(knex, 's.document', documents)]);
}

function kindsCondition(knex: Knex, kinds: string[]): Condition {
  return inList(knex, 'a.kind', kinds);
}

function searchTextCondition(knex: Knex, dialect: Dialect, text: string): Condition | null {
  const search = searchCondition(text, dialect);
  if (!search) return null;
  return knex.raw(`a.pk in (select ref from search_index where kind = 'Agreement' and ${search.where})`, search.params);
}

/** A signedFrom/signedTo value, checked against the one partial-date form. */
function dateBound(name: string, value: string): string {
  if (!PARTIAL_ISO_DATE.test(value)) {
    throw new GraphQLError(`${name} must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2004 or 2004-12-24); got "${value}".`, {
      extensions: { code: 'BAD_DATE' },
    });
  }
  return value;
}

/**
 * Signed on or after (`>=`) or on or before (`<=`) a bound, comparing the part both know:
 * 2004 is within 2004-06…2004-12, and 2004-06 is within 2004…2004. Undated agreements are outside.
 */
function signedCondition(knex: Knex, name: 'signedFrom' | 'signedTo', value: string): Condition {
  const bound = dateBound(name, value);
  const op = name === 'signedFrom' ? '>=' : '<=';
  // The first min(known, bound) characters of each: substr(date, 1, |bound|) against the bound cut to |date|.
  return knex.raw(
    `a.signed_iso is not null and substr(a.signed_iso, 1, ${bound.length}) ${op} substr(cast(? as text), 1, length(a.signed_iso))`,
    [bound],
  );
}

/** The conditions of one filter object's own fields (the fields it has, ANDed by the caller). */
function leaves(knex: Knex, dialect: Dialect, f: AgreementFilter): Condition[] {
  const parts: Array<Condition | null> = [
    f.categoryCodes?.length ? categoriesCondition(knex, f.categoryCodes) : null,
    f.countries?.length ? countriesCondition(knex, f.countries) : null,
    f.prefecture != null ? prefectureCondition(knex, f.prefecture) : null,
    f.municipality != null ? municipalityCondition(knex, f.municipality) : null,
    f.multilateral != null ? multilateralCondition(knex, f.multilateral) : null,
    f.signedFrom != null ? signedCondition(knex, 'signedFrom', f.signedFrom) : null,
    f.signedTo != null ? signedCondition(knex, 'signedTo', f.signedTo) : null,
    f.search ? searchTextCondition(knex, dialect, f.search) : null,
    f.sources?.length ? sourcesCondition(knex, f.sources) : null,
    f.kinds?.length ? kindsCondition(knex, f.kinds) : null,
  ];
  return parts.filter((c): c is Condition => c != null);
}

/** The condition on agreement row `a` of a whole filter tree. */
export function agreementFilterCondition(knex: Knex, dialect: Dialect, filter: AgreementFilter | null | undefined): Condition {
  return compileFilterTree(knex, filter, (f) => leaves(knex, dialect, f));
}
