import { extractLinks, extractUrls, plainText, splitOutcomes } from './text-blocks';

describe('text blocks', () => {
  it('removes HTML and reads -- as empty', () => {
    expect(plainText('<p>一つ目</p> <p>二つ目</p>')).toBe('一つ目\n二つ目');
    expect(plainText('--')).toBeNull();
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

  it('keeps the caption the sheet writes beside a URL, before it, after it or on the next line', () => {
    expect(extractLinks('<p>http://a.example/x.pdf</p> <p>（協定書締結に係る報道発表資料を掲載）</p>')).toEqual([
      { url: 'http://a.example/x.pdf', caption: '(協定書締結に係る報道発表資料を掲載)' },
    ]);
    expect(extractLinks('<http://www.kyoto-modelforest.jp/> (「京都モデルフォレスト協会」のHP)')).toEqual([
      { url: 'http://www.kyoto-modelforest.jp/', caption: '(「京都モデルフォレスト協会」のHP)' },
    ]);
    expect(extractLinks('【京都府HP】\thttp://a.example/x\n【舞鶴市HP】\thttp://b.example/y')).toEqual([
      { url: 'http://a.example/x', caption: '【京都府HP】' },
      { url: 'http://b.example/y', caption: '【舞鶴市HP】' },
    ]);
  });

  it('writes a list one item a line with its ・, whether the sheet prints "- ・" lines or a <ul> run', () => {
    const lines = '・「釜山・上海・大阪ツーリズム振興協議会」の会議を開催。\n・河川フォーラムでPR。';
    expect(
      plainText('<ul style="list-style-type: none">・「釜山・上海・大阪ツーリズム振興協議会」の会議を開催。・河川フォーラムでPR。'),
    ).toBe(lines);
    expect(plainText('- ・「釜山・上海・大阪ツーリズム振興協議会」の会議を開催。\n- ・河川フォーラムでPR。')).toBe(lines);
    expect(plainText('<ul style="list-style-type: none"> ・ 交流が促進された。 ・ 今後の課題。')).toBe(
      '・交流が促進された。\n・今後の課題。',
    );
    expect(splitOutcomes('【成果】 <ul>・実績A。・実績B。 【課題等】 <ul>・課題C。')).toEqual({
      outcomes: '・実績A。\n・実績B。',
      challenges: '・課題C。',
    });
  });

  it('removes the extraction\'s "- " list mark but keeps the sheet\'s own ・', () => {
    expect(plainText('- ・中学校での英語の授業に参加し\n- ・教育交流の成果を普及')).toBe(
      '・中学校での英語の授業に参加し\n・教育交流の成果を普及',
    );
  });
});
