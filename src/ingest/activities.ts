/**
 * (4) 取組内容 → activity items and notes, from the sheet's own list structure:
 * - a line that starts with a marker (・, "- ", ア., (1), ①, ○) starts an item; the PDF kept
 *   those line breaks, so such a line is one whole item;
 * - an HTML bullet run (`<ul>・A・B`) lost its line breaks and is split by `splitBulletRun`; so
 *   is a run of bullets after a heading on a paragraph's line ("…。 【交流実績】 ・派遣 … ・受入 …");
 * - a lettered run on one line ("ア … イ … ウ …") is split at its letters, in order;
 * - a line without a marker after a marked item (indented detail, "— …", "/ …", a <p> under
 *   a bullet) belongs to that item; so does a labelled line ("参加者：…") after any item;
 *   before any marked item an unmarked line is an item of its own;
 * - a period heading (現在実施している / 過去に実施した取組内容) sets the period of what
 *   follows; another heading alone on its line (【平成24年7月】), or a date standing alone
 *   (平成23年8月～9月, 6.3; 平成24年4月22日, 2.10), is the heading of the items after it, up to
 *   the next heading; a heading between a bulleted item and a paragraph without a bullet
 *   (7.21's 【基本方針】) labels that paragraph, detail of the item above, and heads nothing;
 * - a note (※…, or a remark wholly in brackets) is a note on the list when it stands before
 *   the first item (※以下、予定を含む), is all the field says (6.11), or follows the last
 *   bullet of the list (6.6; 8.1's "（※現在、上記の取組はいずれも休止中）"); under an item,
 *   with items after it, it is that item's note and stays in its text (2.10, 2.25);
 * - 「なし」 (nothing) is no activity.
 */
import type { Period } from '../records/records';
import { splitBulletRun } from './bullet-runs';
import { cleanText } from './normalize';

export interface ActivityItem {
  text: string;
  period: Period | null;
  /** The heading the sheet puts the item under (【平成24年7月】, 平成23年8月~9月), or null. */
  heading: string | null;
  /** 1-based source line the item starts on. */
  line: number;
}

/** A remark the sheet makes on its list of activities rather than an activity (※以下、予定を含む). */
export interface ActivityNote {
  text: string;
  line: number;
}

/** Period heading inside (4): ○現在実施している取組内容 / 【過去に実施した取組内容】. */
const PERIOD_HEADING = /^[○〇【]?\s*(現在実施している|過去に実施した)取組内容】?$/;
/** A heading alone on its line. */
const HEADING = /^【[^】]+】$/;
/** A date or a range of dates alone on its line: 平成23年8月~9月, 平成24年4月22日. */
const DATE_ALONE =
  /^(?:平成|昭和|令和)?\d{1,4}年度?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[~～〜](?:(?:平成|昭和|令和)?\d{1,4}年度?)?(?:\d{1,2}月)?(?:\d{1,2}日)?)?$/;
/** A labelled detail line: 参加者：…, 規模：… */
const LABEL = /^[\u3041-\u30FF\u4E00-\u9FFF]{1,6}[：:]/;
/** A note: ※…, or a remark wholly in brackets. */
const NOTE = /^※|^[(（][^()（）]*[)）]$/;
/** A note set apart by a space after the last bullet of a run: "… （※現在、上記の取組はいずれも休止中）". */
const TRAILING_NOTE = /\s+([(（]※[^()（）]*[)）])$/;
/** "paragraph 【heading】 ・item ・item" on one line. */
const INLINE_HEADED_LIST = /^(.+?)\s+(【[^】]+】)\s+(・.+)$/;
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
      const text = cleaned.replace(LINE_MARK, '').trim();
      // A paragraph, a heading and its bullets that the extraction ran onto one line (5.5): apart again.
      const run = INLINE_HEADED_LIST.exec(text);
      if (run && !inList) {
        out.push({ text: run[1], line, inList, marked }, { text: run[2], line, inList, marked: false });
        out.push({ text: run[3], line, inList: true, marked: false });
      } else out.push({ text, line, inList, marked });
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

const startsItem = (seg: Segment) => seg.marked || MARKER.test(seg.text);
const isHeading = (seg: Segment) => PERIOD_HEADING.test(seg.text) || HEADING.test(seg.text) || DATE_ALONE.test(seg.text);

/** Split (4) 取組内容 into activity items and the notes on the list. */
export function splitActivities(lines: string[], firstLine: number): { items: ActivityItem[]; notes: ActivityNote[] } {
  const segs = segments(lines, firstLine);
  const items: ActivityItem[] = [];
  const notes: ActivityNote[] = [];
  if (segs.length === 1 && NOTHING.test(segs[0].text)) return { items, notes };
  let period: Period | null = null;
  let heading: string | null = null;
  let lastMarked = false;
  let bulleted = false;
  const push = (text: string, line: number, marked: boolean) => {
    const t = text.replace(MARKER, '').trim();
    if (t) items.push({ text: t, period, heading, line });
    lastMarked = marked;
    bulleted ||= marked;
  };
  const addDetail = (text: string) => (items[items.length - 1].text += `\n${text}`);
  segs.forEach((seg, k) => {
    const { text } = seg;
    const rest = segs.slice(k + 1);
    const p = PERIOD_HEADING.exec(text);
    if (p) {
      period = p[1] === '現在実施している' ? 'CURRENT' : 'PAST';
      heading = null;
      lastMarked = false;
      return;
    }
    if (HEADING.test(text) || (!seg.marked && DATE_ALONE.test(text))) {
      // 【基本方針】 between a bullet and a paragraph without one: a label inside the item above.
      if (HEADING.test(text) && lastMarked && rest.length > 0 && !startsItem(rest[0]) && !isHeading(rest[0])) addDetail(text);
      else [heading, lastMarked] = [text, false];
      return;
    }
    if (NOTE.test(text)) {
      const trailing = bulleted && rest.every((s) => NOTE.test(s.text));
      if (items.length === 0 || trailing) notes.push({ text, line: seg.line });
      else addDetail(text);
      return;
    }
    if (/^[・･]/.test(text) && seg.inList) {
      const run = splitBulletRun(text);
      const note = rest.length === 0 ? TRAILING_NOTE.exec(run[run.length - 1]) : null;
      if (note) run[run.length - 1] = run[run.length - 1].slice(0, note.index);
      for (const item of run) push(item, seg.line, true);
      if (note) notes.push({ text: note[1], line: seg.line });
      return;
    }
    const lettered = splitLettered(text);
    if (lettered) {
      for (const item of lettered) push(item, seg.line, true);
      return;
    }
    const marked = startsItem(seg) || /^[○〇]/.test(text);
    // Detail of the item above: "— …", "/ …", an indented line, a paragraph under a bullet, 参加者：….
    if (!marked && items.length > 0 && (lastMarked || LABEL.test(text))) addDetail(text);
    else push(text, seg.line, marked);
  });
  return { items, notes };
}
