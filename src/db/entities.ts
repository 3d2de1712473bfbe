/** Every entity the ORM knows, in one list for the configuration and the schema generator. */
import { Activity } from '../modules/activity/activity.entity';
import { AgreementParty } from '../modules/agreement/agreement-party.entity';
import { AgreementSource } from '../modules/agreement/agreement-source.entity';
import { Agreement } from '../modules/agreement/agreement.entity';
import { Category } from '../modules/category/category.entity';
import { Contact } from '../modules/contact/contact.entity';
import { Country } from '../modules/country/country.entity';
import { Document } from '../modules/document/document.entity';
import { Listing } from '../modules/listing/listing.entity';
import { Municipality } from '../modules/municipality/municipality.entity';
import { Finding } from '../modules/finding/finding.entity';
import { DatasetMeta } from './dataset-meta.entity';

export const ENTITIES = [
  Country,
  Municipality,
  Agreement,
  AgreementParty,
  AgreementSource,
  Category,
  Listing,
  Activity,
  Contact,
  Finding,
  Document,
  DatasetMeta,
];
