/** A page of agreements from an ordered list of rows, with the nodes loaded in one batch. */
import type { Context } from '../../graphql/context';
import { slicePage, toConnection, type ConnectionArgs } from '../../graphql/connection';
import type { AgreementRead, AgreementRow } from './agreement.queries';

export async function agreementPage(ctx: Context, rows: AgreementRow[], args: ConnectionArgs) {
  const pkByKey = new Map(rows.map((r) => [r.key, r.pk]));
  const slice = slicePage(
    rows.map((r) => r.key),
    args,
  );
  const nodes = await ctx.loaders.agreement.loadMany(slice.page.map((k) => pkByKey.get(k)!));
  return toConnection(slice, nodes as AgreementRead[]);
}
