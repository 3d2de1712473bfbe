/**
 * The served schema explains itself: every type, field, argument, input field and enum value
 * has a description a newcomer can read (GraphiQL's docs show them), in English, and none
 * points at a numbered field of the survey's sheet ("(3) 経緯") without saying what it is.
 * Built-in scalars and introspection types are the graphql library's own and are left out.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getSchema } from '../src/graphql/schema';

/** Every element of the schema that takes a description: its coordinate (Type.field(arg)) and its description. */
function describedElements(schema: GraphQLSchema): Array<{ coordinate: string; description: string | null | undefined }> {
  const elements: Array<{ coordinate: string; description: string | null | undefined }> = [];
  const own = (t: GraphQLNamedType) => !t.name.startsWith('__') && !isSpecifiedScalarType(t);
  for (const type of Object.values(schema.getTypeMap()).filter(own)) {
    elements.push({ coordinate: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      // An input field has no arguments; an output field may.
      const fields: Array<GraphQLField<unknown, unknown> | GraphQLInputField> = isInputObjectType(type)
        ? Object.values(type.getFields())
        : Object.values(type.getFields());
      for (const field of fields) {
        elements.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
        for (const arg of 'args' in field ? field.args : [])
          elements.push({ coordinate: `${type.name}.${field.name}(${arg.name}:)`, description: arg.description });
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues()) elements.push({ coordinate: `${type.name}.${value.name}`, description: value.description });
  }
  return elements;
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

it('describes every type, field, argument and enum value', () => {
  const undescribed = describedElements(schema)
    .filter((e) => !e.description?.trim())
    .map((e) => e.coordinate);
  expect(undescribed).toEqual([]);
});

it('describes them in English, not only in the survey’s Japanese', () => {
  // A newcomer reads English; the Japanese term may stand beside it ("Background (経緯) …").
  const japaneseOnly = describedElements(schema)
    .filter((e) => e.description && !/[A-Za-z]{3,}/.test(e.description.replace(/`[^`]*`/g, '')))
    .map((e) => `${e.coordinate}: ${e.description}`);
  expect(japaneseOnly).toEqual([]);
});

it('does not send the reader to a numbered field of the survey sheet', () => {
  // "(3) 経緯" means something only to whoever has the sheet open.
  const sheetNumbers = describedElements(schema)
    .filter((e) => e.description && /\(\d\)/.test(e.description))
    .map((e) => `${e.coordinate}: ${e.description}`);
  expect(sheetNumbers).toEqual([]);
});

it('counts what it checks (so that an empty walk cannot pass)', () => {
  const elements = describedElements(schema);
  expect(elements.length).toBeGreaterThan(400);
  expect(elements.map((e) => e.coordinate)).toEqual(
    expect.arrayContaining(['Query', 'Query.network(filter:)', 'Agreement.background', 'AgreementKind.SISTER_CITY', 'JSON']),
  );
});
