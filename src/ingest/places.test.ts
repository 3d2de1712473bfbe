import { readParties, readPlace, splitLevels } from './places';

const path = (written: string, side: 'DOMESTIC' | 'FOREIGN') => {
  const p = readPlace(written, side);
  return [p.country, ...p.levels.map((l) => `${l.name}:${l.kind}`)];
};

describe('places', () => {
  it('reads a Japanese city under its prefecture', () => {
    expect(path('青森県青森市', 'DOMESTIC')).toEqual(['JP', '青森県:PREFECTURE', '青森市:CITY']);
    expect(path('東京都渋谷区', 'DOMESTIC')).toEqual(['JP', '東京都:PREFECTURE', '渋谷区:WARD']);
    expect(path('北海道東川町', 'DOMESTIC')).toEqual(['JP', '北海道:PREFECTURE', '東川町:TOWN']);
    expect(path('青森県六ヶ所村', 'DOMESTIC')).toEqual(['JP', '青森県:PREFECTURE', '六ヶ所村:VILLAGE']);
  });

  it('reads a foreign city under its region', () => {
    expect(path('中華人民共和国遼寧省大連市', 'FOREIGN')).toEqual(['CN', '遼寧省:REGION', '大連市:LOCALITY']);
    expect(path('大韓民国江原道原州市', 'FOREIGN')).toEqual(['KR', '江原道:REGION', '原州市:LOCALITY']);
    expect(path('大韓民国済州特別自治道', 'FOREIGN')).toEqual(['KR', '済州特別自治道:REGION']);
    expect(path('中華人民共和国北京市石景山区', 'FOREIGN')).toEqual(['CN', '北京市:REGION', '石景山区:LOCALITY']);
    expect(path('カナダ ブリティッシュコロンビア州', 'FOREIGN')).toEqual(['CA', 'ブリティッシュコロンビア州:REGION']);
    expect(path('英国ロンドン市', 'FOREIGN')).toEqual(['GB', 'ロンドン市:LOCALITY']);
  });

  it('reads embassies and ministries as organisations, a state itself as a country', () => {
    expect(path('在日デンマーク王国大使館', 'FOREIGN')).toEqual(['DK', '在日デンマーク王国大使館:ORGANIZATION']);
    expect(path('ベトナム社会主義共和国（計画投資省）', 'FOREIGN')).toEqual(['VN', '計画投資省:ORGANIZATION']);
    expect(path('ルクセンブルク大公国', 'FOREIGN')).toEqual(['LU', 'ルクセンブルク大公国:COUNTRY']);
    expect(path('ロシア連邦（ロシアソビエト連邦社会主義共和国）', 'FOREIGN')).toEqual(['RU', 'ロシアソビエト連邦社会主義共和国:COUNTRY']);
    expect(path('財団法人三重県産業支援センター', 'DOMESTIC')).toEqual(['JP', '財団法人三重県産業支援センター:ORGANIZATION']);
  });

  it('splits levels only at the end of a name', () => {
    expect(splitLevels('吉林省延辺朝鮮族自治州琿春市')).toEqual(['吉林省', '延辺朝鮮族自治州', '琿春市']);
    expect(splitLevels('ニューカレドニア ヌメア市')).toEqual(['ニューカレドニア', 'ヌメア市']);
  });

  it('splits a multi-party field, inheriting country, prefecture and parent', () => {
    const keys = (field: string, side: 'DOMESTIC' | 'FOREIGN') =>
      readParties(field, side).map((p) => [p.country, ...p.levels.map((l) => l.name)].join('/'));
    expect(keys('中華人民共和国黒竜江省、吉林省、遼寧省', 'FOREIGN')).toEqual(['CN/黒竜江省', 'CN/吉林省', 'CN/遼寧省']);
    expect(keys('京都府、舞鶴市', 'DOMESTIC')).toEqual(['JP/京都府', 'JP/京都府/舞鶴市']);
    expect(keys('大韓民国慶尚北道浦項市 中華人民共和国吉林省琿春市', 'FOREIGN')).toEqual(['KR/慶尚北道/浦項市', 'CN/吉林省/琿春市']);
    expect(keys('オーストラリア連邦ニューサウスウェールズ州ポートスティーブンス市・ニューカッスル市', 'FOREIGN')).toEqual([
      'AU/ニューサウスウェールズ州/ポートスティーブンス市',
      'AU/ニューサウスウェールズ州/ニューカッスル市',
    ]);
    expect(keys('ハンガリー共和国バーチ・キシュクン県ケチケメート市', 'FOREIGN')).toEqual(['HU/バーチ・キシュクン県/ケチケメート市']);
    expect(keys('中華人民共和国：青島市、大連市 大韓民国：釜山広域市', 'FOREIGN')).toEqual(['CN/青島市', 'CN/大連市', 'KR/釜山広域市']);
  });

  it('names the party it cannot read', () => {
    expect(() => readPlace('舞鶴市', 'DOMESTIC')).toThrow(/"舞鶴市" names no prefecture/);
    expect(() => readPlace('ウェストラント市', 'FOREIGN')).toThrow(/names no country/);
  });

  it('gives every foreign level its kind by one rule per country, wherever it is written', () => {
    expect(path('フランス共和国セーヌ・エ・マルヌ県バビルゾン市', 'FOREIGN')).toEqual([
      'FR',
      'セーヌ・エ・マルヌ県:REGION',
      'バビルゾン市:LOCALITY',
    ]);
    expect(path('フランス共和国イル・ド・フランス州オー・ド・セーヌ県', 'FOREIGN')).toEqual([
      'FR',
      'イル・ド・フランス州:REGION',
      'オー・ド・セーヌ県:REGION',
    ]);
    for (const city of [
      'ベトナム社会主義共和国ホーチミン市',
      'ベトナム社会主義共和国ダナン市',
      '中華人民共和国上海市',
      '中華人民共和国北京市',
    ])
      expect(path(city, 'FOREIGN')[1]).toMatch(/:REGION$/);
    expect(path('中華人民共和国浙江省天台県', 'FOREIGN')).toEqual(['CN', '浙江省:REGION', '天台県:LOCALITY']);
  });

  it("keeps the sheet's own characters in written and folds them only in the name", () => {
    const place = readParties('台湾彰化縣、台東縣', 'FOREIGN')[0];
    expect(place.written).toBe('台湾彰化縣');
    expect(place.levels.map((l) => l.name)).toEqual(['彰化県']);
    expect(readParties('中華人民共和国：青島市、大連市', 'FOREIGN').map((p) => p.written)).toEqual(['中華人民共和国青島市', '大連市']);
  });
});
