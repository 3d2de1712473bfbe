import { encodeCursor, slicePage } from './connection';

const keys = ['a', 'b', 'c', 'd', 'e'];

describe('slicePage', () => {
  it('pages forward with first/after', () => {
    const one = slicePage(keys, { first: 2 });
    expect(one.page).toEqual(['a', 'b']);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = slicePage(keys, { first: 2, after: one.pageInfo.endCursor });
    expect(two.page).toEqual(['c', 'd']);
    expect(slicePage(keys, { first: 2, after: two.pageInfo.endCursor }).pageInfo.hasNextPage).toBe(false);
  });

  it('pages backward with last/before', () => {
    const one = slicePage(keys, { last: 2 });
    expect(one.page).toEqual(['d', 'e']);
    expect(one.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(slicePage(keys, { last: 2, before: one.pageInfo.startCursor }).page).toEqual(['b', 'c']);
    expect(slicePage(keys, { last: 10, before: encodeCursor('b') }).page).toEqual(['a']);
  });

  it('takes the rows between after and before', () => {
    expect(slicePage(keys, { after: encodeCursor('a'), before: encodeCursor('e') }).page).toEqual(['b', 'c', 'd']);
    expect(slicePage(keys, { first: 0 }).page).toEqual([]);
  });

  it('refuses sizes over 100 and cursors it did not make', () => {
    expect(() => slicePage(keys, { first: 101 })).toThrow(/first must be between 0 and 100/);
    expect(() => slicePage(keys, { last: -1 })).toThrow(/last must be between 0 and 100/);
    expect(() => slicePage(keys, { after: 'zzz' })).toThrow(/not a cursor of this API/);
    expect(() => slicePage(keys, { after: encodeCursor('x') })).toThrow(/not in this list/);
  });
});
