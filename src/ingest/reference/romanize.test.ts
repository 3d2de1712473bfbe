import { romanize } from './romanize';

describe('romanize', () => {
  it.each([
    ['札幌市', 'さっぽろし', 'Sapporo-shi', 'Sapporo'],
    ['三戸町', 'さんのへまち', 'Sannohe-machi', 'Sannohe'],
    ['倶知安町', 'くっちゃんちょう', 'Kutchan-chō', 'Kutchan'],
    ['東京都', 'とうきょうと', 'Tōkyō-to', 'Tokyo'],
    ['大阪府', 'おおさかふ', 'Ōsaka-fu', 'Osaka'],
    ['北九州市', 'きたきゅうしゅうし', 'Kitakyūshū-shi', 'Kitakyushu'],
    ['六ヶ所村', 'ろっかしょむら', 'Rokkasho-mura', 'Rokkasho'],
    ['北海道', 'ほっかいどう', 'Hokkaidō', 'Hokkaido'],
  ])('%s (%s) is %s, plainly %s', (name, reading, romanized, plain) => {
    expect(romanize(name, reading)).toMatchObject({ romanized, plain });
  });

  it('refuses a reading that does not end in the suffix, or is not hiragana', () => {
    expect(() => romanize('札幌市', 'さっぽろ')).toThrow(/does not end in a reading of 市/);
    expect(() => romanize('札幌市', 'サッポロシ')).toThrow(/not hiragana/);
  });
});
