import { extractUrls, plainText, splitBullets, splitItems, splitOutcomes } from './text-blocks';

describe('text blocks', () => {
  it('removes HTML and reads -- as empty', () => {
    expect(plainText('<p>一つ目</p> <p>二つ目</p>')).toBe('一つ目\n二つ目');
    expect(plainText('--')).toBeNull();
  });

  it('splits bullets without breaking words joined by ・', () => {
    expect(splitBullets('・公式訪問団の訪問・受入れ・小・中学指定校による作品交流・棟方志功賞版画展入賞作品を送付')).toEqual([
      '公式訪問団の訪問・受入れ',
      '小・中学指定校による作品交流',
      '棟方志功賞版画展入賞作品を送付',
    ]);
  });

  it('keeps current and past activities apart', () => {
    const items = splitItems(
      '<p>○現在実施している取組内容</p> <ul><li>・国際交流員の受け入れ・海外技術研修員の受け入れ</ul> <p>○過去に実施した取組内容</p> <ul>・林業技術専門家の派遣</ul>',
    );
    expect(items).toEqual([
      { text: '国際交流員の受け入れ', period: 'CURRENT' },
      { text: '海外技術研修員の受け入れ', period: 'CURRENT' },
      { text: '林業技術専門家の派遣', period: 'PAST' },
    ]);
  });

  it('splits outcomes and challenges where marked', () => {
    expect(splitOutcomes('<p>【成果】よかった。</p> <p>【課題等】続けにくい。</p>')).toEqual({
      outcomes: 'よかった。',
      challenges: '続けにくい。',
    });
    expect(splitOutcomes('印のない文。')).toEqual({ outcomes: '印のない文。', challenges: null });
    expect(splitOutcomes('--')).toEqual({ outcomes: null, challenges: null });
  });

  it('cleans URLs of angle brackets and labels', () => {
    expect(extractUrls('<http://www.town.iwafune.tochigi.jp/>')).toEqual(['http://www.town.iwafune.tochigi.jp/']);
    expect(extractUrls('【京都府HP】\thttp://a.example/x\n【舞鶴市HP】\thttp://b.example/y')).toEqual([
      'http://a.example/x',
      'http://b.example/y',
    ]);
    expect(extractUrls('--')).toEqual([]);
  });
});
