/** The contact module's reads for responses (src/db/sql-reader.ts). */
import type { Row } from '../../db/row-shape';
import type { ChildList, SqlReader } from '../../db/sql-reader';
import { Contact } from './contact.entity';

/** A contact as read for a response: its columns and foreign keys. */
export type ContactRow = Row<Contact, 'agreement' | 'municipality'>;

export const contactsByKey = (db: SqlReader, keys: readonly string[]) =>
  db.entities<ContactRow>(Contact, `where ${db.oneOf('t.key')}`, [db.list(keys)]);

/** An agreement's contacts, in the sheet's order. */
export const CONTACTS_OF_AGREEMENT: ChildList<ContactRow> = { entity: Contact, parent: 'agreement_pk', orderBy: ['position'] };

/** The contacts given for a municipality, in source order. */
export const CONTACTS_OF_MUNICIPALITY: ChildList<ContactRow> = { entity: Contact, parent: 'municipality_pk', orderBy: ['pk'] };
