/**
 * Turning a sheet's free-text field (HTML fragments, bullets, numbered lines) into
 * plain text and into items. Pure functions over strings; no knowledge of sheets.
 */
import { splitBulletRun } from './bullet-runs';
import { cleanText, emptyToNull } from './normalize';

/** Remove HTML tags, turning block ends into line breaks; decode the few entities the source has. */
export function stripHtml(html: string): string {
  return html
    .replace(/<\s*(br|\/p|\/li|li|\/ul|ul|\/ol|ol|p)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/**
 * A `<ul>` run of ・ items, which the extraction printed on one line, as one line per item
 * (`splitBulletRun` tells a bullet from a ・ inside a name: 「釜山・上海・大阪」).
 */
function bulletRunsAsLines(html: string): string {
  return html.replace(/(<\s*ul\b[^>]*>)([^<]*)/gi, (all, tag: string, run: string) =>
    /^\s*・/.test(run)
      ? `${tag}\n${splitBulletRun(run)
          .map((item) => `・${item}`)
          .join('\n')}\n`
      : all,
  );
}

/**
 * A field as plain text: HTML removed, noise cleaned, `--` → null. A list is one line per
 * item with its ・ whichever way the sheet marks it: the "- " that the extraction puts before
 * each line of a PDF list and the space after a bullet go, a `<ul>` run is split into lines.
 */
export function plainText(raw: string): string | null {
  const text = cleanText(stripHtml(bulletRunsAsLines(raw)))
    .split('\n')
    .map((l) =>
      l
        .trim()
        .replace(/^-\s+/, '')
        .replace(/^・\s+/, '・'),
    )
    .filter((l) => l !== '' && !/^[-－]+$/.test(l))
    .join('\n');
  return emptyToNull(text);
}

/** (5) 成果・課題等 split where the sheet marks 【成果】 and 【課題】/【課題等】. */
export function splitOutcomes(raw: string): { outcomes: string | null; challenges: string | null } {
  const text = plainText(raw);
  if (!text) return { outcomes: null, challenges: null };
  if (!/【(成果|課題等?)】/.test(text)) return { outcomes: text, challenges: null };
  const parts: Record<'成果' | '課題', string[]> = { 成果: [], 課題: [] };
  let current: '成果' | '課題' = '成果';
  let last = 0;
  const lead = text.slice(0, text.search(/【(成果|課題等?)】/)).trim();
  if (lead) parts.成果.push(lead);
  for (const m of text.matchAll(/【(成果|課題等?)】/g)) {
    const before = text.slice(last, m.index).trim();
    if (last > 0 && before) parts[current].push(before);
    current = m[1] === '成果' ? '成果' : '課題';
    last = (m.index ?? 0) + m[0].length;
  }
  const tail = text.slice(last).trim();
  if (tail) parts[current].push(tail);
  const join = (xs: string[]) => emptyToNull(xs.join('\n'));
  return { outcomes: join(parts.成果), challenges: join(parts.課題) };
}

const URL = /https?:\/\/[^\s<>"'、，）)」]+/g;

/** A URL of (6) with the words the sheet writes beside it (（協定書締結に係る報道発表資料を掲載）, 【京都府HP】). */
export interface Link {
  url: string;
  caption: string | null;
}

/**
 * Every URL of a (6) field with its caption: text before a URL on its line is that URL's
 * caption; text after the last URL of a line, or on a line without a URL, belongs to the URL
 * before it. Brackets around a caption are the sheet's and stay.
 */
export function extractLinks(raw: string): Link[] {
  const text = stripHtml(raw.replace(/<(https?:\/\/[^>\s]+)>/g, ' $1 '));
  const links: Link[] = [];
  const addCaption = (link: Link | undefined, words: string) => {
    const c = cleanText(words).trim();
    if (!link || !c || /^[-－]+$/.test(c)) return;
    link.caption = link.caption ? `${link.caption} ${c}` : c;
  };
  for (const line of text.split('\n')) {
    let last = 0;
    let pending = '';
    for (const m of line.matchAll(URL)) {
      const url = m[0].replace(/[。.,]+$/, '');
      const before = line.slice(last, m.index);
      last = (m.index ?? 0) + m[0].length;
      const link: Link = { url, caption: null };
      addCaption(link, pending + before);
      pending = '';
      links.push(link);
    }
    addCaption(links[links.length - 1], line.slice(last));
  }
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.url) && seen.add(l.url));
}

/** Every URL in a (6) field, without the angle brackets, labels or HTML around them. */
export function extractUrls(raw: string): string[] {
  return extractLinks(raw).map((l) => l.url);
}
