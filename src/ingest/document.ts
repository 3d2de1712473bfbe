/**
 * Splitting the CLAIR survey text into its parts: the table of contents (one entry
 * per listing) and the detail sheets with their numbered fields, each with the
 * 1-based line it starts on. No interpretation of the fields happens here.
 */
import { cleanText, joinSplitDigits, nameKey } from './normalize';

/** Category headings as the source prints them (①教育交流 … ⑨その他). */
const CATEGORY_MARKS = '①②③④⑤⑥⑦⑧⑨';

export interface TocEntry {
  category: number;
  number: number;
  /** Parties as the table of contents writes them (foreign side － Japanese side). */
  partiesText: string;
  title: string;
  relisted: boolean;
  line: number;
}

export interface RawSheet {
  /** From the heading before it, or inferred (see `categoryInferred`). */
  category: number;
  categoryInferred: boolean;
  number: number;
  heading: string;
  relisted: boolean;
  line: number;
  /** Field number (1–7) → its raw lines, and the line each field starts on. */
  fields: Record<number, { lines: string[]; line: number }>;
}

export interface ParsedDocument {
  toc: TocEntry[];
  sheets: RawSheet[];
}

const FIELD_HEADING =
  /^[(（]([1-7])[)）]\s*(自治体名|提携年月日|提携に至った経緯|提携後の取組内容|取組による成果・課題等|取組を紹介しているホームページのURL|問い合わせ先)/;
const NUMBERED = /^(\d+)\.\s*(.*)$/;
const RELISTED = /\s*【再掲】\s*$/;

/** Error in the structure of the source, with the 1-based line it concerns. */
class SourceError extends Error {
  constructor(
    message: string,
    public readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'SourceError';
  }
}

function categoryOf(line: string): number | null {
  const first = line.trim().charAt(0);
  const i = first === '' ? -1 : CATEGORY_MARKS.indexOf(first);
  return i >= 0 ? i + 1 : null;
}

function parseToc(lines: string[], from: number, to: number): TocEntry[] {
  const entries: TocEntry[] = [];
  let category = 0;
  let pending: { text: string; line: number } | null = null;
  const flush = () => {
    if (!pending) return;
    const text = cleanText(joinSplitDigits(pending.text));
    const m = /^(\d+)\.\s*(.+?)\s*「(.+)」\s*(【再掲】)?$/.exec(text);
    if (!m) throw new SourceError(`unreadable table-of-contents entry "${text}"`, pending.line);
    entries.push({ category, number: Number(m[1]), partiesText: m[2], title: m[3], relisted: !!m[4], line: pending.line });
    pending = null;
  };
  for (let i = from; i < to; i++) {
    // A page number stands after a tab at the end of the entry's first line.
    const raw = lines[i]
      .replace(/\t\s*\d+\s*$/, '')
      .replace(/\t/g, ' ')
      .trim();
    if (raw === '' || /^[-\s]+$/.test(raw)) continue;
    const c = categoryOf(raw);
    if (c) {
      flush();
      category = c;
      continue;
    }
    if (NUMBERED.test(joinSplitDigits(raw))) {
      flush();
      pending = { text: raw, line: i + 1 };
      continue;
    }
    if (pending) pending.text += ` ${raw}`;
  }
  flush();
  return entries;
}

/** Index of the next non-empty line after `i`, or -1. */
function nextFilled(lines: string[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim() !== '') return j;
  return -1;
}

/**
 * The sheets, each under the category heading before it. A heading missing from the
 * text shows as a sheet numbered 1 after the last listing the table of contents gives
 * the current category; a 1 anywhere else is a numbering error, left for the checks.
 */
function parseSheets(lines: string[], from: number, tocCount: (category: number) => number): RawSheet[] {
  const sheets: RawSheet[] = [];
  let category = 0;
  let headingSeen = false;
  let current: RawSheet | null = null;
  let field = 0;
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    const c = categoryOf(trimmed);
    if (c && trimmed.length < 30) {
      category = c;
      headingSeen = true;
      current = null;
      continue;
    }
    const numbered = NUMBERED.exec(joinSplitDigits(cleanText(trimmed)));
    const next = nextFilled(lines, i);
    if (numbered && next > 0 && FIELD_HEADING.test(nameKey(lines[next]))) {
      const number = Number(numbered[1]);
      // A missing category heading shows as a listing numbered 1 after another category's listings.
      let inferred = false;
      const previous = sheets[sheets.length - 1];
      if (number === 1 && !headingSeen && previous && previous.number === tocCount(category)) {
        category += 1;
        inferred = true;
      }
      headingSeen = false;
      const heading = numbered[2];
      current = {
        category,
        categoryInferred: inferred,
        number,
        heading: heading.replace(RELISTED, ''),
        relisted: RELISTED.test(heading),
        line: i + 1,
        fields: {},
      };
      sheets.push(current);
      field = 0;
      continue;
    }
    if (!current) continue;
    const f = FIELD_HEADING.exec(nameKey(trimmed));
    if (f) {
      field = Number(f[1]);
      current.fields[field] = { lines: [], line: i + 1 };
      continue;
    }
    if (field > 0) current.fields[field].lines.push(raw);
  }
  return sheets;
}

/** Split the survey text into table of contents and sheets. */
export function parseDocument(text: string): ParsedDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const tocStart = lines.findIndex((l) => /^4\s*調査結果/.test(l.trim()));
  if (tocStart < 0) throw new SourceError('no "4 調査結果" section: is this the CLAIR 2012 survey?', 1);
  const firstField = lines.findIndex((l, i) => i > tocStart && FIELD_HEADING.test(nameKey(l)));
  if (firstField < 0) throw new SourceError('no detail sheet found after the table of contents', tocStart + 1);
  // The sheets start at the category heading before the first sheet's heading.
  let sheetStart = firstField;
  while (sheetStart > tocStart && categoryOf(lines[sheetStart].trim()) === null) sheetStart--;
  const toc = parseToc(lines, tocStart + 1, sheetStart);
  const tocCount = (category: number) => toc.filter((t) => t.category === category).length;
  return { toc, sheets: parseSheets(lines, sheetStart, tocCount) };
}
