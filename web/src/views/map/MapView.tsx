/** The map view: waits for the API's coordinates (#12); until then it says so. */
import { useI18n } from '../../i18n';

export function MapView() {
  const { t } = useI18n();
  return (
    <article class="page map" data-testid="map-page">
      <h1>{t('navMap')}</h1>
      <p>{t('loading')}</p>
    </article>
  );
}
