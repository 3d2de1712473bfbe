/**
 * One SQL condition per field of `MunicipalityFilter`, over the municipality row `m`, and the
 * condition of a whole filter tree (its operators as src/db/filter-tree.ts defines them).
 */
import type { Knex } from '@mikro-orm/knex';
import { compileFilterTree, type Condition } from '../../db/filter-tree';
import type { NameMatchMode } from '../shared/place-names';
import type { MunicipalityFilter, NameMatch } from './municipality-filter.input';
import { nameCondition, underPlace } from './place-rules';

const MODES: NameMatchMode[] = ['equals', 'startsWith', 'contains'];

/** Each part of a NameMatch given, on the names of `m`. */
function nameMatchConditions(knex: Knex, match: NameMatch): Condition[] {
  return MODES.filter((mode) => match[mode] != null).map((mode) => nameCondition(knex, mode, match[mode]!));
}

function countryCondition(knex: Knex, country: string): Condition {
  return knex.raw('m.country_code = ?', [country.toUpperCase()]);
}

function kindCondition(knex: Knex, kind: string): Condition {
  return knex.raw('m.kind = ?', [kind]);
}

function leaves(knex: Knex, f: MunicipalityFilter): Condition[] {
  const parts: Condition[] = [];
  if (f.name) parts.push(nameCondition(knex, 'equals', f.name));
  if (f.nameMatch) parts.push(...nameMatchConditions(knex, f.nameMatch));
  if (f.country) parts.push(countryCondition(knex, f.country));
  if (f.kind) parts.push(kindCondition(knex, f.kind));
  if (f.prefecture != null) parts.push(underPlace(knex, f.prefecture));
  return parts;
}

/** The condition on municipality row `m` of a whole filter tree. */
export function municipalityFilterCondition(knex: Knex, filter: MunicipalityFilter | null | undefined): Condition {
  return compileFilterTree(knex, filter, (f) => leaves(knex, f));
}
