import { registerEnumType } from 'type-graphql';

/** The kind of tie an agreement makes (from the title for the CLAIR survey; curated for the other documents). */
export enum AgreementKind {
  FIELD_AGREEMENT = 'FIELD_AGREEMENT',
  SISTER_CITY = 'SISTER_CITY',
  FRIENDSHIP_CITY = 'FRIENDSHIP_CITY',
  PARTNERSHIP = 'PARTNERSHIP',
  COOPERATION_AGREEMENT = 'COOPERATION_AGREEMENT',
  MEMORANDUM = 'MEMORANDUM',
  GUIDELINE = 'GUIDELINE',
  ENGAGEMENT = 'ENGAGEMENT',
  DISASTER_MUTUAL_AID = 'DISASTER_MUTUAL_AID',
  WATER_SOURCE_PROTECTION = 'WATER_SOURCE_PROTECTION',
  EXCHANGE_PROGRAMME = 'EXCHANGE_PROGRAMME',
}

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
