/**
 * Reading one detail sheet's fields into values: parties, date, texts, activities,
 * URLs and contacts. Inconsistencies go to the decision book with the sheet's lines.
 */
import { readContacts, isValidPhone, EMAIL_FORMAT, type ContactRecord } from './contacts';
import { parseJapaneseDate, type PartialDate } from './dates';
import type { DecisionBook } from './decisions';
import type { RawSheet } from './document';
import { cleanText } from './normalize';
import { readParties, type Place, type Side } from './places';
import { extractUrls, plainText, splitItems, splitOutcomes, type Item } from './text-blocks';

export interface SheetData {
  parties: Array<{ place: Place; side: Side }>;
  signedOn: PartialDate | null;
  background: string | null;
  activities: Item[];
  outcomes: string | null;
  challenges: string | null;
  urls: string[];
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

function readDate(sheet: RawSheet, book: DecisionBook): PartialDate | null {
  const field = sheet.fields[2];
  const text = field.lines.filter((l) => l.trim()).join('\n');
  const line =
    field.line +
    1 +
    Math.max(
      0,
      field.lines.findIndex((l) => l.trim() !== ''),
    );
  const where = `line ${line}, (2) 提携年月日 of sheet ${sheet.category}.${sheet.number}`;
  let parsed;
  try {
    parsed = parseJapaneseDate(text);
  } catch (e) {
    book.fail(`${where}: ${(e as Error).message}`);
    return null;
  }
  if (!parsed) {
    if (plainText(text)) book.fail(`${where}: cannot read the date "${text}"`);
    return null;
  }
  if (parsed.eraMismatch) {
    const { era, eraYear, impliedYear } = parsed.eraMismatch;
    const d = book.decide(
      {
        id: `era:${line}`,
        lines: [line],
        message: `${era}${eraYear} is ${impliedYear}, but the date says (${parsed.date.year})`,
      },
      ['western-year', 'era-year'],
    );
    if (d?.action === 'era-year') return { ...parsed.date, year: impliedYear, iso: parsed.date.iso.replace(/^\d{4}/, String(impliedYear)) };
  }
  return parsed.date;
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

/** Read a sheet's fields; problems are recorded in the book. */
export function readSheet(sheet: RawSheet, book: DecisionBook): SheetData {
  for (const n of [1, 2, 3, 4, 5, 6, 7]) {
    if (!sheet.fields[n]) book.fail(`line ${sheet.line}: sheet ${sheet.category}.${sheet.number} has no field (${n}) ${FIELD_NAMES[n]}`);
  }
  if (!sheet.fields[1] || !sheet.fields[2] || !sheet.fields[7]) {
    return { parties: [], signedOn: null, background: null, activities: [], outcomes: null, challenges: null, urls: [], contacts: [] };
  }
  return {
    parties: readSides(sheet, book),
    signedOn: readDate(sheet, book),
    background: plainText(fieldText(sheet, 3)),
    activities: splitItems(fieldText(sheet, 4)),
    ...splitOutcomes(fieldText(sheet, 5)),
    urls: extractUrls(fieldText(sheet, 6)),
    contacts: readContactsChecked(sheet, book),
  };
}
