import { buildGraph, type AgreementInput } from './network-graph';
import { computeLayout } from './layout';

const agreement = (key: string, year: number | null, ...keys: string[]): AgreementInput => ({
  key,
  id: `id:${key}`,
  title: key,
  kind: 'FIELD_AGREEMENT',
  categoryCodes: [],
  year,
  parties: keys.map((k) => ({
    key: k,
    name: k,
    fullName: k,
    kind: 'CITY',
    country: 'JP',
    side: 'DOMESTIC',
    code: null,
    nameEn: null,
    lat: null,
    lng: null,
  })),
});

describe('layout', () => {
  const agreements = [
    agreement('x1', 2001, 'a', 'b'),
    agreement('x2', 1995, 'b', 'c'),
    agreement('m', 2005, 'd', 'e', 'f'),
    agreement('u', null, 'g', 'h'),
  ];

  it('places every node, the same way every time and whatever the insertion order', () => {
    const g1 = buildGraph(agreements, 'MUNICIPALITY');
    const g2 = buildGraph([...agreements].reverse(), 'MUNICIPALITY');
    computeLayout(g1);
    computeLayout(g2);
    g1.forEachNode((key, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect({ x: a.x, y: a.y }).toEqual({ x: g2.getNodeAttribute(key, 'x'), y: g2.getNodeAttribute(key, 'y') });
    });
  });

  it('draws tied parties closer together than untied ones', () => {
    const g = buildGraph(agreements, 'MUNICIPALITY');
    computeLayout(g);
    const dist = (s: string, t: string) =>
      Math.hypot(g.getNodeAttribute(s, 'x')! - g.getNodeAttribute(t, 'x')!, g.getNodeAttribute(s, 'y')! - g.getNodeAttribute(t, 'y')!);
    expect(dist('d', 'e')).toBeLessThan(dist('a', 'd'));
    expect(dist('g', 'h')).toBeLessThan(dist('g', 'd'));
  });

  it('gives every node the year of its earliest dated agreement, null when it has only undated ones', () => {
    const g = buildGraph([...agreements, agreement('late', 2010, 'a', 'c')], 'MUNICIPALITY');
    expect(g.getNodeAttribute('a', 'firstYear')).toBe(2001);
    expect(g.getNodeAttribute('b', 'firstYear')).toBe(1995);
    expect(g.getNodeAttribute('g', 'firstYear')).toBeNull();
    const bipartite = buildGraph(agreements, 'BIPARTITE');
    expect(bipartite.getNodeAttribute('m', 'firstYear')).toBe(2005);
    expect(bipartite.getNodeAttribute('c', 'firstYear')).toBe(1995);
  });
});
