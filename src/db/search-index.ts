/**
 * Japanese full-text search over agreements (title, background, activities and their notes,
 * outcomes, challenges, party names in Japanese, English, romaji and kana, their countries' names),
 * municipalities (the same names) and activities, with trigrams, which need no
 * word segmentation: on SQLite an FTS5 table with the trigram tokenizer (terms of three
 * or more characters ranked by bm25; shorter ones, 漂着, matched with LIKE); on PostgreSQL
 * a table with a pg_trgm GIN index serving ILIKE for every term.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { foldVariantKanji, VARIANT_KANJI } from '../ingest/normalize';
import { isPostgres, lockForWriting } from './orm';

export type SearchKind = 'Agreement' | 'Municipality' | 'Activity';

export interface SearchHit {
  kind: SearchKind;
  ref: number;
  /** Lower is better. */
  rank: number;
}

export type Dialect = 'sqlite' | 'postgresql';

const CREATE: Record<Dialect, string[]> = {
  sqlite: [`create virtual table if not exists search_index using fts5(kind unindexed, ref unindexed, text, tokenize = 'trigram')`],
  postgresql: [
    'create extension if not exists pg_trgm',
    'create table if not exists search_index (kind text not null, ref integer not null, text text not null)',
    'create index if not exists search_index_text_trgm on search_index using gin (text gin_trgm_ops)',
  ],
};

/**
 * What a municipality is found by: its Japanese names, its English, romanised and kana names
 * (match_names: sapporo, sapporo-shi, さっぽろし, さっぽろ) and, abroad, its country's English and
 * Japanese names, so that "China" finds Chinese places and, through their names in
 * agreement rows, the agreements they are party to (every agreement has a Japanese party, so
 * "Japan" would find them all: it is left out). `m` is the municipality, `c` its country.
 */
const PLACE_TEXT = `m.full_name || ' ' || replace(m.match_names, '|', ' ')
  || case when c.code = 'JP' then '' else ' ' || c.name_en || ' ' || c.name_ja end`;

/** Rows of the index; `concat` is the dialect's string aggregate, `notes` an agreement's activity notes as text. */
const fill = (concat: (expr: string) => string, notes: string) => [
  `insert into search_index (kind, ref, text)
     select 'Municipality', m.pk, m.name || ' ' || ${PLACE_TEXT} from municipality m join country c on c.code = m.country_code`,
  `insert into search_index (kind, ref, text) select 'Activity', pk, text from activity`,
  `insert into search_index (kind, ref, text)
     select 'Agreement', a.pk, a.title
       || ' ' || coalesce(a.background, '') || ' ' || coalesce(a.outcomes, '') || ' ' || coalesce(a.challenges, '')
       || ' ' || coalesce((select ${concat('x.text')} from activity x where x.agreement_pk = a.pk), '')
       || ' ' || coalesce(${notes}, '')
       || ' ' || coalesce((select ${concat(`${PLACE_TEXT} || ' ' || p.written`)}
                           from agreement_party p join municipality m on m.pk = p.municipality_pk join country c on c.code = m.country_code
                           where p.agreement_pk = a.pk), '')
     from agreement a`,
];

/**
 * Fields keep the sheet's own characters (景德鎮); the index folds variant kanji as the ingest
 * does for matching (normalize.ts), and so do search terms: either writing finds both.
 */
const FOLD_VARIANTS = `update search_index set text = ${Object.entries(VARIANT_KANJI).reduce(
  (expr, [variant, common]) => `replace(${expr}, '${variant}', '${common}')`,
  'text',
)}`;

const FILL: Record<Dialect, string[]> = {
  sqlite: [
    ...fill(
      (e) => `group_concat(${e}, ' ')`,
      `(select group_concat(json_extract(n.value, '$.text'), ' ') from json_each(a.activity_notes) n)`,
    ),
    FOLD_VARIANTS,
  ],
  postgresql: [
    ...fill((e) => `string_agg(${e}, ' ')`, `(select string_agg(n->>'text', ' ') from json_array_elements(a.activity_notes::json) n)`),
    FOLD_VARIANTS,
  ],
};

/** Which SQL dialect the EntityManager speaks. */
export const dialectOf = (em: EntityManager): Dialect => (isPostgres(em) ? 'postgresql' : 'sqlite');

/**
 * Create the index if missing and rebuild it when it does not cover every row (derived
 * data). One transaction; on PostgreSQL under the schema lock, as servers may start together.
 */
