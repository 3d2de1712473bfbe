import { registerEnumType } from 'type-graphql';
import { MunicipalityKind } from '../../records/enums';

export { MunicipalityKind };

registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  description:
    'What kind of party a municipality record is: a level of Japanese or foreign local government, a state itself, or an organisation.',
  valuesConfig: {
    PREFECTURE: { description: 'A Japanese prefecture (都道府県), Tokyo, Hokkaido, Osaka and Kyoto included.' },
    CITY: { description: 'A Japanese city (市), designated cities included.' },
    WARD: { description: 'A ward (区): one of Tokyo’s special wards (特別区) or a ward of a designated city.' },
    TOWN: { description: 'A Japanese town (町).' },
    VILLAGE: { description: 'A Japanese village (村).' },
    REGION: {
      description:
        'A foreign division above the municipality: province, state, oblast, krai, Korean do (道), département, and cities that are one (上海市 Shanghai, ホーチミン市 Ho Chi Minh City).',
    },
    LOCALITY: { description: 'A foreign municipality or part of one: a city, a town, a county of China or Korea, a district …' },
    COUNTRY: { description: 'A state itself as a party (ルクセンブルク大公国, the Grand Duchy of Luxembourg).' },
    ORGANIZATION: { description: 'A party that is not a place: an embassy, ministry, agency, foundation or council.' },
  },
});
