/** `npm run schema` — write schema/schema.graphql from the code. */
import { writeFileSync } from 'fs';
import { schemaSdl } from '../graphql/schema';
import { inProject } from '../project-root';

const SCHEMA_FILE = inProject('schema/schema.graphql');

schemaSdl().then(
  (sdl) => {
    writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  },
  (e: Error) => {
    console.error(`cannot emit the schema: ${e.message}`);
    process.exitCode = 1;
  },
);
