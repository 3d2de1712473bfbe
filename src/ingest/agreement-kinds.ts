/** The kinds of tie an agreement makes: the one list the ingest, the loader and the schema share. */
export const AgreementKind = {
  /** 特定分野における提携・協定 (the CLAIR 2012 survey) */
  FIELD_AGREEMENT: 'FIELD_AGREEMENT',
  SISTER_CITY: 'SISTER_CITY',
  FRIENDSHIP_CITY: 'FRIENDSHIP_CITY',
  PARTNERSHIP: 'PARTNERSHIP',
  COOPERATION_AGREEMENT: 'COOPERATION_AGREEMENT',
  MEMORANDUM: 'MEMORANDUM',
  GUIDELINE: 'GUIDELINE',
  ENGAGEMENT: 'ENGAGEMENT',
  DISASTER_MUTUAL_AID: 'DISASTER_MUTUAL_AID',
  WATER_SOURCE_PROTECTION: 'WATER_SOURCE_PROTECTION',
  EXCHANGE_PROGRAMME: 'EXCHANGE_PROGRAMME',
} as const;

export type AgreementKind = (typeof AgreementKind)[keyof typeof AgreementKind];

export const AGREEMENT_KINDS: readonly AgreementKind[] = Object.values(AgreementKind);
