/**
 * Every sheet's own words (#15): a round trip from each of the 175 sheets' text fields to
 * the parsed records and back, and one test per family of loss the audit found.
 */
import { readFileSync } from 'fs';
import { parseDocument, type RawSheet } from '../../src/ingest/document';
import { cleanText, joinSplitDigits, joinWrappedWords } from '../../src/ingest/normalize';
import { stripHtml } from '../../src/ingest/text-blocks';
import { defaultPaths, ingest } from '../../src/ingest/run-ingest';
import type { SheetRecord } from '../../src/records/records';

const paths = defaultPaths();
const { dataset } = ingest(paths);
const sheets = parseDocument(readFileSync(paths.source, 'utf8')).sheets;
const listing = (ref: string) => dataset.listings.find((l) => `${l.category}.${l.number}` === ref)!;
const agreement = (ref: string) => dataset.agreements.find((a) => a.key === listing(ref).agreement)!;

/**
 * The documented noise repair, and the structure the parser turns into data (list marks,
 * period headings, item separators): what is left are the sheet's words, in order.
 */
function words(text: string): string {
  return cleanText(stripHtml(text.replace(/<(https?:\/\/[^>\s]+)>/g, ' $1 ')))
    .replace(/^\s*[-－]+\s*$/gm, '') // an empty field's "--"
    .replace(/^\s*-\s+/gm, '') // the extraction's list mark
    .replace(/[○〇【]?\s*(現在実施している|過去に実施した)取組内容】?/g, '') // → period
    .replace(/(^|\s)[アイウエオカキクケコ][.．]?\s/gm, '$1') // lettered list marks
    .replace(/(^|\s)\(\d{1,2}\)|(^|\n)\d{1,2}[.．]\s/g, '$1') // numbered list marks
    .replace(/[・･○〇\s]/g, '')
    .replace(/^(--|なし)$/, '');
}
const fieldText = (s: RawSheet, n: number) => s.fields[n]?.lines.join('\n') ?? '';
/** (4) as parsed, in the sheet's order: each heading once before its items, each note where it stands (by line). */
const activityText = (s: SheetRecord) => {
  const items = s.activities.map((a, i) => ({
    line: a.line ?? 0,
    text: `${a.heading && a.heading !== s.activities[i - 1]?.heading ? a.heading : ''}${a.text}`,
  }));
  const notes = s.activityNotes.map((n) => ({ line: n.line, text: n.text }));
  // A note after the items of its line (8.1's closes the run it ends), before those of later lines.
  const merged = [...items];
  for (const note of notes) {
    const at = merged.findIndex((x) => x.line > note.line);
    merged.splice(at < 0 ? merged.length : at, 0, note);
  }
  return merged.map((x) => x.text).join('');
};

