import { connectionTypes } from '../shared/connection';
import { Municipality } from './municipality.entity';

export const { EdgeType: MunicipalityEdge, ConnectionType: MunicipalityConnection } = connectionTypes('Municipality', Municipality);
