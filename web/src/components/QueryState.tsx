/** What a view shows while its data loads or when the API fails: words and a retry, never a blank. */
import type { CombinedError } from '@urql/core';
import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function ApiError({ error, retry }: { error: CombinedError; retry: () => void }) {
  const { t } = useI18n();
  const reason = error.networkError ? t('errorNetwork') : error.graphQLErrors.map((e) => e.message).join(' ');
  return (
    <div class="error" role="alert">
      <p>
        <strong>{t('errorTitle')}</strong> {reason}
      </p>
      <button type="button" onClick={retry}>
        {t('retry')}
      </button>
    </div>
  );
}