describe('round trip: every text field of every sheet, joined back, is the sheet’s text', () => {
  it('holds for 175 sheets, naming sheet, field and line where it does not', () => {
    expect(sheets).toHaveLength(175);
    const failures: string[] = [];
    for (const s of sheets) {
      const ref = `${s.category}.${s.number}`;
      const sheet = listing(ref).sheet;
      const fields: Array<[number, string, string]> = [
        [3, 'background', sheet.background ?? ''],
        [4, 'activities', activityText(sheet)],
        [5, 'outcomes + challenges', `${sheet.outcomes ?? ''}${sheet.challenges ?? ''}`],
        [6, 'links', sheet.links.map((l) => `${l.url}${l.caption ?? ''}`).join('')],
      ];
      for (const [n, name, parsed] of fields) {
        let source = words(fieldText(s, n));
        if (n === 5) source = source.replace(/【(成果|課題等?)】/g, '');
        // A link's caption may stand before its URL: for (6) the characters are compared, not their order.
        const same = n === 6 ? [...words(parsed)].sort().join('') === [...source].sort().join('') : words(parsed) === source;
        if (!same) failures.push(`sheet ${ref}, ${name} (line ${s.fields[n]?.line}): "${words(parsed)}" ≠ "${source}"`);
      }
      const written = sheet.parties.map((p) => p.written).join('');
      const partyField = (s.fields[1]?.lines ?? []).map((l) => l.split('\t').slice(1).join('')).join('');
      const bare = (t: string) => words(t).replace(/[、,:：]/g, '');
      // Party fields replaced by a decision (unreadable text) are compared with the decision, elsewhere.
      const replaced = dataset.decisions.some(
        (d) => d.action === 'replace-parties' && d.lines.some((l) => l > s.line && l < s.fields[2].line),
      );
      if (!replaced && bare(written) !== bare(partyField)) failures.push(`sheet ${ref}, parties (line ${s.fields[1].line}): "${written}"`);
      const dates = s.fields[2].lines.filter((l) => l.trim() && !/^\s*-+\s*$/.test(l)).map((l) => l.trim());
      if ((sheet.signedOn?.text ?? '') !== dates.join('\n')) failures.push(`sheet ${ref}, signedOn.text (line ${s.fields[2].line})`);
    }
    expect(failures).toEqual([]);
  });

  it('keeps what the sheet lays out: its title as printed, one list item a line, no space a PDF row break left inside a word', () => {
    const source = readFileSync(paths.source, 'utf8').split('\n');
    const failures: string[] = [];
    for (const s of sheets) {
      const ref = `${s.category}.${s.number}`;
      const { title, sheet } = listing(ref);
      // The heading as printed after the documented noise repair (widths, runs of spaces, split digits): its spaces stay.
      const printed = cleanText(joinSplitDigits(source[s.line - 1]))
        .replace(/^\d+\.\s*/, '')
        .replace(/\s*【再掲】$/, '');
      if (title !== printed) failures.push(`sheet ${ref}, title (line ${s.line}): "${title}" ≠ "${printed}"`);
      const texts = [sheet.background, sheet.outcomes, sheet.challenges, ...sheet.activities.map((a) => a.text)];
      for (const line of texts.flatMap((t) => (t ?? '').split('\n'))) {
        // A bullet after a sentence's end or a space starts another item (a ・ inside a name never follows either).
        if (/(?:。|\s)・/.test(line)) failures.push(`sheet ${ref}: a list on one line: "${line.slice(0, 30)}…"`);
      }
      // A space the repair removes from the sheet's free text (normalize.ts) is gone from every field.
      const all = Object.values(s.fields)
        .flatMap((f) => f.lines)
        .join('\n');
      const served = texts.join('\n');
      for (const n of [3, 4, 5]) {
        (s.fields[n]?.lines ?? []).forEach((raw, k) => {
          const repaired = joinWrappedWords(raw, all);
          for (let i = 0, j = 0; i < raw.length; i++, j++) {
            if (raw[i] === repaired[j]) continue;
            const spaced = cleanText(raw.slice(Math.max(0, i - 2), i + 3));
            if (served.includes(spaced)) failures.push(`sheet ${ref}, line ${s.fields[n].line + 1 + k}: "${spaced}" keeps a row break`);
            j--;
          }
        });
      }
    }
    expect(failures).toEqual([]);
  });

  it('serves only whole items: each activity is a line or a whole bullet of its sheet, as the sheet that prints the list one item per line shows', () => {
    // Lists printed on one line on one sheet and one item per line on its re-listing (or twin): the items must agree.
    for (const [run, lines] of [
      ['2.3', '1.14'],
      ['1.1', '2.11'],
      ['1.22', '2.21'],
      ['1.21', '8.21'],
      ['5.1', '5.2'],
      ['7.13', '7.14'],
      ['8.5', '9.1'],
    ]) {
      const flat = (ref: string) => listing(ref).sheet.activities.map((a) => words(a.text));
      expect([run, flat(run).length]).toEqual([run, flat(lines).length]);
      if (run !== '5.1') expect([run, flat(run)]).toEqual([run, flat(lines)]); // 5.2 writes H5 as 平成5年
    }
    // Not an item: a date or a heading standing alone (they head the items after them), a labelled detail line, a note.
    const notItems =
      /^(?:平成|昭和)?\d{1,4}年度?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:~\S*)?$|^【[^】]+】$|^参加者[:：]|^※|^[(（][^()（）]*[)）]$/;
    const misread: string[] = [];
    for (const s of sheets) {
      for (const a of listing(`${s.category}.${s.number}`).sheet.activities) {
        expect(a.line).toBeGreaterThanOrEqual(s.fields[4].line);
        expect(words(fieldText(s, 4))).toContain(words(a.text));
        if (notItems.test(a.text)) misread.push(`${s.category}.${s.number} line ${a.line}: "${a.text}"`);
      }
    }
    expect(misread).toEqual([]);
  });
});

