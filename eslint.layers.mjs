// The import layers of ARCHITECTURE.md ("The rooms, lowest first") as zones of import-x/no-restricted-paths:
// one zone per room and room above it, so that an upward import names both. Tests beside the code (*.test.ts)
// are not part of the running program and may use any room.
import { resolve } from 'node:path';

/** The model inside src/modules: entities, the enums and value types they use, and src/modules/shared. */
const model = [
  'src/modules/**/*.entity.ts',
  'src/modules/shared/**',
  // The enums and value types the entities use (a new one joins this list).
  'src/modules/*/@(activity-period|agreement-kind|partial-date|party-side|municipality-kind|reference-gap|sheet.types).ts',
];

/** The rooms, lowest first; `except` is the part of a room that rooms below may still import. */
const rooms = [
  { name: 'src/config.ts and src/project-root.ts', files: ['src/config.ts', 'src/project-root.ts'] },
  { name: 'src/records', files: ['src/records/**'] },
  { name: 'src/ingest', files: ['src/ingest/**'] },
  { name: 'src/synth', files: ['src/synth/**'] },
  { name: 'src/network', files: ['src/network/**'], imports: ['src/records'] },
  { name: 'src/db and the model (entities, their enums, src/modules/shared)', files: ['src/db/**', ...model] },
  { name: 'src/graphql and the rest of src/modules', files: ['src/graphql/**', 'src/modules/**'], except: model },
  { name: 'src/http', files: ['src/http/**'] },
  { name: 'src/cli', files: ['src/cli/**'] },
];

const at = (glob) => resolve(import.meta.dirname, glob);

/** Whether `lower` may import `higher`'s files at all: only rooms below, and for network only records. */
const forbidden = (lower, higher) => {
  const i = rooms.indexOf(lower);
  const j = rooms.indexOf(higher);
  if (i === 0) return true; // the root files import nothing in src
  if (lower.imports) return j !== i && !lower.imports.includes(higher.name) && j !== 0;
  return j > i;
};

export const layerZones = rooms.flatMap((lower) =>
  rooms
    .filter((higher) => forbidden(lower, higher))
    .map((higher) => ({
      target: lower.files.map(at),
      from: higher.files.map(at),
      ...(higher.except ? { except: higher.except.map(at) } : {}),
      message: `${lower.name} may not import ${higher.name}: imports only point down (ARCHITECTURE.md, "The rooms").`,
    })),
);

/** Files the layer rule skips. */
export const layerExempt = ['src/**/*.test.ts'];

/** web/ is a separate client: it reaches the server only through the public GraphQL API (ARCHITECTURE.md). */
export const webZones = [
  {
    target: [at('web/**')],
    from: [at('src/**')],
    message: 'web/ may not import src/: it talks to the server through the GraphQL API only.',
  },
];
