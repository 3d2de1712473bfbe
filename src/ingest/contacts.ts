/**
 * (7) 問い合わせ先: department, phone (with 内線 extension) and e-mail, one contact
 * per department. Sheets with several write them "A … B …" or separated by 、.
 */
import { cleanText } from './normalize';

import type { ContactRecord } from '../records/records';

export type { ContactRecord };

/** Japanese phone numbers as the survey writes them: 0AA-BBB-CCCC, ten digits (eleven for mobiles). */
const PHONE_FORMAT = /^0\d{1,4}-\d{1,4}-\d{3,4}$/;
/** An e-mail address as municipalities publish them. */
export const EMAIL_FORMAT = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** A phone number is valid when it has the format and 10 or 11 digits. */
export function isValidPhone(phone: string): boolean {
  const digits = phone.replace(/-/g, '');
  return PHONE_FORMAT.test(phone) && (digits.length === 10 || (digits.length === 11 && /^0[5-9]0/.test(digits)));
}

const LABELS = ['担当部署名', '電話番号', '電子メール'] as const;
type Label = (typeof LABELS)[number];

/** Cells of the (7) table by label; a row starting with an empty cell continues the label above. */
function cellsByLabel(lines: string[]): Record<Label, string[]> {
  const cells: Record<Label, string[]> = { 担当部署名: [], 電話番号: [], 電子メール: [] };
  let label: Label | null = null;
  for (const line of lines) {
    if (line.trim() === '') continue;
    for (const raw of line.split('\t')) {
      const cell = cleanText(raw);
      const asLabel = LABELS.find((l) => cell.replace(/\s/g, '') === l);
      if (asLabel) {
        label = asLabel;
        continue;
      }
      if (cell !== '' && label) cells[label].push(cell);
    }
  }
  return cells;
}

/** Split "A x B y" or "x、y" or "x y" (for phones and mails) into the parts for each contact. */
function splitParts(values: string[], spaceSeparated: boolean): string[] {
  const text = values.join(' ').trim();
  if (text === '') return [];
  if (/^A\s/.test(text))
    return text
      .split(/(?:^|\s|、)[A-Z]\s+/)
      .map((p) => p.replace(/、$/, '').trim())
      .filter(Boolean);
  if (values.length > 1) return values;
  return text
    .split(spaceSeparated ? /[\s、]+/ : /、/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Phone and extension from "0254-27-2111（内線228）" or "099-274-2111 (内線: 2233)". */
export function splitPhone(text: string): { phone: string; extension: string | null } {
  const m = /^(.*?)\s*\(\s*内線\s*:?\s*([\d-]+)\s*\)\s*$/.exec(text);
  return m ? { phone: m[1].trim(), extension: m[2] } : { phone: text.trim(), extension: null };
}

/** Read the (7) field into contacts. Format checks are done by the caller, which knows the line. */
export function readContacts(lines: string[]): ContactRecord[] {
  const cells = cellsByLabel(lines);
  const departments = splitParts(cells.担当部署名, false);
  const phones = splitParts(
    cells.電話番号.map((p) => p.replace(/\s*\(\s*内線\s*:?\s*([\d-]+)\s*\)/g, '(内線$1)')),
    true,
  );
  const emails = splitParts(cells.電子メール, true);
  const count = Math.max(departments.length, phones.length, emails.length);
  const contacts: ContactRecord[] = [];
  for (let i = 0; i < count; i++) {
    const phone = phones[i] ? splitPhone(phones[i]) : null;
    contacts.push({
      department: departments[i] ?? null,
      phone: phone?.phone ?? null,
      extension: phone?.extension ?? null,
      email: emails[i] ?? null,
    });
  }
  return contacts;
}
