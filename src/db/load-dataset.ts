/**
 * Loading the normalised dataset into the database: on first start, into an empty
 * database, in one transaction. A second start with the same data loads nothing; an
 * invalid dataset loads nothing and leaves the database as it was.
 */
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { ensureSearchIndex } from './search-index';
import { lockForWriting, type Orm } from './orm';
import type { Dataset } from '../records/records';
import { inProject } from '../project-root';
import { Activity } from '../modules/activity/activity.entity';
import { AgreementKind } from '../modules/agreement/agreement-kind';
import { AgreementParty } from '../modules/agreement/agreement-party.entity';
import { AgreementSource } from '../modules/agreement/agreement-source.entity';
import { Agreement } from '../modules/agreement/agreement.entity';
import { Category } from '../modules/category/category.entity';
import { Contact } from '../modules/contact/contact.entity';
import { Country } from '../modules/country/country.entity';
import { Finding } from '../modules/finding/finding.entity';
import { Document } from '../modules/document/document.entity';
import { Listing } from '../modules/listing/listing.entity';
import { Municipality } from '../modules/municipality/municipality.entity';
import { SourceRef } from '../modules/shared/source-ref';
import { matchNamesOf } from '../modules/shared/place-names';
import { DatasetMeta } from './dataset-meta.entity';
import { InvalidDatasetError, validateDataset } from './validate-dataset';

/** The dataset the server serves by default. */
export const DEFAULT_DATASET = inProject('seeds/clair-2012.json');

export type LoadResult = { loaded: false; reason: string } | { loaded: true; agreements: number; listings: number };

/** Read and parse a dataset file; throws `InvalidDatasetError` naming the file for unreadable JSON. */
function readDatasetFile(path: string): { data: Dataset; checksum: string } {
  const text = readFileSync(path, 'utf8');
  let data: Dataset;
  try {
    data = JSON.parse(text) as Dataset;
  } catch (e) {
    throw new InvalidDatasetError(`${path} is not valid JSON (truncated?): ${(e as Error).message}`);
  }
  return { data, checksum: createHash('sha256').update(text).digest('hex') };
}

function insertAll(em: EntityManager, data: Dataset): void {
  for (const d of data.documents ?? []) em.create(Document, d);
  const countries = new Map(data.countries.map((c) => [c.code, em.create(Country, c)]));
  const categories = new Map(data.categories.map((c) => [c.code, em.create(Category, c)]));
  const municipalities = new Map<string, Municipality>();
  for (const m of data.municipalities) {
    const r = m.reference;
    municipalities.set(
      m.key,
      em.create(Municipality, {
        key: m.key,
        name: m.name,
        fullName: m.fullName,
        kind: m.kind,
        country: countries.get(m.country)!,
        parent: m.parent ? municipalities.get(m.parent)! : null,
        code: r?.code ?? null,
        reading: r?.reading ?? null,
        romanized: r?.romanized ?? null,
        nameEn: r?.nameEn ?? null,
        location: r?.location ?? null,
        homepage: r?.homepage ?? null,
        referenceGaps: r?.gaps ?? [],
        matchNames: matchNamesOf([m.name, m.fullName, r?.nameEn, r?.romanized, r?.reading, ...(r?.alternateNames ?? [])]),
      }),
    );
  }
  // Successors may come later in the list than the places that merged into them.
  for (const m of data.municipalities) if (m.successor) municipalities.get(m.key)!.successor = municipalities.get(m.successor)!;
  const agreements = new Map<string, Agreement>();
  for (const a of data.agreements) {
    const agreement = em.create(Agreement, {
      key: a.key,
      formerKey: a.formerKeys?.[0] ?? null,
      title: a.title,
      kind: a.kind as AgreementKind,
      titleKind: a.titleKind,
      background: a.background,
      outcomes: a.outcomes,
      challenges: a.challenges,
      urls: a.urls,
      links: a.links ?? [],
      events: a.events ?? [],
      activityNotes: a.activityNotes ?? [],
      multilateral: a.parties.length > 2,
      signedOn: a.signedOn ? { ...a.signedOn } : null,
      source: new SourceRef(a.source.document, a.source.line),
    });
    agreements.set(a.key, agreement);
    a.parties.forEach((p, position) =>
      em.create(AgreementParty, {
        agreement,
        municipality: municipalities.get(p.municipality)!,
        side: p.side,
        position,
        written: p.written,
      }),
    );
    (a.sources ?? [a.source]).forEach((s, position) =>
      em.create(AgreementSource, { agreement, position, document: s.document, line: s.line }),
    );
    a.activities.forEach((act, position) =>
      em.create(Activity, {
        key: `${a.key}#${position}`,
        agreement,
        position,
        text: act.text,
        period: act.period,
        heading: act.heading ?? null,
        line: act.line ?? null,
      }),
    );
    a.contacts.forEach((c, position) =>
      em.create(Contact, {
        key: `${a.key}#${position}`,
        agreement,
        position,
        department: c.department,
        phone: c.phone,
        extension: c.extension,
        email: c.email,
        municipality: c.municipality ? municipalities.get(c.municipality)! : null,
      }),
    );
  }
  for (const l of data.listings) {
    em.create(Listing, {
      key: l.key,
      agreement: agreements.get(l.agreement)!,
      category: categories.get(l.category)!,
      number: l.number,
      relisted: l.relisted,
      markedRelisted: l.markedRelisted,
      title: l.title,
      source: new SourceRef(l.source.document, l.source.line),
      tocLine: l.tocLine,
      sheet: l.sheet,
    });
  }
  for (const d of data.decisions ?? []) {
    em.create(Finding, { key: d.id, action: d.action, reason: d.reason, document: data.document, lines: d.lines });
  }
}

