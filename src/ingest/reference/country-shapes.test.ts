import { insideCountry } from './country-shapes';

describe('insideCountry', () => {
  it('finds points inside their country, islands and coastal town halls included', () => {
    expect(insideCountry({ lat: 43.06, lng: 141.35 }, 'JP')).toBe(true); // 札幌
    expect(insideCountry({ lat: 27.09, lng: 142.19 }, 'JP')).toBe(true); // 小笠原村, off the 1:10m coastline
    expect(insideCountry({ lat: -20.9, lng: 142.7 }, 'AU')).toBe(true); // Queensland (Australia is two shapes)
    expect(insideCountry({ lat: -22.27, lng: 166.44 }, 'NC')).toBe(true); // Nouméa
  });

  it('refuses points on another continent, in a neighbour, or with lat and lng swapped', () => {
    expect(insideCountry({ lat: 37.8, lng: -122.27 }, 'CN')).toBe(false); // a gazetteer's 山東省, in California
    expect(insideCountry({ lat: 37.57, lng: 126.98 }, 'JP')).toBe(false); // Seoul
    expect(insideCountry({ lat: 141.35, lng: 43.06 }, 'JP')).toBe(false);
  });
});
