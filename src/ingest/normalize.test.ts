import { cleanText, emptyToNull, foldVariantKanji, foldWidth, joinSplitDigits, joinWrappedWords, nameKey } from './normalize';

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

  it('removes a space a PDF row break left inside a word: the row before it is full', () => {
    // 5.5, line 2654: rows of 42–43 characters joined with spaces.
    const line =
      '交流当初は、中国に対して技術供与や品種の交換を実施し、中国側のメリットが大きかった。 なお、生態系保護のための外来生物法が平成16年に施行されたことに伴い、植物や天敵生物な どの移入に制限がかかった';
    expect(joinWrappedWords(line, line)).toBe(
      '交流当初は、中国に対して技術供与や品種の交換を実施し、中国側のメリットが大きかった。 なお、生態系保護のための外来生物法が平成16年に施行されたことに伴い、植物や天敵生物などの移入に制限がかかった',
    );
    // A row starts after an HTML tag or a list mark, not at the line's start.
    expect(joinWrappedWords(`<p>${'あ'.repeat(40)} いう</p>`, '')).toBe(`<p>${'あ'.repeat(40)}いう</p>`);
    expect(joinWrappedWords(`- ・${'あ'.repeat(39)} いう`, '')).toBe(`- ・${'あ'.repeat(39)}いう`);
  });

  it('removes a space that splits a word the sheet spells whole elsewhere', () => {
    const item = '・多文化共生施策の導入と多文化 共生NGO関係者の招聘（平成12年）';
    expect(joinWrappedWords(item, item)).toBe('・多文化共生施策の導入と多文化共生NGO関係者の招聘（平成12年）');
  });

  it('keeps the spaces a sheet writes', () => {
    const kept = [
      'ため、市長同士（宝塚市長 正司泰一郎氏とメルビル市長 ジュン・バートン氏）', // a title and a name
      '三村知事が禹 堉敏（ウ・グンミン）済州特別自治道知事を表敬訪問', // a Korean name
      '両府州の工芸品のコラボレーション展を京都で開催 など', // など set apart
      '中国側のメリットが大きかった。 なお、生態系保護のための外来生物法が平成16年に', // between sentences
      'Memorandum of Understanding on industrial collaboration', // English
      '平成 24 年度取り組み', // a number set apart
    ];
    for (const text of kept) expect(joinWrappedWords(text, text)).toBe(text);
  });

  it('joins single letters and digits that extraction spaced out', () => {
    expect(joinWrappedWords('コンテナ貨物取扱量： 3 7 7 T E U → 8 , 4 6 1 T E U', '')).toBe('コンテナ貨物取扱量： 377TEU → 8,461TEU');
    expect(joinWrappedWords('欧州地域における P R 拠点造り', '')).toBe('欧州地域における PR 拠点造り');
  });

  it('reads -- as empty', () => {
    expect(emptyToNull('--')).toBeNull();
    expect(emptyToNull('  ')).toBeNull();
    expect(emptyToNull('x')).toBe('x');
  });
});
