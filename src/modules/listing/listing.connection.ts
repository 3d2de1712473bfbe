import { connectionTypes } from '../shared/connection';
import { Listing } from './listing.entity';

export const { EdgeType: ListingEdge, ConnectionType: ListingConnection } = connectionTypes('Listing', Listing);
