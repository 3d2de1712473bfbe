/** An unknown address or id: says so and offers a search (the server answers such URLs with 404). */
import { useI18n } from '../i18n';
import { Search } from '../components/Search';

export function NotFound() {
  const { t } = useI18n();
  return (
    <div class="page not-found" data-testid="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <Search autoFocus />
      <p>
        <a href="/">{t('backToNetwork')}</a>
      </p>
    </div>
  );
}
