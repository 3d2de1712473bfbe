import { splitActivities } from './activities';
import { splitBulletRun } from './bullet-runs';

const texts = (lines: string[]) => splitActivities(lines, 1).map((a) => a.text);

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
    const items = splitActivities(['<p>【平成24年7月】</p> <ul style="list-style-type: none">・委員会設置'], 10);
    expect(items).toEqual([{ text: '委員会設置', period: null, heading: '【平成24年7月】', line: 10 }]);
  });

  it('keeps current and past activities apart', () => {
    const items = splitActivities(
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