export async function ensureSearchIndex(
  em: EntityManager,
  options: { rebuild?: boolean } = {},
): Promise<{ rebuilt: boolean; rows: number }> {
  const dialect = dialectOf(em);
  return em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const trx = tx.getTransactionContext<Knex.Transaction>();
    const run = (sql: string) => conn.execute(sql, [], 'all', trx) as Promise<Array<Record<string, unknown>>>;
    await lockForWriting(tx);
    for (const sql of CREATE[dialect]) await run(sql);
    const [{ expected }] = await run(
      'select (select count(*) from municipality) + (select count(*) from activity) + (select count(*) from agreement) as expected',
    );
    const [{ actual }] = await run('select count(*) as actual from search_index');
    if (!options.rebuild && Number(actual) === Number(expected)) return { rebuilt: false, rows: Number(actual) };
    await run('delete from search_index');
    for (const sql of FILL[dialect]) await run(sql);
    return { rebuilt: true, rows: Number(expected) };
  });
}

/** The longest search text taken, in characters. */
const MAX_SEARCH_CHARS = 200;
/** The most terms a search may have: each is a condition of its own in one statement. */
const MAX_SEARCH_TERMS = 16;

/** A search text the index cannot take, with what to send instead (the API answers it as BAD_SEARCH). */
class SearchTextError extends Error {
  readonly code = 'BAD_SEARCH';
}

/**
 * Terms of a query: split on spaces; empty terms dropped. Control characters and lone
 * surrogates separate terms like spaces (they are in no indexed text). Too long a text or too
 * many terms is refused with a SearchTextError rather than sent as an unbounded statement.
 */
function searchTerms(text: string): string[] {
  if (text.length > MAX_SEARCH_CHARS) {
    throw new SearchTextError(`A search may be at most ${MAX_SEARCH_CHARS} characters; this one has ${text.length}.`);
  }
  const terms = foldVariantKanji(text.normalize('NFKC'))
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (terms.length > MAX_SEARCH_TERMS) {
    throw new SearchTextError(
      `A search may have at most ${MAX_SEARCH_TERMS} terms (words separated by spaces); this one has ${terms.length}.`,
    );
  }
  return terms;
}

/**
 * The SQL condition on `search_index` for a query, and its parameters: terms of three
 * or more characters go to one FTS5 MATCH (ranked by bm25), shorter ones to LIKE.
 */
export function searchCondition(
  text: string,
  dialect: Dialect,
): { where: string; params: string[]; ranked: boolean; firstTerm: string } | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const firstTerm = terms[0];
  const like = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (dialect === 'postgresql') {
    return { where: terms.map(() => `text ilike ? escape '\\'`).join(' and '), params: terms.map(like), ranked: false, firstTerm };
  }
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const parts: string[] = [];
  const params: string[] = [];
  if (long.length) {
    parts.push('search_index match ?');
    params.push(long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND '));
  }
  for (const t of short) {
    parts.push(`text like ? escape '\\'`);
    params.push(like(t));
  }
  return { where: parts.join(' and '), params, ranked: long.length > 0, firstTerm };
}

/**
 * Ranked hits for `text`, best first. With an FTS5 MATCH the rank is bm25; otherwise a text
 * that starts with the first term ranks first (a row's text begins with its name or title), then
 * shorter texts, where the terms are more of the text.
 */
export async function searchIndex(em: EntityManager, text: string, kinds: readonly SearchKind[], limit: number): Promise<SearchHit[]> {
  const dialect = dialectOf(em);
  const cond = searchCondition(text, dialect);
  if (!cond || kinds.length === 0) return [];
  const position = dialect === 'postgresql' ? 'strpos(lower(text), lower(?))' : 'instr(lower(text), lower(?))';
  const [rank, rankParams] = cond.ranked ? ['bm25(search_index)', []] : [`${position} * 100000 + length(text)`, [cond.firstTerm]];
  const rows = (await em.getConnection().execute(
    `select kind, ref, ${rank} as rank from search_index
     where ${cond.where} and kind in (${kinds.map(() => '?').join(', ')})
     order by rank, kind, ref limit ?`,
    [...rankParams, ...cond.params, ...kinds, limit],
  )) as Array<{ kind: SearchKind; ref: number; rank: number }>;
  return rows.map((r) => ({ kind: r.kind, ref: Number(r.ref), rank: Number(r.rank) }));
}
