import fc from 'fast-check';
import { isValidLocalGovCode, localGovCheckDigit } from './local-gov-code';

describe('全国地方公共団体コード', () => {
  it.each([
    ['01100', 2], // 札幌市 011002
    ['01000', 6], // 北海道 010006
    ['13112', 1], // 世田谷区 131121
    ['09000', 0], // 栃木県 090000 (remainder 1 → 10 → 0)
    ['20000', 0], // 長野県 200000
  ])('the check digit of %s is %d', (five, digit) => {
    expect(localGovCheckDigit(five)).toBe(digit);
  });

  it('a code is valid with its check digit and with no other', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5}$/), fc.integer({ min: 0, max: 9 }), (five, digit) => {
        expect(isValidLocalGovCode(`${five}${digit}`)).toBe(digit === localGovCheckDigit(five));
      }),
    );
  });

  it('refuses what is not six digits', () => {
    expect(isValidLocalGovCode('11002')).toBe(false);
    expect(isValidLocalGovCode('0110020')).toBe(false);
    expect(isValidLocalGovCode('01100a')).toBe(false);
  });
});
