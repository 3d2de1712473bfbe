/** The activity module's reads for responses (src/db/sql-reader.ts). */
import type { Row } from '../../db/row-shape';
import type { ChildList, SqlReader } from '../../db/sql-reader';
import { Activity } from './activity.entity';

/** An activity as read for a response: its columns and foreign keys. */
export type ActivityRow = Row<Activity, 'agreement'>;

export const activitiesByPk = (db: SqlReader, pks: readonly number[]) =>
  db.entities<ActivityRow>(Activity, `where ${db.oneOf('t.pk')}`, [db.list(pks)]);

export const activitiesByKey = (db: SqlReader, keys: readonly string[]) =>
  db.entities<ActivityRow>(Activity, `where ${db.oneOf('t.key')}`, [db.list(keys)]);

/** An agreement's activities, in the sheet's order. */
export const ACTIVITIES_OF_AGREEMENT: ChildList<ActivityRow> = { entity: Activity, parent: 'agreement_pk', orderBy: ['position'] };
