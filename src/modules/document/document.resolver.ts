import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { memo, type Context } from '../../graphql/context';
import { SourceRef } from '../shared/source-ref';
import { provenance } from './citation';
import { Document } from './document.entity';

/** Every document, once per request (there are a handful). */
const documentsOf = (ctx: Context) => memo(ctx, 'documents', () => ctx.em.find(Document, {}, { orderBy: { file: 'asc' } }));

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], { description: 'The source documents the data is taken from, by file name.' })
  documents(@Ctx() ctx: Context) {
    return documentsOf(ctx);
  }

  @Query(() => String, {
    description:
      'The suggested citation of the data: the dataset version (its checksum), every source document (publisher, year, title) and the reference data on places. Every export file carries the same.',
  })
  async citation(@Ctx() ctx: Context) {
    return (await memo(ctx, 'provenance', () => provenance(ctx.em))).citation;
  }
}

@Resolver(() => SourceRef)
export class SourceRefResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'Title, publisher and year of the document.' })
  async documentInfo(@Root() ref: SourceRef, @Ctx() ctx: Context) {
    return (await documentsOf(ctx)).find((d) => d.file === ref.document) ?? null;
  }
}
