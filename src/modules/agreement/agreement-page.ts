/** A page of agreements from an ordered list of rows, with the nodes (and the lists asked for below them) read in one batch. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { slicePage, toConnection, type ConnectionArgs } from '../../graphql/connection';
import type { AgreementRow } from './agreement.queries';
import { askedFor, loadAgreements } from './load-agreements';

export async function agreementPage(ctx: Context, rows: AgreementRow[], args: ConnectionArgs, info: GraphQLResolveInfo) {
  const pkByKey = new Map(rows.map((r) => [r.key, r.pk]));
  const slice = slicePage(
    rows.map((r) => r.key),
    args,
  );
  const asked = askedFor(info, [['nodes'], ['edges', 'node']]);
  return toConnection(
    slice,
    await loadAgreements(
      ctx,
      slice.page.map((k) => pkByKey.get(k)!),
      asked,
    ),
  );
}
