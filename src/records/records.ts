/**
 * The normalised records that the parser writes to `seeds/` and the loader reads:
 * the contract between ingest and database. Plain JSON, keys instead of ids.
 */
import type { ActivityPeriod, MunicipalityKind, PartySide, ReferenceField } from './enums';

export type { MunicipalityKind };
export type Side = PartySide;
export type Period = ActivityPeriod;

/** A date known to the year, the month or the day. */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  iso: string;
  /** The field as written in the source. */
  text: string;
}

/** One date of a sheet's (2): a signing, a re-signing, an update, an end of validity. */
export interface DatedEvent {
  /** The date; `text` is the date as written (spaces removed). */
  date: PartialDate;
  /** What the sheet writes beside the date (黒竜江省, 現行（第4期）プログラム, 有効期間 … の末まで), or null. */
  label: string | null;
  line: number;
}

/** A URL of (6) with the caption the sheet writes beside it. */
interface LinkRecord {
  url: string;
  caption: string | null;
}

/** One item of (4) 取組内容. */
interface ActivityRecord {
  text: string;
  period: Period | null;
  /** The heading the sheet puts it under (【平成24年7月】), or null. */
  heading: string | null;
  /** Line it starts on in the agreement's source document; null where the record does not say. */
  line: number | null;
}

/** A remark a sheet writes on its list of activities rather than as an item (※以下、予定を含む), with its line. */
interface ActivityNoteRecord {
  text: string;
  line: number;
}

/** A contact as a sheet's (7) gives it. */
export interface ContactRecord {
  department: string | null;
  phone: string | null;
  extension: string | null;
  email: string | null;
}

/** A country as the product serves it (ISO 3166-1 alpha-2). */
export interface CountryRecord {
  code: string;
  nameJa: string;
  nameEn: string;
}

/** Where a fact came from. */
interface SourceRef {
  document: string;
  /** 1-based line. */
  line: number;
}

export interface CategoryRecord {
  code: number;
  name: string;
  nameEn: string;
}

export interface MunicipalityRecord {
  /** Stable key: country and the path of names, e.g. "JP/青森県/青森市". */
  key: string;
  name: string;
  fullName: string;
  kind: MunicipalityKind;
  country: string;
  /** Key of the level above, or null under the country itself. */
  parent: string | null;
  /** Key of the municipality it merged into (高根町 → 北杜市), or null. */
  successor: string | null;
  /** What open reference data says of the place (seeds/reference); absent before the reference step. */
  reference?: PlaceReference;
}

/** A point in WGS 84 degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** A place as the world knows it: codes, readings, English names, coordinates (src/ingest/reference). */
export interface PlaceReference {
  /** 全国地方公共団体コード: six digits, the last a check digit (011002 for 札幌市). */
  code: string | null;
  /** The official kana reading (さっぽろし). */
  reading: string | null;
  /** Hepburn romanisation of the reading, suffix after a hyphen (Sapporo-shi). */
  romanized: string | null;
  /** Plain English name (Sapporo, Hokkaido, Dalian, Gyeonggi Province). */
  nameEn: string | null;
  /** Town hall or prefectural office in Japan; abroad Natural Earth's point of a region, GeoNames' of a city or town. */
  location: GeoPoint | null;
  /** Official homepage. */
  homepage: string | null;
  /** Other names it is known by, for matching: romanised without macrons, the reading without its suffix. */
  alternateNames: string[];
  /** Why a field is null, for each null field that has a reason (a foreign place has no code: no reason needed). */
  gaps: Array<{ field: ReferenceField; reason: string }>;
}

interface PartyRecord {
  municipality: string;
  side: Side;
  /** The name as the sheet writes it. */
  written: string;
}

/** One sheet's own content: what a listing's detail sheet says, word for word after noise repair. */
export interface SheetRecord {
  parties: PartyRecord[];
  /** The first date of (2); its `text` is the whole field. */
  signedOn: PartialDate | null;
  events: DatedEvent[];
  background: string | null;
  activities: ActivityRecord[];
  /** Notes on the list of activities as a whole, not activities (※以下、予定を含む). */
  activityNotes: ActivityNoteRecord[];
  outcomes: string | null;
  challenges: string | null;
  urls: string[];
  links: LinkRecord[];
  contacts: Array<ContactRecord & { municipality: string | null }>;
}

export interface AgreementRecord {
  /**
   * Stable key: "clair2012:" + category.number of its first listing ("clair2012:1.14"), or the
   * curated document's number and line ("003:2313").
   */
  key: string;
  /** Keys it had before (the survey's were "clair2012:" + line of the first sheet): ids built from them still resolve. */
  formerKeys: string[];
  title: string;
  /** The kind of tie (SISTER_CITY, DISASTER_MUTUAL_AID …; FIELD_AGREEMENT for the CLAIR survey's listings). */
  kind: string;
  /** The kind of document the title names (協定, 覚書, 合意書 …), or null. */
  titleKind: string | null;
  signedOn: PartialDate | null;
  events: DatedEvent[];
  background: string | null;
  activities: ActivityRecord[];
  /** Notes on the list of activities as a whole, not activities (※以下、予定を含む). */
  activityNotes: ActivityNoteRecord[];
  outcomes: string | null;
  challenges: string | null;
  urls: string[];
  links: LinkRecord[];
  parties: PartyRecord[];
  contacts: Array<ContactRecord & { municipality: string | null }>;
  /** The primary source: the first sheet, or the curated passage. */
  source: SourceRef;
  /** Every place a source mentions it: the primary source, each re-listing's sheet, other documents' mentions. */
  sources: SourceRef[];
}

export interface ListingRecord {
  key: string;
  agreement: string;
  category: number;
  number: number;
  /** Not the first listing of its agreement. */
  relisted: boolean;
  /** The source marks it 【再掲】 (on the sheet or in the table of contents). */
  markedRelisted: boolean;
  /** The title as this listing's sheet writes it. */
  title: string;
  source: SourceRef;
  tocLine: number;
  /** This listing's own sheet (a re-listing's may differ from the first: see the relist-differs decisions). */
  sheet: SheetRecord;
}

/** A decision from `seeds/decisions.json` that the parser applied. */
interface AppliedDecision {
  id: string;
  action: string;
  reason: string;
  lines: number[];
}

/** A source document (seeds/documents.json), as a researcher cites it. */
export interface DocumentRecord {
  /** File name under seeds/source/, as SourceRef.document gives it. */
  file: string;
  /** As the document gives it; [in brackets] when supplied here because the document prints none. */
  title: string;
  titleEn: string;
  /** As the document states it, or null. */
  publisher: string | null;
  year: number | null;
}

export interface Dataset {
  document: string;
  /** Every source document (absent in datasets made before #12). */
  documents?: DocumentRecord[];
  categories: CategoryRecord[];
  countries: CountryRecord[];
  municipalities: MunicipalityRecord[];
  agreements: AgreementRecord[];
  listings: ListingRecord[];
  decisions: AppliedDecision[];
}
