/**
 * Reading one detail sheet's fields into values: parties, date, texts, activities,
 * URLs and contacts. Inconsistencies go to the decision book with the sheet's lines.
 */
import { readContacts, isValidPhone, EMAIL_FORMAT, type ContactRecord } from './contacts';
import { splitActivities, type ActivityItem, type ActivityNote } from './activities';
import { parseJapaneseDates, type PartialDate } from './dates';
import type { DecisionBook } from './decisions';
import type { RawSheet } from './document';
import { cleanText, joinWrappedWords } from './normalize';
import { readParties, type Place, type Side } from './places';
import { extractLinks, plainText, splitOutcomes, type Link } from './text-blocks';
import type { DatedEvent } from '../records/records';

export interface SheetData {
  parties: Array<{ place: Place; side: Side }>;
  /** The first date of (2), with the field's text as written. */
  signedOn: PartialDate | null;
  /** Every date of (2). */
  events: DatedEvent[];
  background: string | null;
  activities: ActivityItem[];
  /** Notes the sheet writes on its list of activities (※以下、予定を含む), not activities. */
  activityNotes: ActivityNote[];
  outcomes: string | null;
  challenges: string | null;
  links: Link[];
  contacts: ContactRecord[];
}

const FIELD_NAMES: Record<number, string> = {
  1: '自治体名',
  2: '提携年月日',
  3: '提携に至った経緯',
  4: '提携後の取組内容',
  5: '取組による成果・課題等',
  6: '取組を紹介しているホームページのURL',
  7: '問い合わせ先',
};

const SIDE_LABELS: ReadonlyArray<[string, Side]> = [
  ['日本の自治体', 'DOMESTIC'],
  ['海外の自治体', 'FOREIGN'],
];

/** Text the party reader cannot take as it is: brackets inside a list, Hangul. */
const UNREADABLE_PARTY_TEXT = /[(（][^)）]*[、,][^)）]*[)）]|[\uAC00-\uD7AF]/;

function fieldText(sheet: RawSheet, n: number): string {
  return sheet.fields[n]?.lines.join('\n') ?? '';
}

/** The free-text fields: (3) 経緯, (4) 取組内容, (5) 成果・課題等. */
const FREE_TEXT = [3, 4, 5];

/** The sheet with the spaces that PDF row breaks left inside words of its free text removed (normalize.ts). */
function withWordsJoined(sheet: RawSheet): RawSheet {
  const all = Object.values(sheet.fields)
    .flatMap((f) => f.lines)
    .join('\n');
  const fields = { ...sheet.fields };
  for (const n of FREE_TEXT) {
    if (fields[n]) fields[n] = { ...fields[n], lines: fields[n].lines.map((l) => joinWrappedWords(l, all)) };
  }
  return { ...sheet, fields };
}

function readSides(sheet: RawSheet, book: DecisionBook): SheetData['parties'] {
  const field = sheet.fields[1];
  const parties: SheetData['parties'] = [];
  field.lines.forEach((line, i) => {
    const [label, ...cells] = line.split('\t');
    const side = SIDE_LABELS.find(([l]) => cleanText(label).replace(/\s/g, '') === l)?.[1];
    if (!side) return;
    const lineNo = field.line + 1 + i;
    let text = cells.join(' ').trim();
    const fix = book.correction(`parties:${lineNo}`);
    if (fix) {
      const list = fix[side === 'DOMESTIC' ? 'domestic' : 'foreign'];
      if (!Array.isArray(list)) book.fail(`parties:${lineNo}: needs a "${side === 'DOMESTIC' ? 'domestic' : 'foreign'}" list of names`);
      else text = list.join('、');
    } else if (UNREADABLE_PARTY_TEXT.test(text)) {
      book.decide({ id: `parties:${lineNo}`, lines: [lineNo], message: `party field cannot be read as it is: "${text}"` }, [
        'replace-parties',
      ]);
      return;
    }
    try {
      for (const place of readParties(text, side)) parties.push({ place, side });
    } catch (e) {
      book.fail(`line ${lineNo}: ${(e as Error).message}`);
    }
  });
  if (!parties.some((p) => p.side === 'DOMESTIC') || !parties.some((p) => p.side === 'FOREIGN')) {
    book.fail(`line ${field.line}: sheet ${sheet.category}.${sheet.number} needs a Japanese and a foreign party`);
  }
  return parties;
}

