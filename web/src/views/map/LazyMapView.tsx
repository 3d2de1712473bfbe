/** The map's code (d3-geo and the world's shapes) loads only when the map is opened: the first view stays small. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { Loading } from '../../components/QueryState';

type MapComponent = ComponentType<{ query: URLSearchParams }>;

export function LazyMapView({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const [view, setView] = useState<{ Map: MapComponent } | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void import('./MapView').then(
      (m) => setView({ Map: m.default }),
      () => setFailed(true),
    );
  }, [attempt]);
  if (view) return <view.Map query={query} />;
  if (failed)
    return (
      <div class="error" role="alert">
        <p>{t('mapLoadFailed')}</p>
        <button
          type="button"
          onClick={() => {
            setFailed(false);
            setAttempt(attempt + 1);
          }}
        >
          {t('retry')}
        </button>
      </div>
    );
  return <Loading />;
}
