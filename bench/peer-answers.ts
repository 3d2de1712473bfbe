/**
 * The scenarios of `npm run bench:peer` as each server asks them, and how their answers are
 * brought to one normalised JSON: PostGraphile's schema differs (its own names, connections
 * for every list, columns instead of objects), so its answer is mapped to the project's
 * shape, and the comparison is exact after that.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { toGlobalId } from '../src/modules/shared/global-id';
import { SCENARIOS, type Scenario } from './harness';

/** A GraphQL answer, walked by hand (a leaf is read as what the schema says it is). */
type Json = { readonly [key: string]: Json };
const text = (v: Json) => v as unknown as string;

export interface PeerScenario {
  /** The project's request. */
  project: Scenario;
  /** PostGraphile's request (bench/peer/queries). */
  peer: Scenario;
  /** PostGraphile's `data` in the project's shape (a method: each scenario reads it as Json). */
  fromPeer(data: unknown): unknown;
}

const nodes = (connection: Json) => connection.nodes as unknown as Json[];

/** PostGraphile's equivalents of the project's queries, written by hand in bench/peer/queries. */
const peerQuery = (peerDir: string, file: string, variables: Record<string, unknown> = {}): Scenario => ({
  query: readFileSync(join(peerDir, 'queries', file), 'utf8'),
  variables,
});

/** The project's signedOn from the columns it is built from (Agreement.signedOn). */
const signedOn = (a: Json) => (a.signedYear != null && a.signedIso ? { iso: a.signedIso, text: a.signedText ?? '' } : null);

export function peerScenarios(peerDir: string): Record<string, PeerScenario> {
  return {
    'showcase (prefecture-multilateral, 北海道)': {
      project: SCENARIOS['prefecture-multilateral (北海道)'],
      peer: peerQuery(peerDir, 'prefecture-multilateral.graphql', { prefecture: '北海道' }),
      fromPeer: (data: Json) => ({
        agreements: {
          totalCount: data.prefectureAgreements.totalCount,
          nodes: nodes(data.prefectureAgreements).map((a) => ({
            id: toGlobalId('Agreement', text(a.key)),
            title: a.title,
            signedOn: signedOn(a),
            parties: nodes(a.agreementParties).map((p) => ({
              side: p.side,
              municipality: {
                name: p.municipality.name,
                fullName: p.municipality.fullName,
                kind: p.municipality.kind,
                country: p.municipality.countryByCountryCode,
                parent: p.municipality.parent,
              },
            })),
            listings: nodes(a.listings).map((l) => ({ relisted: l.relisted, number: l.number, category: l.categoryByCategoryCode })),
            activities: nodes(a.activities),
            contacts: nodes(a.contacts),
            source: { document: a.sourceDocument, line: a.sourceLine },
          })),
        },
      }),
    },
    'five-levels': {
      project: SCENARIOS['five-levels'],
      peer: peerQuery(peerDir, 'five-levels.graphql'),
      fromPeer: (data: Json) => ({
        categories: nodes(data.categories).map((c) => ({
          name: c.name,
          listings: {
            totalCount: c.listingsByCategoryCode.totalCount,
            nodes: nodes(c.listingsByCategoryCode).map((l) => ({
              number: l.number,
              agreement: {
                title: l.agreement.title,
                parties: nodes(l.agreement.agreementParties).map((p) => ({
                  side: p.side,
                  municipality: {
                    fullName: p.municipality.fullName,
                    parent: p.municipality.parent && {
                      name: p.municipality.parent.name,
                      children: nodes(p.municipality.parent.childMunicipalities),
                    },
                    agreements: p.municipality.agreementsBySignedDesc,
                  },
                })),
              },
            })),
          },
        })),
      }),
    },
    'filtered search (経済, CN)': {
      project: SCENARIOS['filtered search'],
      peer: peerQuery(peerDir, 'filtered-search.graphql'),
      fromPeer: (data: Json) => ({
        agreements: {
          totalCount: data.searchAgreements.totalCount,
          nodes: nodes(data.searchAgreements).map((a) => ({ title: a.title, parties: nodes(a.agreementParties) })),
        },
      }),
    },
  };
}
