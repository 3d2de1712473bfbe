import { buildSchema, parse } from 'graphql';
import type { ListSizes } from './list-sizes';
import { measureQueryOnce } from './measure-once';
import { measureQuery } from './query-cost';

const schema = buildSchema(`
  type Query { items(first: Int): [Item!]! }
  type Item { name: String tags: [String!]! children(first: Int): [Item!]! }
`);
const sizes = (items: number): ListSizes => ({ rows: { 'Query.items': items, 'Item.children': 10 }, compute: {} });

describe('measureQueryOnce', () => {
  const document = parse('query Q($n: Int) { items(first: $n) { name children { name } } }');

  it('measures as measureQuery does, for each set of variables and data sizes', () => {
    const small = sizes(5);
    for (const variables of [{ n: 1 }, { n: 3 }, {}]) {
      expect(measureQueryOnce(schema, small, document, variables, 'Q')).toEqual(measureQuery(schema, small, document, variables, 'Q'));
    }
    const large = sizes(500);
    expect(measureQueryOnce(schema, large, document, {}, 'Q')).toEqual(measureQuery(schema, large, document, {}, 'Q'));
    expect(measureQueryOnce(schema, large, document, {}, 'Q').cost).not.toBe(measureQueryOnce(schema, small, document, {}, 'Q').cost);
  });

  it('measures a document once for the same variables and sizes', () => {
    const fresh = parse('{ items { name } }');
    const same = sizes(5);
    expect(measureQueryOnce(schema, same, fresh)).toBe(measureQueryOnce(schema, same, fresh));
    expect(measureQueryOnce(schema, sizes(5), fresh)).not.toBe(measureQueryOnce(schema, same, fresh));
  });

  it('still refuses variables that do not fit their types, every time', () => {
    expect(() => measureQueryOnce(schema, sizes(5), document, { n: 'many' }, 'Q')).toThrow(/Int/);
    expect(() => measureQueryOnce(schema, sizes(5), document, { n: 'many' }, 'Q')).toThrow(/Int/);
  });
});

it('measures variables nested too deep to write as JSON without remembering them', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i++) deep = [deep];
  expect(() => JSON.stringify(deep)).toThrow(RangeError);
  const document = parse('query Q($n: Int) { items(first: $n) { name } }');
  const small = sizes(5);
  expect(measureQueryOnce(schema, small, document, { n: 2, unused: deep }, 'Q')).toEqual(
    measureQuery(schema, small, document, { n: 2 }, 'Q'),
  );
});
