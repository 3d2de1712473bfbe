/**
 * Japanese era dates as the survey writes them: 平成16（2004）年12月24日, with the
 * Western year in brackets, sometimes only year and month, or year alone.
 */
import { foldWidth } from './normalize';

import { isoOf } from '../records/partial-date';
import type { PartialDate } from '../records/records';

export type { PartialDate };

/** First year of each era, minus one: 平成N is ERA_BASE.平成 + N. */
const ERA_BASE: Readonly<Record<string, number>> = { 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018 };

const DATE_RE = /(明治|大正|昭和|平成|令和)(元|\d{1,2})?(?:年)?\((\d{4})\)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/;

export interface ParsedDate {
  date: PartialDate;
  /** Set when the era year and the Western year in brackets disagree. */
  eraMismatch: { era: string; eraYear: number; impliedYear: number } | null;
}

/**
 * Parse the first date in a (2) 提携年月日 field. The Western year is taken as the
 * year; a disagreeing era year is reported, not silently used. Returns null for `--`
 * or a field without a date; throws on a date that names an impossible month or day.
 */
export function parseJapaneseDate(raw: string): ParsedDate | null {
  const text = raw.trim();
  const compact = foldWidth(text).replace(/\s+/g, '');
  const m = DATE_RE.exec(compact);
  if (!m) return null;
  const [, era, eraNum, western, mon, dy] = m;
  const year = Number(western);
  const month = mon ? Number(mon) : null;
  const day = dy ? Number(dy) : null;
  if (month != null && (month < 1 || month > 12)) throw new Error(`impossible month ${month} in date "${text}"`);
  if (day != null && month != null) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) throw new Error(`impossible day ${day} in date "${text}"`);
  }
  let eraMismatch: ParsedDate['eraMismatch'] = null;
  if (eraNum) {
    const eraYear = eraNum === '元' ? 1 : Number(eraNum);
    const impliedYear = ERA_BASE[era] + eraYear;
    if (impliedYear !== year) eraMismatch = { era, eraYear, impliedYear };
  }
  return { date: { year, month, day, iso: isoOf(year, month, day), text }, eraMismatch };
}

/** One date of a (2) field with what the sheet says about it (黒竜江省, 現行（第4期）プログラム, 更新). */
export interface DatedText {
  date: ParsedDate;
  label: string | null;
  /** Index of the field line it is on, from 0. */
  lineIndex: number;
}

const EDGE_PUNCTUATION = /^[\s、,:：()（）※・]+|[\s、,:：()（）※・]+$/g;

/**
 * Every date of a (2) 提携年月日 field, in order. The text between two dates of a line
 * belongs to the later one ("当初：D1 現行：D2"); the text after the last date of a line to
 * that date ("D1 (・・・旧 八日市市)"). Throws like `parseJapaneseDate` on an impossible date.
 */
export function parseJapaneseDates(lines: string[]): DatedText[] {
  const out: DatedText[] = [];
  const global = new RegExp(DATE_RE.source, 'g');
  lines.forEach((raw, lineIndex) => {
    const compact = foldWidth(raw).replace(/\s+/g, '');
    const matches = [...compact.matchAll(global)];
    matches.forEach((m, i) => {
      const start = m.index ?? 0;
      const previousEnd = i === 0 ? 0 : (matches[i - 1].index ?? 0) + matches[i - 1][0].length;
      const before = compact.slice(previousEnd, start).replace(EDGE_PUNCTUATION, '');
      const after = i === matches.length - 1 ? compact.slice(start + m[0].length).replace(EDGE_PUNCTUATION, '') : '';
      const label = [before, after].filter(Boolean).join(' … ') || null;
      out.push({ date: parseJapaneseDate(m[0])!, label, lineIndex });
    });
  });
  return out;
}
