import { titleKind } from './title-kind';

it('names the kind of document a title states', () => {
  expect(titleKind('青森市・大連市経済文化交流委員会設置に関する協定')).toBe('協定');
  expect(titleKind('人材と技術の交流に関する同意書')).toBe('同意書');
  expect(titleKind('「国際経済・文化交流」共同宣言')).toBe('宣言');
  expect(titleKind('友好提携に関する協定書')).toBe('協定書');
  expect(titleKind('友好提携')).toBe('提携');
  expect(titleKind('Kulturaustausch-Abkommen')).toBe('Abkommen');
  expect(titleKind('世界セラミックロード')).toBeNull();
});
