/** The survey: the CLAIR document's summary tables as charts, computed from the data, and the known issues in the source with their lines. */
import { useQuery } from '@urql/preact';
import { SurveyDocument } from '../../generated/graphql';
import { SURVEY_DOCUMENT } from '../../documents';
import { useI18n } from '../../i18n';
import { ApiError, Loading } from '../../components/QueryState';
import { BarChart } from './BarChart';

export function SurveyView() {
  const { t, pick, num } = useI18n();
  const [result, reexecute] = useQuery({ query: SurveyDocument, variables: { source: SURVEY_DOCUMENT } });
  if (result.error) return <ApiError error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const { stats, findings, documents } = result.data;
  const survey = documents.find((d) => d.file === SURVEY_DOCUMENT);
  const totals = stats.totals;
  return (
    <article class="page survey" data-testid="survey-page">
      <h1>{t('surveyTitle')}</h1>
      <p class="subtitle">
        {survey && (
          <>
            {survey.publisher} {survey.year && `(${survey.year})`} 「{pick(survey.title, survey.titleEn)}」{' '}
          </>
        )}
        <code>{SURVEY_DOCUMENT}</code>
      </p>
      <dl class="totals">
        <div>
          <dt>{t('listingsTotal')}</dt>
          <dd>{num(totals.listings)}</dd>
        </div>
        <div>
          <dt>{t('agreementsTotal')}</dt>
          <dd>{num(totals.agreements)}</dd>
        </div>
        <div>
          <dt>{t('multilateralListings')}</dt>
          <dd>{num(totals.multilateral)}</dd>
        </div>
        <div>
          <dt>{t('oneToOneListings')}</dt>
          <dd>{num(totals.oneToOne)}</dd>
        </div>
        <div>
          <dt>{t('relistedListings')}</dt>
          <dd>
            {num(totals.relisted)} <small>({t('markedN', { n: totals.markedRelisted })})</small>
          </dd>
        </div>
        <div>
          <dt>{t('parties')}</dt>
          <dd>{num(totals.municipalities)}</dd>
        </div>
      </dl>
      <div class="columns">
        <BarChart
          testId="by-category"
          caption={t('byCategory')}
          labelHeader={t('categories')}
          valueLabel={t('listings')}
          partLabel={t('multilateral')}
          bars={stats.byCategory.map((c) => ({
            key: String(c.category.code),
            label: `${c.category.code}. ${pick(c.category.name, c.category.nameEn)}`,
            value: c.listings,
            part: c.multilateral,
          }))}
        />
        <BarChart
          testId="by-country"
          caption={t('byCountry')}
          labelHeader={t('country')}
          valueLabel={t('listings')}
          partLabel={t('relisted')}
          bars={stats.byCountry.map((c) => ({
            key: c.country.code,
            label: pick(c.country.nameJa, c.country.nameEn),
            value: c.listings,
            part: c.relisted,
          }))}
        />
      </div>
      <section aria-labelledby="findings-title">
        <h2 id="findings-title">{t('findingsTitle', { n: findings.length })}</h2>
        <p>{t('findingsIntro')}</p>
        <ul class="findings" data-testid="findings">
          {findings.map((f) => (
            <li key={f.key}>
              <p>
                <code>{f.key}</code> <span class="tag">{f.action}</span>
              </p>
              <p>{f.reason}</p>
              <ol class="source-lines">
                {f.sources.flatMap((s) =>
                  s.lines.map((l) => (
                    <li key={l.number} value={l.number}>
                      <span class="ln" aria-hidden="true">
                        {l.number}
                      </span>
                      <span class="text">{l.text || '\u00a0'}</span>
                    </li>
                  )),
                )}
              </ol>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
