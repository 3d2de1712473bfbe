import { registerEnumType } from 'type-graphql';

/** What kind of party a municipality record is. */
export enum MunicipalityKind {
  PREFECTURE = 'PREFECTURE',
  CITY = 'CITY',
  WARD = 'WARD',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
  REGION = 'REGION',
  LOCALITY = 'LOCALITY',
  ORGANIZATION = 'ORGANIZATION',
}

registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  valuesConfig: {
    PREFECTURE: { description: '都道府県' },
    CITY: { description: '市 (incl. designated cities)' },
    WARD: { description: '特別区・区' },
    TOWN: { description: '町' },
    VILLAGE: { description: '村' },
    REGION: { description: 'foreign first-level division: province, state, oblast, krai, 道 ...' },
    LOCALITY: { description: 'foreign city, county, district ...' },
    ORGANIZATION: { description: 'embassy, ministry, agency, foundation, council: a party that is not a municipality' },
  },
});
