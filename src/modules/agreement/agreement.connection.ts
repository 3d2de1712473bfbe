import { connectionTypes } from '../../graphql/connection';
import { Agreement } from './agreement.entity';

export const { ConnectionType: AgreementConnection } = connectionTypes('Agreement', Agreement);
