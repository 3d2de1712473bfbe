/**
 * The families an independent audit still found after #15 (30 listings, 591 fields), one test
 * each; each failed on the data before its fix. The round trip (fidelity.test.ts) checks the
 * same promises over all 175 sheets.
 */
import { readFileSync } from 'fs';
import { buildDataset } from '../../src/ingest/dataset';
import { parseDecisions } from '../../src/ingest/decisions';
import { readCurated } from '../../src/ingest/curated';
import { defaultPaths, ingest, SOURCE_DOCUMENT } from '../../src/ingest/run-ingest';
import { dirname } from 'path';

const paths = defaultPaths();
const { dataset } = ingest(paths);
const listing = (ref: string) => dataset.listings.find((l) => `${l.category}.${l.number}` === ref)!;
const items = (ref: string) => listing(ref).sheet.activities.map((a) => [a.heading, a.text]);
const notes = (ref: string) => listing(ref).sheet.activityNotes.map((n) => [n.text, n.line]);
const agreement = (key: string) => dataset.agreements.find((a) => a.key === key)!;

describe('the families of the second audit', () => {
  it('1. a date standing alone heads the items after it; labelled lines stay with their item', () => {
    for (const ref of ['6.3', '6.4']) {
      expect(items(ref).map(([heading]) => heading)).toEqual(['平成23年8月~9月', '平成24年5月', '平成24年8月~9月']);
      expect(items(ref)[1]).toEqual(['平成24年5月', '瀋陽市書記が本市を訪問。ビジネスマッチング等実施。']);
    }
    expect(items('2.10')).toEqual([
      ['平成24年4月22日', '大連・札幌観光意見交換会(札幌市主催)\n参加者:大連市旅遊局・大連航空ほか、札幌市、北海道、北洋銀行、北海道銀行'],
      ['平成24年8月9日', '大連市企業に対する観光プロモーション'],
      [
        '平成24年8月9日',
        '中国大連・北海道企業ビジネスマッチング(札幌商工会議所主催)\n参加者:大連企業30社参加(参加60人)、北海道企業\n※中国語版観光プロモーションパンフレットを活用した観光PR',
      ],
    ]);
  });

  it('2. a heading reaches no further than its paragraph; a note on the list is a note, not an item', () => {
    expect(items('7.21')).toEqual([
      [
        null,
        '福岡・釜山経済協力事業として、4基本方針、9戦略、23細部推進事業、64課題を選定し、連携して事業を推進中\n【基本方針】\n未来志向のビジネス協力推進、人材の育成・活用、日常交流圏形成、政府への共同要望',
      ],
      [null, '両市庁舎内に経済協力事務所を設置し、事業を推進'],
    ]);
    expect(notes('7.10')).toEqual([['※以下、予定を含む', 4001]]);
    expect(notes('9.4')).toEqual([['※以下、予定を含む', 6049]]);
    expect(notes('6.6')).toEqual([['※北京・大連-岡山間の定期航空路線は、平成23年10月末をもって運休中。', 3053]]);
    expect(notes('6.11')).toEqual([['(覚書を提携したばかりであり、本格的な取組等はこれから)', 3224]]);
    expect(items('6.11')).toEqual([]);
    expect(notes('8.1')).toEqual([['(※現在、上記の取組はいずれも休止中)', 5046]]);
    expect(items('8.1')[2][1]).toBe('技術研修の実施(瀋陽市中堅技術職員を対象とした「道路維持管理コース」を本市で実施)');
    expect(agreement('clair2012:7.10').activityNotes).toEqual([{ text: '※以下、予定を含む', line: 4001 }]);
    // A note under an item with items after it is that item's (2.25): it stays in the item.
    expect(listing('2.25').sheet.activities[1].text).toMatch(/\n※平成24年も継続して実施。交流先は東海市のみ。$/);
    const withNotes = dataset.listings.filter((l) => l.sheet.activityNotes.length > 0).map((l) => `${l.category}.${l.number}`);
    expect(withNotes).toEqual(['6.6', '6.11', '7.10', '8.1', '9.4']);
  });

  it('3. a list in (3) or (5) is one line per item, whichever way the sheet marks it', () => {
    // 3.7 and 9.7 print the list as a <ul> run; 2.25 with spaced bullets; 7.19 as "- ・" lines.
    expect(listing('3.7').sheet.outcomes).toBe(listing('2.25').sheet.outcomes);
    expect(listing('3.7').sheet.outcomes!.split('\n')).toEqual([
      '・毎年実施される交流事業として定着しつつある事業もあり、市民レベルでの交流が促進された。',
      '・交流の実施主体の裾野を広げること、一方向の交流ではなく相互交流を促進することを通じて、より一層の交流促進を図ることが今後の課題。',
    ]);
    expect(listing('9.7').sheet.outcomes).toBe(listing('7.19').sheet.outcomes);
    expect(listing('9.7').sheet.outcomes!.split('\n')[0]).toContain('「釜山・上海・大阪ツーリズム振興協議会」');
    expect(listing('7.4').sheet.background!.split('\n')[0]).toBe('・平成18年に中国大連市・琿春市にポートセールス団を派遣');
    expect(items('5.5').map(([heading]) => heading)).toEqual([null, '【交流実績】', '【交流実績】']);
  });

  it('4. titles keep their own spaces', () => {
    expect(listing('5.9').title).toBe(
      '経済連携に関する覚書 (Memorandum of Understanding on industrial collaboration and industrial platform development)',
    );
    expect(listing('2.18').title).toBe('高野町・アッシジ市 日伊世界遺産都市の文化・観光相互促進協定書');
    expect(agreement('clair2012:6.24').title).toBe('世界陶磁器都市市長サミット 景德鎮宣言2011');
    expect(agreement('clair2012:5.7').title).toBe('雲仙茶-求礼茶 交流協定');
  });

  it('5. a long passage two agreements’ sheets share is found, and the ingest stops until it is decided', () => {
    const decision = dataset.decisions.find((d) => d.id === 'same-text:2.1+2.10')!;
    expect(decision.lines).toEqual([1301, 1640]);
    expect(listing('2.1').sheet.outcomes).toBe(listing('2.10').sheet.outcomes); // both sheets as printed
    expect(dataset.decisions.filter((d) => d.id.startsWith('same-text:')).map((d) => d.id)).toEqual([
      'same-text:2.1+2.10',
      'same-text:1.3+5.2',
      'same-text:6.3+6.4',
      'same-text:7.13+7.14',
      'same-text:8.4+8.5',
    ]);
    const decisions = parseDecisions(JSON.parse(readFileSync(paths.decisions, 'utf8'))).filter((d) => d.id !== decision.id);
    const curated = readCurated(paths.curated, dirname(paths.source));
    const build = () => buildDataset(readFileSync(paths.source, 'utf8'), SOURCE_DOCUMENT, decisions, curated);
    const error = (() => {
      try {
        build();
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error?.name).toBe('DecisionError');
    expect(build).toThrow(
      /undecided: same-text:2\.1\+2\.10 \(line 1301, 1640\): sheets 2\.1 and 2\.10, two agreements with no party in common/,
    );
  });

  it('6. spaces a PDF row break left inside a word are gone; the spaces a sheet writes stay', () => {
    const outcomes = listing('5.5').sheet.outcomes!;
    expect(outcomes).toContain('植物や天敵生物などの移入');
    expect(outcomes).toContain('貿易摩擦につながらない');
    expect(outcomes).toMatch(/実施している。$/);
    expect(listing('5.5').sheet.background).toContain('研究院との間に交わされた');
    expect(listing('2.16').sheet.background).toContain('渋谷区海外都市調査団を派遣');
    for (const ref of ['1.21', '8.21'])
      expect(items(ref).map(([, t]) => t)).toContain('多文化共生施策の導入と多文化共生NGO関係者の招聘(平成12年)');
    expect(listing('7.32').sheet.outcomes).toContain('377TEU → 8,461TEU');
    // The sheets' own spaces: between a title and a name, inside a Korean name and its reading, before など.
    expect(listing('1.18').sheet.background).toContain('宝塚市長 正司泰一郎氏');
    expect(listing('2.2').sheet.background).toContain('禹 堉敏(ウ・グンミン)');
    expect(listing('7.21').sheet.background).toContain('許南植(ホ ナムシク)');
    expect(items('6.16').map(([, t]) => t)).toContain('両府州の工芸品のコラボレーション展を京都で開催 など');
  });
});

describe('the curated documents, after the second audit', () => {
  it('record what the text says: no activity made of a description, every party a mention names, no date the text does not give', () => {
    expect(agreement('000:60').activities).toEqual([]);
    const mentions = readCurated(paths.curated, dirname(paths.source)).sameAs;
    expect(mentions.find((m) => m.key === '001:542')!.parties.map((p) => p.written)).toEqual([
      '北海道',
      '沿海地方',
      'ハバロフスク地方',
      'サハリン州',
    ]);
    const kawaba = agreement('003:2313');
    expect(kawaba.signedOn).toBeNull();
    expect(kawaba.events).toEqual([
      {
        date: { year: 1981, month: null, day: null, iso: '1981', text: '昭和 56 年' },
        label: '世田谷区の「区民健康村」として川場村が選定',
        line: 2451,
      },
    ]);
  });

  it('refuses a mention that names only some of its agreement’s parties', () => {
    const curated = readCurated(paths.curated, dirname(paths.source));
    const mention = curated.sameAs.find((m) => m.key === '001:542')!;
    mention.parties = mention.parties.slice(0, 2);
    const decisions = parseDecisions(JSON.parse(readFileSync(paths.decisions, 'utf8')));
    expect(() => buildDataset(readFileSync(paths.source, 'utf8'), SOURCE_DOCUMENT, decisions, curated)).toThrow(
      /curated 001:542: names JP\/北海道、RU\/沿海地方, but clair2012:7\.39's parties are /,
    );
  });
});
