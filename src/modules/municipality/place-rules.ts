/**
 * The SQL rules about places, each written once and used by every filter, field and count
 * that needs it:
 * - which places a name or id names (`namedPlaces`),
 * - what lies at or under a place, following parent links (`selfAndBelow`: "under 北海道"),
 * - whose agreements are a place's own: its parties' and those of the places that merged into it
 *   (`agreementsOwnedBy`: 北杜市 holds 高根町's),
 * - how many partners a place has (`partnerCounts`: its degree in the network).
 */
import type { Knex } from '@mikro-orm/knex';
import { always, never, type Condition } from '../../db/filter-tree';
import { fromGlobalId } from '../shared/global-id';
import { matchNamesPattern, type NameMatchMode } from '../shared/place-names';
import { MunicipalityKind } from './municipality-kind';

/** Municipalities (alias `m`) having a name, in any script, that equals, starts with or contains `name`. */
export function nameCondition(knex: Knex, mode: NameMatchMode, name: string, alias = 'm'): Condition {
  const pattern = matchNamesPattern(mode, name);
  return pattern == null ? never(knex) : knex.raw(`${alias}.match_names like ? escape '\\'`, [pattern]);
}

/**
 * The places (alias `m`) a filter names: by id any municipality or organisation; by name
 * (北海道, Hokkaido, ほっかいどう) a prefecture, when `prefectureByName` (the `prefecture` filters).
 */
export function namedPlaces(knex: Knex, value: string, prefectureByName: boolean, alias = 'm'): Condition {
  const id = fromGlobalId(value);
  if (id) return id.type === 'Municipality' ? knex.raw(`${alias}.key = ?`, [id.key]) : never(knex);
  if (!prefectureByName) return never(knex);
  return knex.raw(`${alias}.kind = ? and ?`, [MunicipalityKind.PREFECTURE, nameCondition(knex, 'equals', value, alias)]);
}

/**
 * Rows (root, pk): each place matching `roots` (a condition on alias `m`) and every place under it,
 * following parent links through their index (matching keys by prefix scanned every row).
 */
export function selfAndBelow(knex: Knex, roots: Condition): Knex.Raw {
  return knex.raw(
    `with recursive place_tree(root, pk) as (
       select m.pk, m.pk from municipality m where ?
       union all select t.root, c.pk from municipality c join place_tree t on c.parent_pk = t.pk)
     select root, pk from place_tree`,
    [roots],
  );
}

/** Municipalities (alias `m`) at or under the place a `prefecture` filter names. */
export function underPlace(knex: Knex, value: string, alias = 'm'): Condition {
  return knex.raw(`${alias}.pk in (select pk from (?) as below_place)`, [selfAndBelow(knex, namedPlaces(knex, value, true))]);
}

/**
 * Rows (owner, agreement): the agreements each place matching `owners` (a condition on alias `o`)
 * holds: those it is a party to, and those of the places that merged into it.
 */
export function agreementsOwnedBy(knex: Knex, owners: Condition = always(knex)): Knex.Raw {
  return knex.raw(
    `select o.pk as owner, p.agreement_pk as agreement
       from municipality o join agreement_party p on p.municipality_pk = o.pk where ?
     union
     select o.pk as owner, p.agreement_pk as agreement
       from municipality o join municipality merged on merged.successor_pk = o.pk
       join agreement_party p on p.municipality_pk = merged.pk where ?`,
    [owners, owners],
  );
}

/**
 * Rows (pk, n): each municipality matching `which` (a condition on alias `p`, a party row) with its number of
 * partners, the other parties of its agreements: its degree in the network.
 */
export function partnerCounts(knex: Knex, which: Condition): Knex.Raw {
  return knex.raw(
    `select p.municipality_pk as pk, count(distinct q.municipality_pk) as n
       from agreement_party p join agreement_party q on q.agreement_pk = p.agreement_pk and q.municipality_pk <> p.municipality_pk
      where ? group by p.municipality_pk`,
    [which],
  );
}
