import { connectionTypes } from '../../graphql/connection';
import { Listing } from './listing.entity';

export const { ConnectionType: ListingConnection } = connectionTypes('Listing', Listing);
