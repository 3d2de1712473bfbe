/**
 * A page of agreements from an ordered list of rows, with the nodes (and the lists asked for below them) read in one
 * batch, or, when the rows came with their summary and the nodes show nothing more, without another read.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { slicePage, toConnection, type ConnectionArgs } from '../../graphql/connection';
import type { AgreementRead, AgreementRow } from './agreement.queries';
import { askedFor, loadAgreements } from './load-agreements';

export async function agreementPage(ctx: Context, rows: AgreementRow[], args: ConnectionArgs, info: GraphQLResolveInfo) {
  const slice = slicePage(
    rows.map((r) => r.key),
    args,
  );
  const asked = askedFor(info, [['nodes'], ['edges', 'node']]);
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  // Rows found with their summary serve nodes that show nothing more without another read.
  const summaries = slice.page.map((k) => rowOf.get(k)!.summary);
  if (!asked.detail && asked.lists.length === 0 && summaries.every((s) => s)) return toConnection(slice, summaries as AgreementRead[]);
  return toConnection(
    slice,
    await loadAgreements(
      ctx,
      slice.page.map((k) => rowOf.get(k)!.pk),
      asked,
    ),
  );
}
