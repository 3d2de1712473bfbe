import { connectionTypes } from '../../graphql/connection';
import { Listing } from './listing.entity';

export const { EdgeType: ListingEdge, ConnectionType: ListingConnection } = connectionTypes('Listing', Listing);
