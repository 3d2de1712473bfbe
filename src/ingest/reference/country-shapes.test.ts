import { insideCountry } from './country-shapes';

describe('insideCountry', () => {
  it('finds points inside their country, islands and coastal town halls included', () => {
    expect(insideCountry({ lat: 43.06, lng: 141.35 }, 'JP')).toBe(true); // 札幌
    expect(insideCountry({ lat: 27.09, lng: 142.19 }, 'JP')).toBe(true); // 小笠原村, off the 1:10m coastline
    expect(insideCountry({ lat: -20.9, lng: 142.7 }, 'AU')).toBe(true); // Queensland (Australia is two shapes)
    expect(insideCountry({ lat: -22.27, lng: 166.44 }, 'NC')).toBe(true); // Nouméa
    expect(insideCountry({ lat: -16.92366, lng: 145.76613 }, 'AU')).toBe(true); // Cairns (GeoNames), off the 1:10m coast
    expect(insideCountry({ lat: -16.8, lng: 179.3 }, 'FJ')).toBe(true); // Vanua Levu, at the antimeridian
    expect(insideCountry({ lat: 66.0, lng: -179.5 }, 'RU')).toBe(true); // Chukotka, west of it
  });

  it('does not take a shape cut at the antimeridian for one that spans the globe', () => {
    // world-atlas writes some vertices on the cut as -180 in rings at +180 (Fiji, Chukotka).
    expect(insideCountry({ lat: -16.92366, lng: 145.76613 }, 'FJ')).toBe(false); // Cairns
    expect(insideCountry({ lat: 69.12, lng: -105.06 }, 'RU')).toBe(false); // Cambridge Bay, Canada
    expect(insideCountry({ lat: 69.12, lng: -105.06 }, 'CA')).toBe(true);
  });

  it('refuses points on another continent, in a neighbour, or with lat and lng swapped', () => {
    expect(insideCountry({ lat: 37.8, lng: -122.27 }, 'CN')).toBe(false); // a gazetteer's 山東省, in California
    expect(insideCountry({ lat: 37.57, lng: 126.98 }, 'JP')).toBe(false); // Seoul
    expect(insideCountry({ lat: 141.35, lng: 43.06 }, 'JP')).toBe(false);
  });
});
