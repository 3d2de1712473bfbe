import { registerEnumType } from 'type-graphql';
import { AgreementKind } from '../../records/enums';

export { AgreementKind };

/** The kind of tie, with descriptions for the schema. */
registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  valuesConfig: {
    FIELD_AGREEMENT: { description: '特定分野における提携・協定 (the CLAIR 2012 survey)' },
    SISTER_CITY: { description: '姉妹都市提携' },
    FRIENDSHIP_CITY: { description: '友好都市・ふるさと友好都市・港街友好都市' },
    PARTNERSHIP: { description: '提携・パートナーシップに関する合意' },
    COOPERATION_AGREEMENT: { description: '協力に関する協定' },
    MEMORANDUM: { description: '覚書' },
    GUIDELINE: { description: '指針' },
    ENGAGEMENT: { description: '縁組協定' },
    DISASTER_MUTUAL_AID: { description: '災害時相互応援協定' },
    WATER_SOURCE_PROTECTION: { description: '水源地保護協定' },
    EXCHANGE_PROGRAMME: { description: '交流事業' },
  },
});
