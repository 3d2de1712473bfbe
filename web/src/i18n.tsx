/**
 * Interface labels in Japanese and English. The language comes from the visitor's choice
 * (kept in localStorage), else from the browser's language; data stays as the source writes it,
 * with English names where the API has them.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LABELS, type LabelKey } from './labels';

type Lang = 'ja' | 'en';

const STORE = 'teikei-lang';

function initialLang(): Lang {
  const stored = localStorage.getItem(STORE);
  if (stored === 'ja' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** A label, with {name} placeholders filled from `vars`. */
  t: (key: LabelKey, vars?: Record<string, string | number>) => string;
  /** Japanese or English of a pair, by the interface language (the Japanese when no English is given). */
  pick: (ja: string, en: string | null | undefined) => string;
  /** A number in the interface language's format. */
  num: (n: number, digits?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value: I18n = {
    lang,
    setLang(l) {
      localStorage.setItem(STORE, l);
      setLangState(l);
    },
    t(key, vars) {
      let s: string = LABELS[key][lang];
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      return s;
    },
    pick: (ja, en) => (lang === 'en' && en ? en : ja),
    num: (n, digits) =>
      n.toLocaleString(
        lang === 'ja' ? 'ja-JP' : 'en-GB',
        digits == null ? undefined : { maximumFractionDigits: digits, minimumFractionDigits: digits },
      ),
  };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
