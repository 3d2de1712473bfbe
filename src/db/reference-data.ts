/**
 * The small reference dimensions — countries, categories, municipalities and their hierarchy —
 * held in memory per data version instead of read per request: every answer names places, and
 * they change only when the data is replaced. Three statements per data version; the
 * server drops the snapshot when DataVersion sees new data, and the next request reads it again.
 *
 * Between a re-import and the poll that notices it (DATA_VERSION_POLL_MS), rows of the new data
 * point at municipalities the snapshot does not know (primary keys are never reused: SQLite's
 * AUTOINCREMENT, PostgreSQL's sequences). A lookup then answers undefined and asks the data
 * version to check at once; callers read such a municipality from the database instead.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Category } from '../modules/category/category.entity';
import { Country } from '../modules/country/country.entity';
import { Municipality } from '../modules/municipality/municipality.entity';
import type { DataVersion } from './data-version';
import { outsideRequest } from './request-scope';
import type { Row } from './row-shape';
import { SqlReader } from './sql-reader';

/** A municipality as the snapshot holds it: columns and foreign keys, no relations. */
export type MunicipalityRow = Row<Municipality, 'country' | 'parent' | 'successor'>;

const NONE: readonly MunicipalityRow[] = Object.freeze([]);

function groupBy<T>(rows: readonly T[], key: (row: T) => number | null | undefined): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k == null) continue;
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export class ReferenceData {
  private readonly countryByCode: Map<string, Country>;
  private readonly categoryByCode: Map<number, Category>;
  private readonly municipalityByPk: Map<number, MunicipalityRow>;
  private readonly municipalityByKey: Map<string, MunicipalityRow>;
  private readonly childrenByParent: Map<number, MunicipalityRow[]>;
  private readonly predecessorsBySuccessor: Map<number, MunicipalityRow[]>;

  private constructor(
    readonly version: string,
    /** Every country, by code. */
    readonly countries: readonly Country[],
    /** Every category, by code. */
    readonly categories: readonly Category[],
    /** Every municipality, in source order (by primary key). */
    readonly municipalities: readonly MunicipalityRow[],
    private readonly stale: () => void,
  ) {
    this.countryByCode = new Map(countries.map((c) => [c.code, c]));
    this.categoryByCode = new Map(categories.map((c) => [c.code, c]));
    this.municipalityByPk = new Map(municipalities.map((m) => [m.pk, m]));
    this.municipalityByKey = new Map(municipalities.map((m) => [m.key, m]));
    this.childrenByParent = groupBy(municipalities, (m) => m.parentPk);
    this.predecessorsBySuccessor = groupBy(municipalities, (m) => m.successorPk);
  }

  /** Read the three dimensions of data version `version`; `stale` is called when a lookup misses. */
  static async read(em: SqlEntityManager, version: string, stale: () => void): Promise<ReferenceData> {
    const db = new SqlReader(em);
    const [countries, categories, municipalities] = await Promise.all([
      db.entities(Country, 'order by t.code', []),
      db.entities(Category, 'order by t.code', []),
      db.entities(Municipality, 'order by t.pk', []),
    ]);
    for (const list of [countries, categories, municipalities]) Object.freeze(list);
    return new ReferenceData(version, countries, categories, municipalities, stale);
  }

  private miss<T>(): T | undefined {
    this.stale();
    return undefined;
  }

  country(code: string): Country | undefined {
    return this.countryByCode.get(code) ?? this.miss();
  }

  category(code: number): Category | undefined {
    return this.categoryByCode.get(code) ?? this.miss();
  }

  municipality(pk: number): MunicipalityRow | undefined {
    return this.municipalityByPk.get(pk) ?? this.miss();
  }

  municipalityWithKey(key: string): MunicipalityRow | undefined {
    return this.municipalityByKey.get(key);
  }

  /** Whether `pk` belongs to this version's municipalities (its lists below are then complete). */
  knows(pk: number): boolean {
    if (this.municipalityByPk.has(pk)) return true;
    this.stale();
    return false;
  }

  /** The places directly under `pk`, in source order. */
  childrenOf(pk: number): readonly MunicipalityRow[] {
    return this.childrenByParent.get(pk) ?? NONE;
  }

  /** The places that merged into `pk`, in source order. */
  predecessorsOf(pk: number): readonly MunicipalityRow[] {
    return this.predecessorsBySuccessor.get(pk) ?? NONE;
  }
}

/** The reference data of the current data version, read once per version and shared by every request. */
export class ReferenceCache {
  private snapshot: Promise<ReferenceData> | null = null;

  /** `initial`: the snapshot read at start-up (on a connection without the request time-out), used if still current. */
  constructor(
    private readonly em: SqlEntityManager,
    private readonly version: DataVersion,
    initial?: ReferenceData,
  ) {
    if (initial?.version === version.current) this.snapshot = Promise.resolve(initial);
    version.onChange(() => {
      this.snapshot = null;
      void this.current().catch(() => undefined); // read the new version before the next request needs it
    });
  }

  /** The snapshot of the data version the server serves now. */
  current(): Promise<ReferenceData> {
    if (!this.snapshot) {
      // Shared by every request, so counted towards none (EXPOSE_SQL_COUNT counts a request's own statements).
      const read = outsideRequest(() => ReferenceData.read(this.em.fork(), this.version.current, () => void this.version.check()));
      // A failed read (the database briefly away) is not kept: the next request reads again.
      read.catch(() => {
        if (this.snapshot === read) this.snapshot = null;
      });
      this.snapshot = read;
    }
    return this.snapshot;
  }
}
