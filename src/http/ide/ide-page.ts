/**
 * The offline GraphQL IDE: GraphiQL served from the project's own installed packages
 * (no CDN), with the example queries under schema/examples as ready tabs.
 */
import { readFileSync, readdirSync } from 'fs';
import { basename, dirname, join } from 'path';
import { inProject } from '../../project-root';

/** A file inside an installed package (its `exports` do not list the browser bundles). */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

export interface ExampleTab {
  name: string;
  query: string;
  variables: string;
}

/** The browser files of the IDE, by the name the page asks for. */
export const IDE_ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

/** The contract's examples, then the project's, as tabs; the contract's showcase query first. */
export function loadExampleTabs(dirs = [inProject('schema/contract/examples'), inProject('schema/examples')]): ExampleTab[] {
  const variables = JSON.parse(readFileSync(inProject('schema/examples/variables.json'), 'utf8')) as Record<string, unknown>;
  const showcaseFirst = (a: string, b: string) =>
    Number(b.endsWith('/prefecture-multilateral.graphql')) - Number(a.endsWith('/prefecture-multilateral.graphql'));
  const files = dirs
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.graphql'))
        .sort()
        .map((f) => join(dir, f)),
    )
    .sort(showcaseFirst);
  return files.map((path) => ({
    name: basename(path, '.graphql'),
    query: readFileSync(path, 'utf8'),
    variables: JSON.stringify(variables[basename(path)] ?? {}, null, 2),
  }));
}

/** JSON that can stand inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The IDE's HTML page; assets are served under `assetBase`. */
export function idePage(endpoint: string, assetBase: string, tabs: ExampleTab[]): string {
  return `<!doctype html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <title>Teikei Graph — GraphiQL</title>
  <link rel="stylesheet" href="${assetBase}/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the IDE…</div>
  <script src="${assetBase}/react.js"></script>
  <script src="${assetBase}/react-dom.js"></script>
  <script src="${assetBase}/graphiql.js"></script>
  <script>
    const tabs = ${scriptJson(tabs)};
    const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: tabs.map((t) => ({ query: t.query, variables: t.variables })),
        // GraphiQL fills the first tab's variables from this prop, not from defaultTabs.
        variables: tabs[0].variables,
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: false,
      }),
    );
  </script>
</body>
</html>
`;
}
