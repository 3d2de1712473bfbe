/**
 * What agreements can be grouped by, each as one SQL relation (agreement, key, sort): the
 * values an agreement has in that dimension (several for COUNTRY, PREFECTURE, CATEGORY and SOURCE; none
 * for an undated agreement's YEAR), and what orders them. One small function each.
 */
import type { Knex } from '@mikro-orm/knex';
import { registerEnumType } from 'type-graphql';
import { AGREEMENT_KINDS } from '../../records/enums';
import { selfAndBelow } from '../municipality/place-rules';

export enum AggregateDimension {
  YEAR = 'YEAR',
  COUNTRY = 'COUNTRY',
  PREFECTURE = 'PREFECTURE',
  CATEGORY = 'CATEGORY',
  KIND = 'KIND',
  MULTILATERAL = 'MULTILATERAL',
  SOURCE = 'SOURCE',
}

registerEnumType(AggregateDimension, {
  name: 'AggregateDimension',
  description: 'What a row of aggregates is keyed by. An agreement without a value in a dimension counts under null.',
  valuesConfig: {
    YEAR: { description: 'Year of signing (null: undated).' },
    COUNTRY: { description: "A partner abroad's country, as AgreementFilter.countries finds it (null: no partner abroad)." },
    PREFECTURE: { description: 'A prefecture it or a municipality under it is party to, as AgreementFilter.prefecture finds it.' },
    CATEGORY: { description: 'A category of the CLAIR survey it is listed under (null: not in the survey).' },
    KIND: { description: 'Its kind of tie.' },
    MULTILATERAL: { description: 'More than two parties or not.' },
    SOURCE: { description: 'A source document that mentions it (Agreement.sources), as AgreementFilter.sources finds it.' },
  },
});

/** A dimension's relation, each row (agreement, key, sort), and how its text keys compare. */
export interface DimensionSql {
  relation: (knex: Knex) => Knex.Raw;
  /** Sort keys compare as numbers (years, category codes, booleans) or as text. */
  numeric: boolean;
}

/** Kinds sort in the schema's order, not alphabetically. */
const kindOrder = (knex: Knex) =>
  knex.raw(
    `select pk as agreement, kind as key, case kind ${AGREEMENT_KINDS.map((k, i) => `when '${k}' then ${i}`).join(' ')} end as sort from agreement`,
  );

export const DIMENSIONS: Record<AggregateDimension, DimensionSql> = {
  YEAR: {
    relation: (knex) =>
      knex.raw(
        `select pk as agreement, cast(substr(signed_iso, 1, 4) as integer) as key, cast(substr(signed_iso, 1, 4) as integer) as sort
           from agreement where signed_iso is not null`,
      ),
    numeric: true,
  },
  COUNTRY: {
    relation: (knex) =>
      knex.raw(`select distinct p.agreement_pk as agreement, m.country_code as key, m.country_code as sort
                  from agreement_party p join municipality m on m.pk = p.municipality_pk where p.side = 'FOREIGN'`),
    numeric: false,
  },
  PREFECTURE: {
    // Sorted by 全国地方公共団体コード: 北海道 (01) first, 沖縄県 (47) last.
    relation: (knex) =>
      knex.raw(
        `select distinct p.agreement_pk as agreement, t.root as key, coalesce(r.code, r.full_name) as sort
           from agreement_party p join (?) as t on t.pk = p.municipality_pk join municipality r on r.pk = t.root`,
        [selfAndBelow(knex, knex.raw("m.kind = 'PREFECTURE'"))],
      ),
    numeric: false,
  },
  CATEGORY: {
    relation: (knex) => knex.raw('select distinct agreement_pk as agreement, category_code as key, category_code as sort from listing'),
    numeric: true,
  },
  KIND: { relation: kindOrder, numeric: true },
  MULTILATERAL: {
    relation: (knex) =>
      knex.raw('select pk as agreement, multilateral as key, case when multilateral then 1 else 0 end as sort from agreement'),
    numeric: true,
  },
  // Every document that mentions it, as AgreementFilter.sources finds it.
  SOURCE: {
    relation: (knex) => knex.raw('select distinct agreement_pk as agreement, document as key, document as sort from agreement_source'),
    numeric: false,
  },
};
