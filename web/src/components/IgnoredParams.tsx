/** Says which URL parameters a view ignored because they did not parse. */
import { useI18n } from '../i18n';
import type { LabelKey } from '../labels';

export interface IgnoredParam {
  name: string;
  value: string;
  reason: string;
}

export function IgnoredParams({ ignored }: { ignored: IgnoredParam[] }) {
  const { t } = useI18n();
  if (!ignored.length) return null;
  return (
    <div class="notice" role="status" data-testid="ignored">
      {t('ignoredParams')}{' '}
      {ignored.map((i, n) => (
        <span key={`${i.name}=${i.value}`}>
          {n > 0 && '; '}
          <code>
            {i.name}={i.value}
          </code>{' '}
          ({t(`bad_${i.reason}` as LabelKey)})
        </span>
      ))}
    </div>
  );
}
