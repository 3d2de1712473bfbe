/**
 * (4) 取組内容 → activity items, from the sheet's own list structure:
 * - a line that starts with a marker (・, "- ", ア., (1), ①, ○) starts an item; the PDF kept
 *   those line breaks, so such a line is one whole item;
 * - an HTML bullet run (`<ul>・A・B`) lost its line breaks and is split by `splitBulletRun`;
 * - a lettered run on one line ("ア … イ … ウ …") is split at its letters, in order;
 * - a line without a marker after a marked item (indented detail, "— …", "/ …", a <p> under
 *   a bullet) belongs to that item; before any marked item it is an item of its own;
 * - a period heading (現在実施している / 過去に実施した取組内容) sets the period of what
 *   follows; another heading alone on its line (【平成24年7月】) is the heading of what follows;
 * - 「なし」 (nothing) is no activity.
 */
import type { Period } from '../records/records';
import { splitBulletRun } from './bullet-runs';
import { cleanText } from './normalize';

export interface ActivityItem {
  text: string;
  period: Period | null;
  /** The heading the sheet puts the item under (【平成24年7月】), or null. */
  heading: string | null;
  /** 1-based source line the item starts on. */
  line: number;
}

/** Period heading inside (4): ○現在実施している取組内容 / 【過去に実施した取組内容】. */
const PERIOD_HEADING = /^[○〇【]?\s*(現在実施している|過去に実施した)取組内容】?$/;
/** A heading alone on its line. */
const HEADING = /^【[^】]+】$/;
/** Letters of a lettered list, in order. */
const LETTERS = 'アイウエオカキクケコ';
/** Markers that start an item; the marker is not part of the item's text. */
const MARKER = /^(?:[・･○〇]\s*|[アイウエオカキクケコ][.．]?\s+|\(\d{1,2}\)\s*|[①-⑳]\s*|\d{1,2}[.．]\s+)/;
const LINE_MARK = /^-\s+/;
/** The sheet's word for "no activity". */
const NOTHING = /^(?:なし|特になし)$/;

interface Segment {
  text: string;
  line: number;
  /** From an HTML list (`<ul>`), where line breaks were lost. */
  inList: boolean;
  /** The line starts with the extraction's "- " list mark. */
  marked: boolean;
}

/** A field's raw lines as segments: HTML blocks become segments of their own. */
function segments(lines: string[], firstLine: number): Segment[] {
  const out: Segment[] = [];
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    let inList = false;
    for (const part of raw.split(/(<[^>]+>)/)) {
      if (part.startsWith('<')) {
        if (/^<\s*ul\b/i.test(part)) inList = true;
        else if (/^<\s*(p|\/ul|ol)\b/i.test(part)) inList = false;
        continue;
      }
      const decoded = part
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
      const cleaned = cleanText(decoded);
      if (cleaned === '' || /^[-－]+$/.test(cleaned)) continue;
      const marked = LINE_MARK.test(cleaned);
      out.push({ text: cleaned.replace(LINE_MARK, ''), line, inList, marked });
    }
  });
  return out;
}

/** "ア A イ B ウ C" → [A, B, C] when the letters follow in order; otherwise null. */
function splitLettered(text: string): string[] | null {
  if (!/^ア[.．]?\s/.test(text)) return null;
  const items: string[] = [];
  let rest = text;
  for (let n = 1; n <= LETTERS.length; n++) {
    const next = n < LETTERS.length ? new RegExp(`\\s${LETTERS[n]}[.．]?\\s`).exec(rest) : null;
    if (!next) {
      items.push(rest);
      break;
    }
    items.push(rest.slice(0, next.index));
    rest = rest.slice(next.index + 1);
  }
  return items.length > 1 ? items.map((x) => x.replace(MARKER, '').trim()) : null;
}

/** Split (4) 取組内容 into activity items. */
export function splitActivities(lines: string[], firstLine: number): ActivityItem[] {
  const segs = segments(lines, firstLine);
  if (segs.length === 1 && NOTHING.test(segs[0].text)) return [];
  const items: ActivityItem[] = [];
  let period: Period | null = null;
  let heading: string | null = null;
  let lastMarked = false;
  const push = (text: string, line: number, marked: boolean) => {
    const t = text.replace(MARKER, '').trim();
    if (t) items.push({ text: t, period, heading, line });
    lastMarked = marked;
  };
  for (const seg of segs) {
    const text = seg.text.trim();
    const p = PERIOD_HEADING.exec(text);
    if (p) {
      period = p[1] === '現在実施している' ? 'CURRENT' : 'PAST';
      heading = null;
      lastMarked = false;
      continue;
    }
    if (HEADING.test(text)) {
      heading = text;
      lastMarked = false;
      continue;
    }
    if (/^[・･]/.test(text) && seg.inList) {
      for (const item of splitBulletRun(text)) push(item, seg.line, true);
      continue;
    }
    const lettered = splitLettered(text);
    if (lettered) {
      for (const item of lettered) push(item, seg.line, true);
      continue;
    }
    const startsItem = seg.marked || MARKER.test(text) || /^[○〇]/.test(text);
    if (!startsItem && lastMarked && items.length > 0) {
      // Detail of the item above ("— …", "/ …", an indented line, a paragraph under a bullet).
      items[items.length - 1].text += `\n${text}`;
      continue;
    }
    push(text, seg.line, startsItem);
  }
  return items;
}
