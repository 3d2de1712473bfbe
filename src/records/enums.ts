/**
 * The enumerations the ingest, the loader and the schema share: each defined once, here, as an
 * object of values (usable like a TypeScript enum) and its union type.
 */

/** An object whose keys are its values, from a list of values: `enumOf(['A', 'B']).A === 'A'`. */
function enumOf<const T extends readonly string[]>(values: T): { readonly [K in T[number]]: K } {
  return Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as { readonly [K in T[number]]: K };
}

/** The kinds of tie an agreement makes. */
export const AGREEMENT_KINDS = [
  'FIELD_AGREEMENT', // 特定分野における提携・協定 (the CLAIR 2012 survey)
  'SISTER_CITY',
  'FRIENDSHIP_CITY',
  'PARTNERSHIP',
  'COOPERATION_AGREEMENT',
  'MEMORANDUM',
  'GUIDELINE',
  'ENGAGEMENT',
  'DISASTER_MUTUAL_AID',
  'WATER_SOURCE_PROTECTION',
  'EXCHANGE_PROGRAMME',
] as const;
export const AgreementKind = enumOf(AGREEMENT_KINDS);
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** What kind of party a municipality record is: Japanese levels, foreign levels, a state itself, or an organisation. */
export const MUNICIPALITY_KINDS = [
  'PREFECTURE',
  'CITY',
  'WARD',
  'TOWN',
  'VILLAGE',
  'REGION',
  'LOCALITY',
  'COUNTRY',
  'ORGANIZATION',
] as const;
export const MunicipalityKind = enumOf(MUNICIPALITY_KINDS);
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** Which side of an agreement a party is on. */
export const PARTY_SIDES = ['DOMESTIC', 'FOREIGN'] as const;
export const PartySide = enumOf(PARTY_SIDES);
export type PartySide = (typeof PARTY_SIDES)[number];

/** How the agreement network is drawn: parties joined by shared agreements, or parties and agreements as two kinds of node. */
export const NETWORK_PROJECTIONS = ['MUNICIPALITY', 'BIPARTITE'] as const;
export const NetworkProjection = enumOf(NETWORK_PROJECTIONS);
export type NetworkProjection = (typeof NETWORK_PROJECTIONS)[number];

/** Whether a sheet lists an activity as current or past. */
export const ACTIVITY_PERIODS = ['CURRENT', 'PAST'] as const;
export const ActivityPeriod = enumOf(ACTIVITY_PERIODS);
export type ActivityPeriod = (typeof ACTIVITY_PERIODS)[number];

/** The reference fields a place can lack (src/ingest/reference), each with its reason. */
export const REFERENCE_FIELDS = ['CODE', 'READING', 'ROMANIZED', 'NAME_EN', 'LOCATION', 'HOMEPAGE'] as const;
export const ReferenceField = enumOf(REFERENCE_FIELDS);
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];
