import { connectionTypes } from '../../graphql/connection';
import { Municipality } from './municipality.entity';

export const { EdgeType: MunicipalityEdge, ConnectionType: MunicipalityConnection } = connectionTypes('Municipality', Municipality);
