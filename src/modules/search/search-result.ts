import { createUnionType } from 'type-graphql';
import { Activity } from '../activity/activity.entity';
import { Agreement } from '../agreement/agreement.entity';
import { Municipality } from '../municipality/municipality.entity';

/** What `search` finds: a municipality (or organisation), an agreement or an activity. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A municipality (or organisation), an agreement or an activity that matches a search.',
  types: () => [Municipality, Agreement, Activity] as const,
});
