/**
 * `GET /export/network.gexf|graphml|csv` and `/export/nodes.csv`, taking every filter of the
 * API (the fields of `AgreementFilter`) and the projection as query parameters. Each file
 * carries the dataset version, the source documents and the suggested citation.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Limits } from '../config';
import type { CostModel } from '../graphql/query-cost';
import type { Express } from 'express';
import { GraphQLError } from 'graphql';
import { provenance } from '../modules/document/citation';
import { networkOf, type NetworkCache } from '../modules/network/load-network';
import { networkFile, type ExportFormat } from '../network/network-files';
import { agreementFilterType, ExportParamError, readExportOptions } from './export-params';

const FILES: Record<string, ExportFormat> = {
  'network.gexf': 'gexf',
  'network.graphml': 'graphml',
  'network.csv': 'csv',
  'nodes.csv': 'nodes-csv',
};

export function mountNetworkExports(app: Express, em: SqlEntityManager, cache: NetworkCache, limits: Limits, costModel: CostModel): void {
  app.get('/export/:file', async (req, res) => {
    const format = FILES[req.params.file];
    if (!format) {
      res
        .status(404)
        .type('text/plain')
        .send(
          `no such export; try ${Object.keys(FILES)
            .map((f) => `/export/${f}`)
            .join(', ')}`,
        );
      return;
    }
    try {
      // Express 5 parses the query with node:querystring: a value is a string, or an array of them when repeated.
      const queryParams = req.query as Record<string, string | string[]>;
      const params = Object.fromEntries(Object.entries(queryParams).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
      const { filter, projection, query } = readExportOptions(params, await agreementFilterType(), limits, costModel);
      const scoped = em.fork();
      const [{ graph }, about] = await Promise.all([networkOf(scoped, cache, filter, projection), provenance(em.fork())]);
      const { body, contentType } = networkFile(graph, format, { ...about, query });
      res.type(contentType).set('content-disposition', `attachment; filename="${req.params.file}"`).send(body);
    } catch (e) {
      if (e instanceof ExportParamError || e instanceof GraphQLError) {
        res.status(400).type('text/plain').send(e.message);
        return;
      }
      throw e;
    }
  });
}