/** The row of dataset_meta that records the loaded dataset. */
export const META = 'clair-2012';

/** The checksum of the loaded dataset: the data version that response caches are keyed by. */
export async function datasetVersion(orm: Orm): Promise<string> {
  const meta = await orm.em.fork().findOne(DatasetMeta, { name: META });
  return meta?.checksum ?? 'empty';
}

/** Every table the dataset fills, children first (the order to empty them in). */
const TABLES = [
  'finding',
  'contact',
  'activity',
  'agreement_source',
  'listing',
  'agreement_party',
  'agreement',
  'municipality',
  'category',
  'country',
  'document',
  'dataset_meta',
];

/**
 * Load `path` into the database when it holds no data yet. Validates first; writes
 * everything in one transaction, so a failure leaves the database as it was.
 */
export async function loadDatasetIfEmpty(orm: Orm, path = DEFAULT_DATASET): Promise<LoadResult> {
  const em = orm.em.fork();
  const existing = await em.findOne(DatasetMeta, { name: META });
  if (existing) return { loaded: false, reason: `already loaded (dataset checksum ${existing.checksum.slice(0, 12)})` };
  if ((await em.count(Agreement)) > 0) return { loaded: false, reason: 'the database already holds agreements' };
  const { data, checksum } = readDatasetFile(path);
  validateDataset(data);
  let result: LoadResult = { loaded: true, agreements: data.agreements.length, listings: data.listings.length };
  await em.transactional(async (tx) => {
    await lockForWriting(tx);
    // Another server may have loaded it while this one read the file.
    if (await tx.findOne(DatasetMeta, { name: META })) {
      result = { loaded: false, reason: 'loaded by another server' };
      return;
    }
    insertAll(tx, data);
    tx.create(DatasetMeta, { name: META, checksum, loadedAt: new Date() });
  });
  return result;
}

/**
 * Replace whatever the database holds with `path`, in one transaction: a file that does
 * not validate, or a row the database refuses, leaves the old data exactly as it was.
 * The search index is rebuilt in the same transaction, so no reader sees new data with an
 * old index. Running servers see the new data version and drop their caches (data-version.ts).
 */
export async function replaceDataset(orm: Orm, path = DEFAULT_DATASET): Promise<LoadResult> {
  const { data, checksum } = readDatasetFile(path);
  validateDataset(data);
  await orm.em.fork().transactional(async (tx) => {
    await lockForWriting(tx);
    const conn = tx.getConnection();
    const trx = tx.getTransactionContext<Knex.Transaction>();
    await conn.execute('update municipality set parent_pk = null, successor_pk = null', [], 'run', trx);
    for (const table of TABLES) await conn.execute(`delete from ${table}`, [], 'run', trx);
    insertAll(tx, data);
    tx.create(DatasetMeta, { name: META, checksum, loadedAt: new Date() });
    await tx.flush();
    await ensureSearchIndex(tx, { rebuild: true });
  });
  return { loaded: true, agreements: data.agreements.length, listings: data.listings.length };
}
