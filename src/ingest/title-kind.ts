/** The kind of document an agreement's title names: the last of these words in it (協定, 覚書 …). */
const TITLE_KINDS = [
  '協定書',
  '協定',
  '覚書',
  '合意書',
  '合意',
  '同意書',
  '協議書',
  '意向書',
  '宣言書',
  '宣言',
  '議定書',
  '盟約書',
  '盟約',
  '誓約書',
  '協約',
  '確認書',
  '附属書',
  '議事録',
  '提携',
  '指針',
  'Abkommen',
];

export function titleKind(title: string): string | null {
  let best: { word: string; at: number } | null = null;
  for (const word of TITLE_KINDS) {
    const at = title.lastIndexOf(word);
    // The later word wins; at the same place the longer one (協定書 over 協定).
    if (at >= 0 && (!best || at + word.length > best.at + best.word.length)) best = { word, at };
  }
  return best?.word ?? null;
}
