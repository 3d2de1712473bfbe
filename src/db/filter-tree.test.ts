import { knex as knexFactory } from '@mikro-orm/knex';
import { compileFilterTree, filterShape, type BooleanFilter } from './filter-tree';

interface F extends BooleanFilter<F> {
  x?: number;
}
const knex = knexFactory({ client: 'sqlite3', useNullAsDefault: true });
const sql = (f: F | null) => {
  const { sql, bindings } = compileFilterTree(knex, f, (g) => (g.x == null ? [] : [knex.raw('x = ?', [g.x])])).toSQL();
  return [sql, bindings];
};

describe('compileFilterTree', () => {
  it('gives the empty operators their logical meaning', () => {
    expect(sql(null)).toEqual(['1 = 1', []]);
    expect(sql({ and: [] })).toEqual(['1 = 1', []]);
    expect(sql({ or: [] })).toEqual(['1 = 0', []]);
    expect(sql({ not: {} })).toEqual(['not (1 = 1)', []]);
  });

  it('ANDs the fields of one object with its operators, each part in brackets', () => {
    expect(sql({ x: 1, or: [{ x: 2 }, { not: { x: 3 } }] })).toEqual(['(x = ?) and ((x = ?) or (not (x = ?)))', [1, 2, 3]]);
  });
});

describe('filterShape', () => {
  it('counts depth and the filters nested under and/or/not, not other objects', () => {
    expect(filterShape(null)).toEqual({ depth: 0, nested: 0 });
    expect(filterShape({ countries: ['CN'], nameMatch: { startsWith: 'a' } })).toEqual({ depth: 1, nested: 0 });
    expect(filterShape({ or: [{ x: 1 }, { not: { x: 2 } }], and: [] })).toEqual({ depth: 3, nested: 3 });
  });

  it('walks a tree far deeper than the stack allows', () => {
    let f: object = {};
    for (let i = 0; i < 100_000; i++) f = { not: f };
    expect(filterShape(f)).toEqual({ depth: 100_001, nested: 100_000 });
  });
});
