import { readFileSync } from 'fs';
import { buildSchema, getNamedType, getNullableType, isLeafType, isListType, isObjectType } from 'graphql';
import { inProject } from '../project-root';
import { listSizesOf } from './list-sizes';

const measures = Object.fromEntries(
  [
    'agreements',
    'municipalities',
    'categories',
    'countries',
    'documents',
    'findings',
    'linesPerFinding',
    'prefectures',
    'years',
    'partyRows',
    'parties',
    'partiesPerAgreement',
    'agreementsPerParty',
    'activitiesPerAgreement',
    'contactsPerAgreement',
    'contactsPerMunicipality',
    'listingsPerAgreement',
    'listingsPerCategory',
    'childrenPerParent',
    'predecessorsPerSuccessor',
    'pairs',
    'partnersPerParty',
    'agreementsPerPair',
    'sourcesPerAgreement',
    'eventsPerAgreement',
    'linksPerAgreement',
    'notesPerAgreement',
    'sheetParties',
    'sheetEvents',
    'sheetActivities',
    'sheetActivityNotes',
    'sheetLinks',
    'sheetContacts',
  ].map((name, i) => [name, i + 2]),
) as Parameters<typeof listSizesOf>[0];

describe('list sizes for the query cost', () => {
  it('knows the size of every list of objects in the schema (a new list field must say how long it can be)', () => {
    const schema = buildSchema(readFileSync(inProject('schema/schema.graphql'), 'utf8'));
    const sizes = listSizesOf(measures);
    const byArguments = new Set(['Query.nodes', 'Query.search']); // sized by their ids / first arguments
    const unknown: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        const named = getNamedType(field.type);
        const list = (isListType(getNullableType(field.type)) && !isLeafType(named)) || named.name.endsWith('Connection');
        if (list && !byArguments.has(key) && sizes.rows[key] === undefined) unknown.push(key);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('costs an ego network by what its depth can reach, never more than the whole network', () => {
    const { compute } = listSizesOf({ ...measures, parties: 260, agreements: 170, partyRows: 400, pairs: 450, partnersPerParty: 5 });
    const ego = compute['Municipality.network'];
    expect(ego({ depth: 1 })).toBeLessThan(ego({ depth: 2 }));
    expect(ego({ depth: 4 })).toBeLessThanOrEqual(compute['Query.network']({}));
  });
});
