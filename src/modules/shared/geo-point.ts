import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';

/** A point in WGS 84 degrees: stored as two columns, served as `{ lat lng }`. */
@Embeddable()
@ObjectType({ description: 'A point in WGS 84 degrees.' })
export class GeoPoint {
  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Latitude, degrees north.' })
  lat!: number;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Longitude, degrees east.' })
  lng!: number;
}