describe('the families of #15', () => {
  it('1. activities: names and compounds stay whole, details stay with their item, なし is none', () => {
    const texts = (ref: string) => listing(ref).sheet.activities.map((a) => a.text);
    expect(texts('1.21')).toContain(
      'ふくしま・BC生徒交換研修プログラム(平成7~12年)\n両県州の中・高校生を相互に派遣し、研修・交流を通じて国際理解教育の推進を図る事業',
    );
    expect(texts('1.21')).toContain('カナダ・フェア(平成8年)の開催、うつくしま未来博(平成13年)でのカナダ館設置');
    expect(texts('2.3')).toContain('指定校による版画・絵画等による作品交流');
    expect(texts('8.24')).toEqual([
      'イッシー・レ・ムリノー市職員視察受入れ',
      'イッシー・レ・ムリノー市への市川市職員視察派遣',
      '第二回日仏自治体交流会議出席 等',
    ]);
    expect(texts('2.17')).toHaveLength(4);
    expect(texts('7.7')).toHaveLength(2);
    expect(texts('6.23')).toEqual([]);
    expect(texts('6.24')).toEqual([]);
    const survey = dataset.agreements.filter((a) => a.source.document === dataset.document);
    expect(survey.reduce((n, a) => n + a.activities.length, 0)).toBe(370); // 383 before the second audit
  });

  it('2. a re-listing keeps its own sheet; differences are recorded findings with both lines', () => {
    expect(listing('8.6').sheet.contacts[0].phone).toBe('044-200-3739');
    expect(listing('6.5').sheet.contacts[0].phone).toBe('044-200-2363');
    expect(agreement('8.6').contacts[0].phone).toBe('044-200-2363'); // the agreement serves its first sheet
    expect(listing('9.9').sheet.background).toMatch(/策定したもの。$/);
    expect(listing('8.20').sheet.background).toMatch(/策定したものの。$/);
    const differs = dataset.decisions.filter((d) => d.id.startsWith('relist-differs:'));
    expect(differs.map((d) => [d.id, d.lines])).toEqual([
      ['relist-differs:7.20', [1490, 4322]],
      ['relist-differs:8.6', [2999, 5203]],
      ['relist-differs:8.16', [3306, 5560]],
      ['relist-differs:9.1', [5170, 5921]],
      ['relist-differs:9.2', [2899, 5962]],
      ['relist-differs:9.9', [5701, 6206]],
      ['relist-differs:9.14', [5669, 6385]],
    ]);
  });

  it('3. every mention of an agreement is one of its sources, 27 of 27 curated passages findable by document', () => {
    const nakhodka = agreement('7.33');
    expect(nakhodka.sources).toContainEqual({ document: '000_d45dbe772e49bc07.txt', line: 56 });
    expect(agreement('7.39').sources).toContainEqual({ document: '001_7f6715413a7af0cd.txt', line: 542 });
    const miyagi = dataset.agreements.find((a) => a.key === '000:48')!;
    expect(miyagi.sources).toEqual([
      { document: '000_d45dbe772e49bc07.txt', line: 48 },
      { document: '001_7f6715413a7af0cd.txt', line: 692 },
    ]);
    expect(dataset.decisions.find((d) => d.id === 'mention-differs:001:692')?.lines).toEqual([692, 48]);
    const curatedFiles = ['000_d45dbe772e49bc07', '001_7f6715413a7af0cd', '002_882fd2e0946ac260', '003_0c90d4750b6046d5'];
    let passages = 0;
    let findable = 0;
    for (const f of curatedFiles) {
      const data = JSON.parse(readFileSync(`${paths.curated}/${f}.json`, 'utf8')) as {
        document: string;
        agreements: Array<{ line: number }>;
      };
      for (const a of data.agreements) {
        passages++;
        if (dataset.agreements.some((x) => x.sources.some((s) => s.document === data.document && s.line === a.line))) findable++;
      }
    }
    expect([findable, passages]).toEqual([27, 27]);
    for (const l of dataset.listings) expect(dataset.agreements.find((a) => a.key === l.agreement)!.sources).toContainEqual(l.source);
  });

  it('4. one place, one node: near-duplicates are found and decided', () => {
    const keys = new Set(dataset.municipalities.map((m) => m.key));
    expect(keys.has('AU/クィーンズランド州')).toBe(false);
    expect(keys.has('RU/ウラジオストク市')).toBe(false);
    expect(keys.has('FR/アヌシー広域行政体')).toBe(false);
    expect(agreement('6.18').parties.map((p) => p.municipality)).toContain('AU/クイーンズランド州');
    expect(agreement('2.25').parties.map((p) => p.municipality)).toContain('RU/沿海地方/ウラジオストク市');
    for (const id of ['variant:KR/全羅北道|KR/全羅南道', 'variant:FR/アヌシー広域行政体|FR/アヌシー都市圏共同体'])
      expect(dataset.decisions.map((d) => d.id)).toContain(id);
  });

  it('5. one rule per country for administrative levels', () => {
    const kind = (key: string) => dataset.municipalities.find((m) => m.key === key)?.kind;
    expect([kind('FR/セーヌ・エ・マルヌ県'), kind('FR/イル・ド・フランス州/オー・ド・セーヌ県')]).toEqual(['REGION', 'REGION']);
    for (const city of ['VN/ホーチミン市', 'VN/ハイフォン市', 'VN/ダナン市', 'CN/上海市', 'CN/北京市', 'CN/天津市'])
      expect([city, kind(city)]).toEqual([city, 'REGION']);
    expect(kind('LU/ルクセンブルク大公国')).toBe('COUNTRY');
    expect(kind('RU/ロシアソビエト連邦社会主義共和国')).toBe('COUNTRY');
  });

  it('6. captions, every dated event, the sheet’s own characters, no leftover marks', () => {
    expect(listing('6.2').sheet.links).toEqual([
      { url: 'http://www.city.kawasaki.jp/press/info20100423_11/item6144.pdf', caption: '(協定書締結に係る報道発表資料を掲載)' },
    ]);
    expect(agreement('2.5').events.map((e) => [e.date.iso, e.line])).toEqual([
      ['2001-05-26', 1427],
      ['2006-03-16', 1428],
    ]);
    expect(agreement('7.36').events.map((e) => [e.label, e.date.iso])).toEqual([
      ['黒竜江省', '1989-11-11'],
      ['吉林省', '1989-11-13'],
      ['遼寧省', '1989-11-15'],
    ]);
    expect(agreement('7.39').events.map((e) => e.date.iso)).toEqual(['1992-09-03', '2008-02-18']);
    expect(agreement('6.19').events).toHaveLength(2);
    const written = dataset.agreements.flatMap((a) => a.parties.map((p) => p.written));
    expect(written).toEqual(expect.arrayContaining(['台湾彰化縣', '中華人民共和国景德鎮市', '中華人民共和国青島市']));
    expect(written.filter((w) => /[:：]/.test(w))).toEqual([]);
    expect(agreement('1.9').outcomes).not.toMatch(/- ・/);
    expect(agreement('5.9').signedOn?.text).not.toMatch(/--/);
  });

  it('7. findings recorded: ToC 1.9, 2.18’s title, the era decisions say what the sheet supports', () => {
    const ids = dataset.decisions.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['toc-name:1.9', 'title-place:2.18']));
    for (const id of ['era:1617', 'era:1984']) expect(dataset.decisions.find((d) => d.id === id)?.reason).toMatch(/other evidence/);
  });

  it('#19: survey agreements are keyed by their first listing, and keep their former line keys', () => {
    expect(agreement('1.14').key).toBe('clair2012:1.14');
    expect(agreement('2.3').key).toBe('clair2012:1.14');
    expect(agreement('1.14').formerKeys).toEqual([`clair2012:${listing('1.14').source.line}`]);
  });
});
