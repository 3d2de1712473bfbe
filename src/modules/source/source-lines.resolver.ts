import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { memo, type Context } from '../../graphql/context';
import { SourceRef } from '../shared/source-ref';
import { documentLines, SOURCE_LINES_DEFAULT, SOURCE_LINES_MAX as MAX_LINES } from './source-text';

/** One line of a source document, as the project's copy has it. */
@ObjectType({ description: 'One line of a source document, as the project’s copy holds it.' })
class SourceLine {
  @Field(() => Int, { description: '1-based line number.' }) number!: number;
  @Field({ description: 'The line’s text.' }) text!: string;
}

/** Lines where the dataset takes a passage (a sheet, a curated agreement) from `document`, ascending. */
function passageStarts(ctx: Context, document: string): Promise<number[]> {
  return memo(ctx, `passage-starts:${document}`, async () => {
    const rows: Array<{ line: number }> = await ctx.em
      .getConnection()
      .execute(
        'select source_line as line from agreement where source_document = ? union select source_line as line from listing where source_document = ?',
        [document, document],
      );
    return rows.map((r) => Number(r.line)).sort((a, b) => a - b);
  });
}

@Resolver(() => SourceRef)
export class SourceLinesResolver {
  @FieldResolver(() => [SourceLine], {
    description: `The passage's own lines from the project's copy of the document (seeds/source/): from \`line\` up to the line before the next passage the data takes from the same document, at most \`max\` lines (1–${MAX_LINES}). Empty when the project has no copy of the document.`,
  })
  async lines(
    @Root() ref: SourceRef,
    @Ctx() ctx: Context,
    @Arg('max', () => Int, { defaultValue: SOURCE_LINES_DEFAULT, description: 'The most lines to return (1–200).' })
    max: number,
  ) {
    if (!Number.isInteger(max) || max < 1 || max > MAX_LINES) {
      throw new GraphQLError(`max must be between 1 and ${MAX_LINES}; got ${max}.`, { extensions: { code: 'BAD_PAGE_SIZE' } });
    }
    const text = documentLines(ref.document);
    if (!text) return [];
    const next = (await passageStarts(ctx, ref.document)).find((l) => l > ref.line);
    const end = Math.min(next ?? Infinity, ref.line + max, text.length + 1); // exclusive
    const lines: SourceLine[] = [];
    for (let n = ref.line; n < end; n++) lines.push(Object.assign(new SourceLine(), { number: n, text: text[n - 1] }));
    // Blank lines at the end of a passage say nothing.
    while (lines.length > 1 && !lines.at(-1)!.text.trim()) lines.pop();
    return lines;
  }
}
