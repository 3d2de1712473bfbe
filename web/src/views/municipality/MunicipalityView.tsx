/** A party's page: names, hierarchy, merges, figures in the whole network, its ego network, agreements, partners and contacts. */
import { useQuery } from '@urql/preact';
import { MunicipalityDocument, type MunicipalityQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { municipalityKindLabel } from '../../labels';
import { navigate, withQuery } from '../../router';
import { ApiError, Loading } from '../../components/QueryState';
import { IgnoredParams, type IgnoredParam } from '../../components/IgnoredParams';
import { NotFound } from '../NotFound';
import { AgreementsTable } from './AgreementsTable';
import { EgoNetwork } from './EgoNetwork';

type M = Extract<NonNullable<MunicipalityQuery['node']>, { __typename: 'Municipality' }>;
type Place = { id: string; fullName: string; name: string; nameEn?: string | null; kind: string };

function readDepth(query: URLSearchParams): { depth: 1 | 2; ignored: IgnoredParam[] } {
  const raw = query.get('depth');
  if (raw == null || raw === '1') return { depth: 1, ignored: [] };
  if (raw === '2') return { depth: 2, ignored: [] };
  return { depth: 1, ignored: [{ name: 'depth', value: raw, reason: 'depth' }] };
}

export function MunicipalityView({ id, query }: { id: string; query: URLSearchParams }) {
  const { depth, ignored } = readDepth(query);
  const [result, reexecute] = useQuery({ query: MunicipalityDocument, variables: { id, depth } });
  if (result.error) return <ApiError error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const m = result.data.node;
  if (m?.__typename !== 'Municipality') return <NotFound />;
  return <MunicipalityPage m={m} depth={depth} ignored={ignored} refreshing={result.fetching} />;
}

function PlaceLink({ p }: { p: Place }) {
  const { pick } = useI18n();
  return <a href={`/municipalities/${p.id}`}>{pick(p.fullName, p.nameEn)}</a>;
}

function MunicipalityPage({ m, depth, ignored, refreshing }: { m: M; depth: 1 | 2; ignored: IgnoredParam[]; refreshing: boolean }) {
  const { t, pick, num, lang } = useI18n();
  const ancestors: Place[] = [];
  for (let p: (Place & { parent?: unknown }) | null | undefined = m.parent; p; p = (p as { parent?: Place | null }).parent)
    ancestors.unshift(p);
  const figures = m.networkNode;
  return (
    <article class="page municipality" data-testid="municipality-page">
      <IgnoredParams ignored={ignored} />
      <nav aria-label={t('breadcrumbs')} class="breadcrumbs">
        <ol>
          <li>{pick(m.country.nameJa, m.country.nameEn)}</li>
          {ancestors.map((a) => (
            <li key={a.id}>
              <PlaceLink p={a} />
            </li>
          ))}
          <li aria-current="page">{pick(m.name, m.nameEn)}</li>
        </ol>
      </nav>
      <h1>
        {pick(m.fullName, m.nameEn)}
        {lang === 'en' && m.nameEn && (
          <small lang="ja" class="h1-ja">
            {' '}
            {m.fullName}
          </small>
        )}
      </h1>
      <p class="subtitle">
        {t(municipalityKindLabel(m.kind))} · {pick(m.country.nameJa, m.country.nameEn)}
      </p>
      <dl class="reference">
        {m.reading && (
          <div>
            <dt>{t('reading')}</dt>
            <dd lang="ja">
              {m.reading} {m.romanized && <span lang="ja-Latn">({m.romanized})</span>}
            </dd>
          </div>
        )}
        {m.nameEn && lang === 'ja' && (
          <div>
            <dt>{t('nameEn')}</dt>
            <dd lang="en">{m.nameEn}</dd>
          </div>
        )}
        {m.code && (
          <div>
            <dt>{t('localGovCode')}</dt>
            <dd>{m.code}</dd>
          </div>
        )}
        {m.location && (
          <div>
            <dt>{t('location')}</dt>
            <dd>
              {num(m.location.lat, 4)}, {num(m.location.lng, 4)}
            </dd>
          </div>
        )}
        {m.homepage && (
          <div>
            <dt>{t('homepage')}</dt>
            <dd class="url">
              <a href={m.homepage} rel="noopener noreferrer external">
                {m.homepage}
              </a>
            </dd>
          </div>
        )}
        {m.referenceGaps.map((g) => (
          <div key={g.field}>
            <dt>{t('noField', { field: g.field.toLowerCase() })}</dt>
            <dd>{g.reason}</dd>
          </div>
        ))}
      </dl>
      {m.successor && (
        <p class="notice">
          {t('mergedInto')} <PlaceLink p={m.successor} />
        </p>
      )}
      {m.predecessors.length > 0 && (
        <p>
          {t('predecessors')}{' '}
          {m.predecessors.map((p, i) => (
            <span key={p.id}>
              {i > 0 && '、'}
              <PlaceLink p={p} />
            </span>
          ))}
        </p>
      )}
      <div class="columns">
        <section aria-labelledby="m-figures">
          <h2 id="m-figures">{t('figuresInNetwork')}</h2>
          {figures ? (
            <dl class="figures">
              <dt>{t('degree')}</dt>
              <dd data-testid="degree">{num(figures.degree)}</dd>
              <dt>{t('weightedDegree')}</dt>
              <dd>{num(figures.weightedDegree)}</dd>
              <dt>{t('betweenness')}</dt>
              <dd>{num(figures.betweenness, 4)}</dd>
              <dt>{t('closeness')}</dt>
              <dd>{num(figures.closeness, 3)}</dd>
              <dt>PageRank</dt>
              <dd>{num(figures.pageRank, 4)}</dd>
              <dt>{t('community')}</dt>
              <dd>{t('communityN', { n: figures.community })}</dd>
            </dl>
          ) : (
            <p>{t('notAParty')}</p>
          )}
        </section>
        <section aria-labelledby="m-ego">
          <h2 id="m-ego">{t('egoNetwork')}</h2>
          <div class="depth" role="group" aria-label={t('depth')}>
            {([1, 2] as const).map((d) => (
              <button
                key={d}
                type="button"
                aria-pressed={depth === d}
                onClick={() => navigate(withQuery(location.pathname, { depth: d === 1 ? undefined : '2' }), { replace: true })}
              >
                {t('depthN', { n: d })}
              </button>
            ))}
          </div>
          {m.network.nodes.length > 1 ? (
            <EgoNetwork
              network={m.network}
              centre={m.id}
              label={t('egoLabel', { name: m.fullName, nodes: m.network.figures.nodeCount, depth })}
            />
          ) : (
            <p>{t('noPartners')}</p>
          )}
          {refreshing && <p class="loading">{t('loading')}</p>}
        </section>
      </div>
      <section aria-labelledby="m-agreements">
        <h2 id="m-agreements">{t('agreementsN', { n: m.agreements.totalCount })}</h2>
        {m.agreements.totalCount > 0 ? <AgreementsTable rows={m.agreements.nodes} /> : <p>{t('noAgreements')}</p>}
      </section>
      {m.partners.length > 0 && (
        <section aria-labelledby="m-partners">
          <h2 id="m-partners">{t('partnersN', { n: m.partners.length })}</h2>
          <ul class="partners">
            {m.partners.map((p) => (
              <li key={p.id}>
                <PlaceLink p={p} /> <small>{p.country.code}</small>
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.children.length > 0 && (
        <section aria-labelledby="m-children">
          <h2 id="m-children">{t('childrenN', { n: m.children.length })}</h2>
          <ul class="partners">
            {m.children.map((p) => (
              <li key={p.id}>
                <PlaceLink p={p} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.contacts.length > 0 && (
        <section aria-labelledby="m-contacts">
          <h2 id="m-contacts">{t('contacts')}</h2>
          <ul class="contacts">
            {m.contacts.map((c) => (
              <li key={c.id}>
                {c.department ?? '—'}{' '}
                {c.phone && (
                  <span>
                    ☎ {c.phone}
                    {c.extension && ` (${t('extension')} ${c.extension})`}
                  </span>
                )}{' '}
                {c.email && <span>✉ {c.email}</span>}{' '}
                <small>
                  · <a href={`/agreements/${c.agreement.id}`}>{c.agreement.title}</a>
                </small>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
