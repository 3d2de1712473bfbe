/** A party's agreements as a table sortable by title, date, categories or parties (buttons in the headers, aria-sort). */
import { useState } from 'preact/hooks';
import type { MunicipalityQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import type { LabelKey } from '../../labels';

type M = Extract<NonNullable<MunicipalityQuery['node']>, { __typename: 'Municipality' }>;
type Row = M['agreements']['nodes'][number];
type Column = 'title' | 'date' | 'categories' | 'parties';

const VALUE: Record<Column, (r: Row) => string | number> = {
  title: (r) => r.title,
  date: (r) => r.signedOn?.iso ?? '9999', // undated last
  categories: (r) => r.categories.map((c) => c.code).join(',') || '99',
  parties: (r) => r.parties.length,
};

export function AgreementsTable({ rows }: { rows: Row[] }) {
  const { t, pick } = useI18n();
  const [sort, setSort] = useState<{ by: Column; asc: boolean }>({ by: 'date', asc: true });
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [VALUE[sort.by](a), VALUE[sort.by](b)];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ja');
    return sort.asc ? c : -c;
  });
  const header = (col: Column, label: LabelKey) => (
    <th scope="col" aria-sort={sort.by === col ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort({ by: col, asc: sort.by === col ? !sort.asc : true })}>
        {t(label)} <span aria-hidden="true">{sort.by === col ? (sort.asc ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
  return (
    <div class="table-wrap">
      <table class="agreements" data-testid="agreements-table">
        <thead>
          <tr>
            {header('title', 'title')}
            {header('date', 'signedOn')}
            {header('categories', 'categories')}
            {header('parties', 'parties')}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id}>
              <td>
                <a href={`/agreements/${r.id}`}>{r.title}</a>
              </td>
              <td class="nowrap">{r.signedOn?.iso ?? t('undated')}</td>
              <td>{r.categories.map((c) => pick(c.name, c.nameEn)).join('、') || '—'}</td>
              <td>
                {r.parties.length}
                {r.multilateral && <small> ({t('multilateralShort')})</small>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
