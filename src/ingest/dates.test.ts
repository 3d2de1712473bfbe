import { parseJapaneseDate } from './dates';

describe('parseJapaneseDate', () => {
  it('reads a full date and keeps the text', () => {
    expect(parseJapaneseDate('平成16（2004）年12月24日')?.date).toEqual({
      year: 2004,
      month: 12,
      day: 24,
      iso: '2004-12-24',
      text: '平成16（2004）年12月24日',
    });
  });

  it('keeps year-month and year-only dates partial', () => {
    expect(parseJapaneseDate('平成11（1999）年8月')?.date.iso).toBe('1999-08');
    expect(parseJapaneseDate('平成7（1995）年')?.date).toMatchObject({ year: 1995, month: null, day: null, iso: '1995' });
    expect(parseJapaneseDate('平成4（1992）年から開始')?.date.iso).toBe('1992');
  });

  it('reads spaced digits, half-width brackets and 元年', () => {
    expect(parseJapaneseDate('平成 1 1 （ 1 9 9 9 ） 年 8 月 3 日')?.date.iso).toBe('1999-08-03');
    expect(parseJapaneseDate('平成13(2001)年6月')?.date.iso).toBe('2001-06');
    expect(parseJapaneseDate('黒竜江省：平成元（1989）年11月11日')?.date.iso).toBe('1989-11-11');
  });

  it('takes the first of several dates', () => {
    expect(parseJapaneseDate('平成20（2008）年4月23日、平成24（2012）年6月12日')?.date.iso).toBe('2008-04-23');
  });

  it('reports an era year that disagrees with the Western year', () => {
    const parsed = parseJapaneseDate('平成20（2010）年11月4日');
    expect(parsed?.date.year).toBe(2010);
    expect(parsed?.eraMismatch).toEqual({ era: '平成', eraYear: 20, impliedYear: 2008 });
    expect(parseJapaneseDate('昭和59（1984）年10月7日')?.eraMismatch).toBeNull();
  });

  it('returns null for -- and throws for an impossible date', () => {
    expect(parseJapaneseDate('--')).toBeNull();
    expect(() => parseJapaneseDate('平成16（2004）年2月30日')).toThrow(/impossible day 30/);
    expect(() => parseJapaneseDate('平成16（2004）年13月1日')).toThrow(/impossible month 13/);
  });
});