function readDates(sheet: RawSheet, book: DecisionBook): { signedOn: PartialDate | null; events: DatedEvent[] } {
  const field = sheet.fields[2];
  const filled = field.lines.map((l, i) => ({ l, line: field.line + 1 + i })).filter(({ l }) => l.trim() && !/^\s*[-－]+\s*$/.test(l));
  const text = filled.map(({ l }) => l.trim()).join('\n');
  const where = (line: number) => `line ${line}, (2) 提携年月日 of sheet ${sheet.category}.${sheet.number}`;
  let dates;
  try {
    dates = parseJapaneseDates(filled.map(({ l }) => l));
  } catch (e) {
    book.fail(`${where(filled[0]?.line ?? field.line)}: ${(e as Error).message}`);
    return { signedOn: null, events: [] };
  }
  if (dates.length === 0) {
    if (plainText(text)) book.fail(`${where(filled[0]?.line ?? field.line)}: cannot read the date "${text}"`);
    return { signedOn: null, events: [] };
  }
  const events: DatedEvent[] = dates.map(({ date: parsed, label, lineIndex }) => {
    const line = filled[lineIndex].line;
    let date = parsed.date;
    if (parsed.eraMismatch) {
      const { era, eraYear, impliedYear } = parsed.eraMismatch;
      const d = book.decide(
        { id: `era:${line}`, lines: [line], message: `${era}${eraYear} is ${impliedYear}, but the date says (${date.year})` },
        ['western-year', 'era-year'],
      );
      if (d?.action === 'era-year') date = { ...date, year: impliedYear, iso: date.iso.replace(/^\d{4}/, String(impliedYear)) };
    }
    return { date, label, line };
  });
  return { signedOn: { ...events[0].date, text }, events };
}

function readContactsChecked(sheet: RawSheet, book: DecisionBook): ContactRecord[] {
  const field = sheet.fields[7];
  const contacts = readContacts(field.lines);
  const line = field.line + 1 + field.lines.findIndex((l) => l.includes('電話番号'));
  return contacts.map((c, i) => {
    const contact = { ...c };
    if (contact.phone && !isValidPhone(contact.phone)) {
      const d = book.decide(
        { id: `phone:${line}:${i + 1}`, lines: [line], message: `phone number "${contact.phone}" has no valid format` },
        ['correct', 'drop'],
      );
      if (d?.action === 'correct' && typeof d.to === 'string' && isValidPhone(d.to)) contact.phone = d.to;
      else if (d?.action === 'correct') book.fail(`${d.id}: "to" must be a valid phone number`);
      else contact.phone = null;
    }
    if (contact.email && !EMAIL_FORMAT.test(contact.email)) {
      book.fail(`line ${line}: e-mail "${contact.email}" has no valid format`);
      contact.email = null;
    }
    return contact;
  });
}

function activitiesOf(sheet: RawSheet): Pick<SheetData, 'activities' | 'activityNotes'> {
  const field = sheet.fields[4];
  if (!field) return { activities: [], activityNotes: [] };
  const { items, notes } = splitActivities(field.lines, field.line + 1);
  return { activities: items, activityNotes: notes };
}

/** Read a sheet's fields; problems are recorded in the book. */
export function readSheet(raw: RawSheet, book: DecisionBook): SheetData {
  const sheet = withWordsJoined(raw);
  for (const n of [1, 2, 3, 4, 5, 6, 7]) {
    if (!sheet.fields[n]) book.fail(`line ${sheet.line}: sheet ${sheet.category}.${sheet.number} has no field (${n}) ${FIELD_NAMES[n]}`);
  }
  if (!sheet.fields[1] || !sheet.fields[2] || !sheet.fields[7]) {
    const empty = { background: null, activities: [], activityNotes: [], outcomes: null, challenges: null, links: [], contacts: [] };
    return { parties: [], signedOn: null, events: [], ...empty };
  }
  return {
    parties: readSides(sheet, book),
    ...readDates(sheet, book),
    background: plainText(fieldText(sheet, 3)),
    ...activitiesOf(sheet),
    ...splitOutcomes(fieldText(sheet, 5)),
    links: extractLinks(fieldText(sheet, 6)),
    contacts: readContactsChecked(sheet, book),
  };
}
