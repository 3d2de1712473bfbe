import { registerEnumType } from 'type-graphql';
import { MunicipalityKind } from '../../records/enums';

export { MunicipalityKind };

registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  description:
    'What kind of party a municipality record is: a level of Japanese or foreign local government, a state itself, or an organisation.',
  valuesConfig: {
    PREFECTURE: { description: '都道府県' },
    CITY: { description: '市 (incl. designated cities)' },
    WARD: { description: '特別区・区' },
    TOWN: { description: '町' },
    VILLAGE: { description: '村' },
    REGION: {
      description:
        'foreign division above the municipality: province, state, oblast, krai, 道, département, and cities that are one (上海市, ホーチミン市); see src/ingest/admin-levels.ts',
    },
    LOCALITY: { description: 'foreign municipality or part of one: city, town, county of China or Korea, district ...' },
    COUNTRY: { description: 'a state itself as a party (ルクセンブルク大公国)' },
    ORGANIZATION: { description: 'embassy, ministry, agency, foundation, council: a party that is not a municipality' },
  },
});
