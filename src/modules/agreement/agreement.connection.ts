import { connectionTypes } from '../../graphql/connection';
import { Agreement } from './agreement.entity';

export const { EdgeType: AgreementEdge, ConnectionType: AgreementConnection } = connectionTypes('Agreement', Agreement);
