import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/connection';
import { searchIndex } from '../../db/search-index';
import { municipalityOf } from '../municipality/municipality.queries';
import { SearchResult } from './search-result';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchResult], {
    description:
      "Full-text search over municipalities, agreements (title, background, activities, outcomes, party names) and activities, best first. Places are found by their Japanese, English, romanised and kana names (札幌市, Sapporo, Sapporo-shi, さっぽろ) and, abroad, by their country's English or Japanese name, so 'China' finds the Chinese partners and the agreements they are party to. Terms separated by spaces must all match; two-character terms work. At most 200 characters and 16 terms (BAD_SEARCH past them).",
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('text', { description: 'What to look for: words in Japanese, English or kana, separated by spaces (e.g. 漂着, Sapporo 教育).' })
    text: string,
    @Arg('first', () => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} if not given.` })
    first?: number,
  ) {
    const limit = checkPageSize('first', first ?? DEFAULT_PAGE_SIZE, 'Refine the search for more.')!;
    const hits = await searchIndex(ctx.em, text, ['Municipality', 'Agreement', 'Activity'], limit);
    const found = await Promise.all(
      hits.map(async (h) =>
        h.kind === 'Municipality'
          ? municipalityOf(ctx, h.ref)
          : h.kind === 'Agreement'
            ? ctx.loaders.agreement.load(h.ref)
            : ctx.loaders.activity.load(h.ref),
      ),
    );
    return found.filter((x) => x != null);
  }
}
