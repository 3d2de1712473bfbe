/**
 * Search in the header (the API's `search`): results grouped by type, as an ARIA combobox:
 * arrows move, Enter opens, Escape closes.
 */
import { useQuery } from '@urql/preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { SearchDocument, type SearchQuery } from '../generated/graphql';
import { useI18n } from '../i18n';
import type { LabelKey } from '../labels';
import { navigate } from '../router';

type Hit = SearchQuery['search'][number];
interface Option {
  href: string;
  text: string;
  detail: string;
}

const GROUPS: Array<[Hit['__typename'], LabelKey]> = [
  ['Municipality', 'groupMunicipalities'],
  ['Agreement', 'groupAgreements'],
  ['Activity', 'groupActivities'],
];

export function Search({ autoFocus = false, initial = '' }: { autoFocus?: boolean; initial?: string }) {
  const { t, pick } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial);
  const [debounced, setDebounced] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const [result, reexecute] = useQuery({ query: SearchDocument, variables: { text: debounced, first: 20 }, pause: !debounced });

  const optionOf = (h: Hit): Option => {
    if (h.__typename === 'Municipality')
      return { href: `/municipalities/${h.id}`, text: pick(h.fullName, h.nameEn), detail: pick(h.country.nameJa, h.country.nameEn) };
    if (h.__typename === 'Agreement') return { href: `/agreements/${h.id}`, text: h.title, detail: h.signedOn?.iso ?? '' };
    return { href: `/agreements/${h.agreement.id}`, text: h.text, detail: h.agreement.title };
  };
  const hits = debounced ? (result.data?.search ?? []) : [];
  const groups = GROUPS.map(([type, label]) => ({ label, options: hits.filter((h) => h.__typename === type).map(optionOf) })).filter(
    (g) => g.options.length,
  );
  const flat = groups.flatMap((g) => g.options);
  const expanded = open && !!debounced;
  const choose = (o: Option | undefined) => {
    if (!o) return;
    setOpen(false);
    navigate(o.href);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, flat.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(flat[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  let index = -1;
  return (
    <div class="search" role="search">
      <label for={`${id}-input`} class="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && flat.length ? `${id}-opt-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={text}
        autoFocus={autoFocus}
        autoComplete="off"
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <div id={`${id}-list`} role="listbox" aria-label={t('searchResults')} class="search-results" hidden={!expanded}>
        {result.error && (
          <p class="search-note" role="alert">
            {t('errorTitle')}{' '}
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('retry')}
            </button>
          </p>
        )}
        {!result.error && result.fetching && <p class="search-note">{t('loading')}</p>}
        {!result.error && !result.fetching && result.data && !flat.length && (
          <p class="search-note">{t('noResults', { text: debounced })}</p>
        )}
        {groups.map((g) => (
          <div role="group" aria-label={t(g.label)} key={g.label}>
            <div class="search-group" aria-hidden="true">
              {t(g.label)}
            </div>
            {g.options.map((o) => {
              index++;
              const i = index;
              return (
                <div
                  key={`${o.href}-${i}`}
                  id={`${id}-opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  class={i === active ? 'option active' : 'option'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(o)}
                  onMouseEnter={() => setActive(i)}
                >
                  <span class="option-text">{o.text}</span>
                  {o.detail && <small>{o.detail}</small>}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
