/** The frame of every view (header with navigation, search and language) and the routes. */
import { useEffect } from 'preact/hooks';
import { useI18n } from './i18n';
import { useLocation } from './router';
import { Search } from './components/Search';
import { NetworkView } from './views/network/NetworkView';
import { LazyMapView } from './views/map/LazyMapView';
import { MunicipalityView } from './views/municipality/MunicipalityView';
import { AgreementView } from './views/agreement/AgreementView';
import { SurveyView } from './views/survey/SurveyView';
import { NotFound } from './views/NotFound';

function route(path: string, query: URLSearchParams) {
  if (path === '/') return <NetworkView query={query} />;
  if (path === '/map') return <LazyMapView query={query} />;
  if (path === '/survey') return <SurveyView />;
  const m = /^\/(municipalities|agreements)\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  if (m?.[1] === 'municipalities') return <MunicipalityView key={m[2]} id={m[2]} query={query} />;
  if (m?.[1] === 'agreements') return <AgreementView key={m[2]} id={m[2]} />;
  return <NotFound />;
}

export function App() {
  const { path, query } = useLocation();
  const { t, lang, setLang } = useI18n();
  useEffect(() => {
    document.title = t('appTitle');
  }, [path, lang]);
  const nav = [
    ['/', t('navNetwork')],
    ['/map', t('navMap')],
    ['/survey', t('navSurvey')],
  ] as const;
  return (
    <>
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header class="top">
        <a class="brand" href="/">
          <span lang="ja">提携グラフ</span> <span lang="en">Teikei Graph</span>
        </a>
        <nav aria-label={t('mainNav')}>
          <ul>
            {nav.map(([href, label]) => (
              <li key={href}>
                <a href={href} aria-current={path === href ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
            <li>
              <a href="/graphql">GraphQL</a>
            </li>
          </ul>
        </nav>
        <Search />
        <button type="button" class="lang" onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')} lang={lang === 'ja' ? 'en' : 'ja'}>
          {lang === 'ja' ? 'English' : '日本語'}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {route(path, query)}
      </main>
    </>
  );
}
