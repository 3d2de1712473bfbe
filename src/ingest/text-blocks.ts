/**
 * Turning a sheet's free-text field (HTML fragments, bullets, numbered lines) into
 * plain text and into items. Pure functions over strings; no knowledge of sheets.
 */
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

/** A field as plain text: HTML removed, noise cleaned, `--` → null. */
export function plainText(raw: string): string | null {
  const text = cleanText(stripHtml(raw))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^[-－]+$/.test(l))
    .join('\n');
  return emptyToNull(text);
}

/**
 * Split a run of "・"-bulleted text into items. The same dot also joins words
 * (訪問・受入れ, 小・中学校), so a one-character piece binds to the next piece and a
 * piece of two or three characters binds to the previous one.
 */
export function splitBullets(line: string): string[] {
  const pieces = line.split('・').map((p) => p.trim());
  const items: string[] = [];
  let carry = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    const text = carry ? `${carry}・${piece}` : piece;
    carry = '';
    if (piece.length === 1) {
      carry = text;
    } else if (piece.length <= 3 && items.length > 0 && text === piece) {
      items[items.length - 1] += `・${piece}`;
    } else {
      items.push(text);
    }
  }
  if (carry) items.push(carry);
  return items;
}

/** Leading list markers: "- ・", "・", "1.", "(1)", "①", "〇". */
const MARKER = /^(?:-\s*)?(?:[・･]\s*|\d{1,2}[.)．]\s+|\(\d{1,2}\)\s*|[①-⑳]\s*)/;

/** Period heading inside (4): ○現在実施している取組内容 / 【過去に実施した取組内容】. */
const PERIOD_HEADING = /^[○〇【]?\s*(現在実施している|過去に実施した)取組内容】?$/;

export type { Period } from '../records/records';
import type { Period } from '../records/records';

export interface Item {
  text: string;
  period: Period | null;
}

/**
 * Split (4) 取組内容 into activity items. Lines are items; a line holding several
 * "・" bullets is split further; period headings set the period of what follows.
 */
export function splitItems(raw: string): Item[] {
  const text = plainText(raw);
  if (!text) return [];
  const items: Item[] = [];
  let period: Period | null = null;
  for (const line of text.split('\n')) {
    const heading = PERIOD_HEADING.exec(line.trim());
    if (heading) {
      period = heading[1] === '現在実施している' ? 'CURRENT' : 'PAST';
      continue;
    }
    const bulleted = /^(?:-\s*)?[・･]/.test(line);
    const parts = bulleted ? splitBullets(line.replace(/^-\s*/, '')) : [line];
    for (const part of parts) {
      const item = part.replace(MARKER, '').trim();
      if (item) items.push({ text: item, period });
    }
  }
  return items;
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

/** Every URL in a (6) field, without the angle brackets, labels or HTML around them. */
export function extractUrls(raw: string): string[] {
  const text = stripHtml(raw.replace(/<(https?:\/\/[^>\s]+)>/g, ' $1 '));
  const urls = text.match(/https?:\/\/[^\s<>"'、，）)」]+/g) ?? [];
  return [...new Set(urls.map((u) => u.replace(/[。.,]+$/, '')))];
}
