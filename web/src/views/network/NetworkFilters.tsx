/** The network's filters: projection, colouring, categories, country, multilateral, source. Each change is a new URL. */
import type { FilterOptionsQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import type { NetworkParams } from './network-params';

interface Props {
  params: NetworkParams;
  options: FilterOptionsQuery | undefined;
  update: (changes: Partial<NetworkParams>) => void;
}

export function NetworkFilters({ params, options, update }: Props) {
  const { t, pick, lang } = useI18n();
  const toggleCategory = (code: number) =>
    update({
      categories: params.categories.includes(code)
        ? params.categories.filter((c) => c !== code)
        : [...params.categories, code].sort((a, b) => a - b),
    });
  const countries = [...(options?.countries ?? [])].sort((a, b) => pick(a.nameJa, a.nameEn).localeCompare(pick(b.nameJa, b.nameEn), lang));
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('projection')}</legend>
        {(['MUNICIPALITY', 'BIPARTITE'] as const).map((p) => (
          <label key={p}>
            <input type="radio" name="projection" checked={params.projection === p} onChange={() => update({ projection: p })} />
            {t(p === 'MUNICIPALITY' ? 'projectionMunicipality' : 'projectionBipartite')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('colourBy')}</legend>
        {(['community', 'country'] as const).map((c) => (
          <label key={c}>
            <input type="radio" name="colour" checked={params.colour === c} onChange={() => update({ colour: c })} />
            {t(c === 'community' ? 'community' : 'country')}
          </label>
        ))}
      </fieldset>
      <fieldset class="categories">
        <legend>{t('categories')}</legend>
        {(options?.categories ?? []).map((c) => (
          <label key={c.code}>
            <input type="checkbox" checked={params.categories.includes(c.code)} onChange={() => toggleCategory(c.code)} />
            {pick(c.name, c.nameEn)}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t('country')}</span>
        <select
          value={params.countries[0] ?? ''}
          onChange={(e) => update({ countries: e.currentTarget.value ? [e.currentTarget.value] : [] })}
        >
          <option value="">{t('allCountries')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {pick(c.nameJa, c.nameEn)} ({c.code})
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('multilateral')}</span>
        <select
          value={params.multilateral == null ? '' : String(params.multilateral)}
          onChange={(e) => update({ multilateral: e.currentTarget.value === '' ? null : e.currentTarget.value === 'true' })}
        >
          <option value="">{t('anyParties')}</option>
          <option value="true">{t('multilateralOnly')}</option>
          <option value="false">{t('bilateralOnly')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('source')}</span>
        <select value={params.source ?? ''} onChange={(e) => update({ source: e.currentTarget.value || null })}>
          <option value="">{t('allSources')}</option>
          {(options?.documents ?? []).map((d) => (
            <option key={d.file} value={d.file}>
              {pick(d.title, d.titleEn)}
            </option>
          ))}
        </select>
      </label>
      <p>
        <a href="/">{t('resetFilters')}</a>
      </p>
    </form>
  );
}
