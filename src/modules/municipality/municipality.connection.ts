import { connectionTypes } from '../../graphql/connection';
import { Municipality } from './municipality.entity';

export const { ConnectionType: MunicipalityConnection } = connectionTypes('Municipality', Municipality);
