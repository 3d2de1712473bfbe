import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Country } from '../country/country.entity';
import { toGlobalId } from '../shared/global-id';
import { Node } from '../shared/node';
import { MunicipalityKind } from './municipality-kind';

/**
 * A party to agreements: a Japanese or foreign municipality at any level of its
 * country's hierarchy, or an organisation (kind ORGANIZATION).
 */
@Entity({ tableName: 'municipality' })
@ObjectType({ implements: Node })
export class Municipality implements Node {
  [OptionalProps]?: 'pk' | 'id';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  pk!: number;

  /** Stable key: country and path of names, "JP/青森県/青森市". */
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => ID)
  get id(): string {
    return toGlobalId('Municipality', this.key);
  }

  @Index()
  @Property({ type: 'string' })
  @Field({ description: 'As the source writes it without the higher levels, e.g. 青森市.' })
  name!: string;

  @Index()
  @Property({ type: 'string' })
  @Field({ description: 'With the higher levels inside its country, e.g. 青森県青森市.' })
  fullName!: string;

  @Enum({ items: () => MunicipalityKind })
  @Field(() => MunicipalityKind)
  kind!: MunicipalityKind;

  @ManyToOne(() => Country)
  country!: Country;

  @ManyToOne(() => Municipality, { nullable: true })
  parent?: Municipality | null;

  /** The municipality it merged into (高根町 → 北杜市). */
  @ManyToOne(() => Municipality, { nullable: true })
  successor?: Municipality | null;
}
