import { cleanText, emptyToNull, foldVariantKanji, foldWidth, joinSplitDigits, nameKey } from './normalize';

describe('normalize', () => {
  it('folds the variant kanji the source uses', () => {
    expect(foldVariantKanji('經濟交流')).toBe('経済交流');
    expect(foldVariantKanji('黒龍江省')).toBe('黒竜江省');
    expect(foldVariantKanji('台北縣')).toBe('台北県');
    expect(foldVariantKanji('景德鎮')).toBe('景徳鎮');
    expect(foldVariantKanji('瀋陽水務集团')).toBe('瀋陽水務集団');
  });

  it('folds full-width ASCII and half-width katakana, and nothing else', () => {
    expect(foldWidth('（１）ＵＲＬ')).toBe('(1)URL');
    expect(foldWidth('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(foldWidth('①教育　交流')).toBe('①教育 交流');
  });

  it('collapses spaces but keeps line breaks', () => {
    expect(cleanText('  a \t b\n\n\n\nc  ')).toBe('a b\n\nc');
  });

  it('joins digits that extraction split', () => {
    expect(joinSplitDigits('3 2. 共同宣言書')).toBe('32. 共同宣言書');
    expect(joinSplitDigits('平成 1 1 （ 1 9 9 9 ）')).toBe('平成 11 （ 1999 ）');
  });

  it('compares names without spaces', () => {
    expect(nameKey('バ ートランゲンザルツァ市')).toBe('バートランゲンザルツァ市');
  });

  it('reads -- as empty', () => {
    expect(emptyToNull('--')).toBeNull();
    expect(emptyToNull('  ')).toBeNull();
    expect(emptyToNull('x')).toBe('x');
  });
});
