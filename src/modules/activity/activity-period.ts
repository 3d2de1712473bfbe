import { registerEnumType } from 'type-graphql';
import { ActivityPeriod } from '../../records/enums';

export { ActivityPeriod };

registerEnumType(ActivityPeriod, {
  name: 'ActivityPeriod',
  description: 'Whether a sheet lists an activity as current or past (○現在実施している / ○過去に実施した取組内容).',
  valuesConfig: {
    CURRENT: { description: 'Under 現在実施している取組内容: still carried out in 2012.' },
    PAST: { description: 'Under 過去に実施した取組内容: carried out before.' },
  },
});
