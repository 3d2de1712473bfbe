import { splitActivities } from './activities';
import { splitBulletRun } from './bullet-runs';

const texts = (lines: string[]) => splitActivities(lines, 1).items.map((a) => a.text);

describe('activities: whole items of the sheet’s list', () => {
  it('does not cut a name or a compound joined by ・', () => {
    expect(
      splitBulletRun('・公式訪問団の訪問・受入れ・小・中学指定校による作品交流（平成20年度まで）・棟方志功賞版画展入賞作品を送付'),
    ).toEqual(['公式訪問団の訪問・受入れ', '小・中学指定校による作品交流（平成20年度まで）', '棟方志功賞版画展入賞作品を送付']);
    expect(splitBulletRun('・REXプログラムによる派遣（平成6～9年）・ふくしま・BC生徒交換研修プログラム（平成7～12年）')).toEqual([
      'REXプログラムによる派遣（平成6～9年）',
      'ふくしま・BC生徒交換研修プログラム（平成7～12年）',
    ]);
    expect(splitBulletRun('・カナダ・フェア（平成8年）の開催・国際理解講座')).toEqual(['カナダ・フェア（平成8年）の開催', '国際理解講座']);
    expect(splitBulletRun('・平成18年に中国大連市・琿春市に派遣・その後、要請があった。')).toEqual([
      '平成18年に中国大連市・琿春市に派遣',
      'その後、要請があった。',
    ]);
    expect(
      splitBulletRun(
        '・韓国民俗芸能サムルノリ講習会（平成22年度で終了）・指定校による版画・絵画等による作品交流・棟方志功賞版画展入賞作品の送付',
      ),
    ).toEqual([
      '韓国民俗芸能サムルノリ講習会（平成22年度で終了）',
      '指定校による版画・絵画等による作品交流',
      '棟方志功賞版画展入賞作品の送付',
    ]);
    expect(
      splitBulletRun(
        '・イッシー・レ・ムリノー市職員視察受入れ・イッシー・レ・ムリノー市への市川市職員視察派遣・第二回日仏自治体交流会議出席 等',
      ),
    ).toEqual([
      'イッシー・レ・ムリノー市職員視察受入れ',
      'イッシー・レ・ムリノー市への市川市職員視察派遣',
      '第二回日仏自治体交流会議出席 等',
    ]);
  });

  it('splits only at the separators the sheet writes with a space, or after sentences', () => {
    expect(splitBulletRun('・ 知事会議：毎年一回（開催地は持ち回り）・ 実務レベルによる日韓会議：毎年3回')).toEqual([
      '知事会議：毎年一回（開催地は持ち回り）',
      '実務レベルによる日韓会議：毎年3回',
    ]);
    expect(
      splitBulletRun(
        '・両地域における経済交流・ビジネスミッションの派遣、商談会・セミナーの開催を促進する。・施設提供などにより支援する。',
      ),
    ).toEqual(['両地域における経済交流・ビジネスミッションの派遣、商談会・セミナーの開催を促進する。', '施設提供などにより支援する。']);
  });

  it('keeps the detail lines under an item with their item', () => {
    expect(
      texts([
        '- ・「京都舞鶴港セミナーin大連」の開催（平成23年7月）',
        '大連市において「京都舞鶴港セミナー」を開催。',
        '- ・覚書締結（平成23年11月）',
      ]),
    ).toEqual(['「京都舞鶴港セミナーin大連」の開催(平成23年7月)\n大連市において「京都舞鶴港セミナー」を開催。', '覚書締結(平成23年11月)']);
    expect(
      texts(['ア. バルビゾンでの書の実演', '', 'イ. 朝来市での滞在制作', '— 「アーティスト・イン・レジデンス」', '/ 「シンポジウム」']),
    ).toEqual(['バルビゾンでの書の実演', '朝来市での滞在制作\n— 「アーティスト・イン・レジデンス」\n/ 「シンポジウム」']);
  });

  it('reads 「なし」 as no activity, a lettered run as items and headings as headings', () => {
    expect(texts(['なし'])).toEqual([]);
    expect(texts(['ア 相互派遣 イ 相互開催 ウ 宣伝の強化'])).toEqual(['相互派遣', '相互開催', '宣伝の強化']);
    const { items } = splitActivities(['<p>【平成24年7月】</p> <ul style="list-style-type: none">・委員会設置'], 10);
    expect(items).toEqual([{ text: '委員会設置', period: null, heading: '【平成24年7月】', line: 10 }]);
  });

  it('reads a date standing alone as the heading of the items after it, and a labelled line as detail', () => {
    const { items } = splitActivities(['<p>平成23年8月～9月</p> <p>代表団が訪問。</p> <p>平成24年5月</p> <p>書記が来訪。</p>'], 7);
    expect(items.map((i) => [i.heading, i.text])).toEqual([
      ['平成23年8月~9月', '代表団が訪問。'],
      ['平成24年5月', '書記が来訪。'],
    ]);
    expect(splitActivities(['平成24年4月22日', '意見交換会', '参加者：市、銀行', '', '平成24年8月9日', 'プロモーション'], 1).items).toEqual(
      [
        { text: '意見交換会\n参加者:市、銀行', period: null, heading: '平成24年4月22日', line: 2 },
        { text: 'プロモーション', period: null, heading: '平成24年8月9日', line: 6 },
      ],
    );
    // A numbered date is an item of its own (8.11).
    expect(texts(['(1)平成21年10月23～25日', '市議会の訪問'])).toEqual(['平成21年10月23~25日\n市議会の訪問']);
  });

  it('keeps a heading between a bullet and a paragraph inside that bullet, heading nothing after it', () => {
    const { items } = splitActivities(['・4基本方針を選定し推進中', '', '【基本方針】', '', '未来志向の協力', '', '・事務所を設置'], 1);
    expect(items.map((i) => [i.heading, i.text])).toEqual([
      [null, '4基本方針を選定し推進中\n【基本方針】\n未来志向の協力'],
      [null, '事務所を設置'],
    ]);
    // Before a bullet, a heading heads what follows (9.1).
    expect(
      splitActivities(['【平成24年7月】', '- ・委員会設置', '【平成24年11月】', '- ・研修生の受入'], 1).items.map((i) => i.heading),
    ).toEqual(['【平成24年7月】', '【平成24年11月】']);
  });

  it('reads notes on the list apart from the items; a note under an item with items after it stays in it', () => {
    expect(splitActivities(['※以下、予定を含む', '- ・事務所開設', '- ・博覧会出展'], 1)).toEqual({
      items: [
        { text: '事務所開設', period: null, heading: null, line: 2 },
        { text: '博覧会出展', period: null, heading: null, line: 3 },
      ],
      notes: [{ text: '※以下、予定を含む', line: 1 }],
    });
    expect(splitActivities(['- ・デスクの設置', ' - ・県人会の設立', '- ※定期航空路線は運休中。'], 1).notes).toEqual([
      { text: '※定期航空路線は運休中。', line: 3 },
    ]);
    expect(splitActivities(['(覚書を提携したばかりであり、本格的な取組等はこれから)'], 5)).toEqual({
      items: [],
      notes: [{ text: '(覚書を提携したばかりであり、本格的な取組等はこれから)', line: 5 }],
    });
    const run = splitActivities(
      ['<ul style="list-style-type: none">・友好親善の実施・技術研修の実施（本市で実施） （※現在、上記の取組はいずれも休止中）'],
      1,
    );
    expect(run.items.map((i) => i.text)).toEqual(['友好親善の実施', '技術研修の実施(本市で実施)']);
    expect(run.notes).toEqual([{ text: '(※現在、上記の取組はいずれも休止中)', line: 1 }]);
    expect(texts(['<ul>・ 交流試合を実施。 <p>※平成24年も継続。</p> ・ その他の交流'])).toEqual([
      '交流試合を実施。\n※平成24年も継続。',
      'その他の交流',
    ]);
  });

  it('splits a heading and its bullets that the extraction ran onto a paragraph’s line', () => {
    const { items } = splitActivities(
      ['活用等に重点が置かれている。 【交流実績】 ・派遣 実施期間：昭和60年度 派遣回数：19回 ・受入 受入回数：12回'],
      1,
    );
    expect(items.map((i) => [i.heading, i.text])).toEqual([
      [null, '活用等に重点が置かれている。'],
      ['【交流実績】', '派遣 実施期間:昭和60年度 派遣回数:19回'],
      ['【交流実績】', '受入 受入回数:12回'],
    ]);
  });

  it('keeps current and past activities apart', () => {
    const { items } = splitActivities(
      [
        '<p>○現在実施している取組内容</p> <ul><li>・国際交流員の受け入れ・海外技術研修員の受け入れ</ul> <p>○過去に実施した取組内容</p> <ul>・林業技術専門家の派遣</ul>',
      ],
      1,
    );
    expect(items.map((i) => [i.text, i.period])).toEqual([
      ['国際交流員の受け入れ', 'CURRENT'],
      ['海外技術研修員の受け入れ', 'CURRENT'],
      ['林業技術専門家の派遣', 'PAST'],
    ]);
  });
});
