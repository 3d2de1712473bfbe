import { registerEnumType } from 'type-graphql';

/** Whether a sheet lists an activity as current or past (○現在実施している / ○過去に実施した). */
export enum ActivityPeriod {
  CURRENT = 'CURRENT',
  PAST = 'PAST',
}

registerEnumType(ActivityPeriod, { name: 'ActivityPeriod' });
