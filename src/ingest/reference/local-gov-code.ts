/**
 * 全国地方公共団体コード (JIS X 0402): five digits and a check digit. The check digit is
 * 11 − (the digits weighted 6, 5, 4, 3, 2, summed, mod 11), keeping its last digit
 * (10 → 0, 11 → 1): 01100 → 011002 (札幌市), 01000 → 010006 (北海道).
 */

const WEIGHTS = [6, 5, 4, 3, 2];

/** The check digit of a five-digit code. */
export function localGovCheckDigit(five: string): number {
  if (!/^\d{5}$/.test(five)) throw new Error(`"${five}" is not five digits`);
  const sum = [...five].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  return (11 - (sum % 11)) % 10;
}

/** Six digits whose last is the check digit of the first five. */
export function isValidLocalGovCode(code: string): boolean {
  return /^\d{6}$/.test(code) && localGovCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
