import { registerEnumType } from 'type-graphql';
import { MunicipalityKind } from '../../records/enums';

export { MunicipalityKind };

registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  description: 'What kind of party a municipality record is: a level of Japanese or foreign local government, or an organisation.',
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
