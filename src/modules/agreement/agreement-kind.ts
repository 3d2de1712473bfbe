import { registerEnumType } from 'type-graphql';
import { AgreementKind } from '../../records/enums';

export { AgreementKind };

/** The kind of tie, with descriptions for the schema. */
registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'The kind of tie an agreement makes between its parties.',
  valuesConfig: {
    FIELD_AGREEMENT: {
      description:
        'A tie-up or agreement in a particular field, such as education or trade (特定分野における提携・協定): every agreement of the CLAIR 2012 survey.',
    },
    SISTER_CITY: { description: 'Sister-city affiliation (姉妹都市提携).' },
    FRIENDSHIP_CITY: {
      description: 'Friendship city, home-town friendship city or port friendship city (友好都市・ふるさと友好都市・港街友好都市).',
    },
    PARTNERSHIP: { description: 'An agreement on a tie-up or partnership (提携・パートナーシップに関する合意).' },
    COOPERATION_AGREEMENT: { description: 'An agreement on cooperation (協力に関する協定).' },
    MEMORANDUM: { description: 'A memorandum (覚書).' },
    GUIDELINE: { description: 'Guidelines agreed between the parties (指針).' },
    ENGAGEMENT: { description: 'An "engagement" (縁組協定): a pact of kinship between two places.' },
    DISASTER_MUTUAL_AID: { description: 'Mutual aid in disasters (災害時相互応援協定).' },
    WATER_SOURCE_PROTECTION: { description: 'Protection of a water source shared by the parties (水源地保護協定).' },
    EXCHANGE_PROGRAMME: { description: 'An exchange programme without a formal agreement (交流事業).' },
  },
});
