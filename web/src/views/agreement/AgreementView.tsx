/** An agreement's page: the parsed fields beside the sheet's own lines from the source, and a citation with its stable URL. */
import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { AgreementDocument, type AgreementQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { agreementKindLabel } from '../../labels';
import { ApiError, Loading } from '../../components/QueryState';
import { NotFound } from '../NotFound';

type A = Extract<NonNullable<AgreementQuery['node']>, { __typename: 'Agreement' }>;

export function AgreementView({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: AgreementDocument, variables: { id } });
  if (result.error) return <ApiError error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const a = result.data.node;
  if (a?.__typename !== 'Agreement') return <NotFound />;
  return <AgreementPage a={a} />;
}

function Field({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function AgreementPage({ a }: { a: A }) {
  const { t, pick } = useI18n();
  const doc = a.source.documentInfo;
  const sides = (['DOMESTIC', 'FOREIGN'] as const)
    .map((side) => ({ side, parties: a.parties.filter((p) => p.side === side) }))
    .filter((s) => s.parties.length);
  const periods = [
    ['CURRENT', 'activitiesCurrent'],
    ['PAST', 'activitiesPast'],
    [null, 'activities'],
  ] as const;
  return (
    <article class="page agreement" data-testid="agreement-page">
      <p class="subtitle">
        {t(agreementKindLabel(a.kind))}
        {a.titleKind && ` · ${a.titleKind}`}
        {a.multilateral && ` · ${t('multilateralAgreement', { n: a.parties.length })}`}
      </p>
      <h1>{a.title}</h1>
      <div class="agreement-columns">
        <section aria-labelledby="a-fields" class="parsed">
          <h2 id="a-fields">{t('parsedFields')}</h2>
          <dl class="fields">
            <Field label={t('signedOn')}>
              {a.signedOn ? (
                <>
                  {a.signedOn.text} <small>({a.signedOn.iso})</small>
                </>
              ) : (
                t('undated')
              )}
            </Field>
            {sides.map(({ side, parties }) => (
              <Field key={side} label={t(side === 'DOMESTIC' ? 'partiesDomestic' : 'partiesForeign')}>
                <ul>
                  {parties.map((p) => (
                    <li key={p.position}>
                      <a href={`/municipalities/${p.municipality.id}`}>{pick(p.municipality.fullName, p.municipality.nameEn)}</a>{' '}
                      <small>
                        {pick(p.municipality.country.nameJa, p.municipality.country.nameEn)}
                        {p.written !== p.municipality.fullName && ` · ${t('writtenAs')} ${p.written}`}
                      </small>
                    </li>
                  ))}
                </ul>
              </Field>
            ))}
            <Field label={t('listings')}>
              <ul>
                {a.listings.map((l) => (
                  <li key={l.id}>
                    {l.category.code}.{l.number} {pick(l.category.name, l.category.nameEn)}
                    {l.relisted && <span class="tag">{t('relisted')}</span>}
                    {l.markedRelisted && <span class="tag">【再掲】</span>} <small>{t('lineN', { n: l.source.line })}</small>
                  </li>
                ))}
              </ul>
            </Field>
            {a.background && <Field label={t('background')}>{a.background}</Field>}
            {periods.map(([period, label]) => {
              const items = a.activities.filter((x) => (x.period ?? null) === period);
              return (
                items.length > 0 && (
                  <Field key={label} label={t(label)}>
                    <ul>
                      {items.map((x) => (
                        <li key={x.id}>{x.text}</li>
                      ))}
                    </ul>
                  </Field>
                )
              );
            })}
            {a.outcomes && <Field label={t('outcomes')}>{a.outcomes}</Field>}
            {a.challenges && <Field label={t('challenges')}>{a.challenges}</Field>}
            {a.urls.length > 0 && (
              <Field label="URL">
                <ul>
                  {a.urls.map((u) => (
                    <li key={u} class="url">
                      <a href={u} rel="noopener noreferrer external">
                        {u}
                      </a>
                    </li>
                  ))}
                </ul>
              </Field>
            )}
            {a.contacts.length > 0 && (
              <Field label={t('contacts')}>
                <ul>
                  {a.contacts.map((c) => (
                    <li key={c.id}>
                      {c.municipality && <>{c.municipality.fullName} · </>}
                      {c.department ?? '—'} {c.phone && `☎ ${c.phone}`}
                      {c.extension && ` (${t('extension')} ${c.extension})`} {c.email && `✉ ${c.email}`}
                    </li>
                  ))}
                </ul>
              </Field>
            )}
          </dl>
        </section>
        <section aria-labelledby="a-source" class="source">
          <h2 id="a-source">{t('sourceTitle')}</h2>
          <p data-testid="source-ref">
            {doc ? pick(doc.title, doc.titleEn) : ''} <code>{a.source.document}</code> {t('lineN', { n: a.source.line })}
          </p>
          {a.source.lines.length > 0 ? (
            <ol class="source-lines" start={a.source.lines[0].number} aria-label={t('sourceLines')} tabIndex={0}>
              {a.source.lines.map((l) => (
                <li key={l.number} value={l.number}>
                  <span class="ln" aria-hidden="true">
                    {l.number}
                  </span>
                  <span class="text">{l.text || '\u00a0'}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('noSourceCopy')}</p>
          )}
        </section>
      </div>
      <Cite a={a} />
    </article>
  );
}

function Cite({ a }: { a: A }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const url = `${location.origin}/agreements/${a.id}`;
  const listing = a.listings[0];
  const where = listing ? `${listing.category.code}.${listing.number}, ` : '';
  const doc = a.source.documentInfo;
  // Publisher (year), title of the document, where in it; then this page's stable URL and the day it was read.
  const source = doc ? `${doc.publisher ? `${doc.publisher}${doc.year ? ` (${doc.year})` : ''}. ` : ''}${doc.title}` : a.source.document;
  const text = `「${a.title}」. ${source} (${a.source.document}), ${where}${t('lineN', { n: a.source.line })}. Teikei Graph, ${url} (${new Date().toISOString().slice(0, 10)}).`;
  return (
    <section aria-labelledby="a-cite" class="cite">
      <h2 id="a-cite">{t('citeThis')}</h2>
      <p>
        <code data-testid="citation">{text}</code>
      </p>
      <p>
        {t('stableUrl')} <a href={url}>{url}</a>{' '}
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('copy')}
        </button>{' '}
        <span role="status">{copied ? t('copied') : ''}</span>
      </p>
    </section>
  );
}
