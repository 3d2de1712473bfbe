/** `npm run schema` — write schema/schema.graphql from the code. */
import { writeFileSync } from 'fs';
import { schemaSdl } from '../graphql/schema';

export const SCHEMA_FILE = 'schema/schema.graphql';

schemaSdl().then((sdl) => {
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE}`);
});
