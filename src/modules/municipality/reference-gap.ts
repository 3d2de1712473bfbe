import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ReferenceField } from '../../records/enums';

export { ReferenceField };

registerEnumType(ReferenceField, {
  name: 'ReferenceField',
  description: 'A reference field of a municipality that can be null for a stated reason.',
  valuesConfig: {
    CODE: { description: 'code (全国地方公共団体コード)' },
    READING: { description: 'reading (kana)' },
    ROMANIZED: { description: 'romanized' },
    NAME_EN: { description: 'nameEn' },
    LOCATION: { description: 'location' },
    HOMEPAGE: { description: 'homepage' },
  },
});

/** Why a reference field of a municipality is null. */
@ObjectType({ description: 'Why a reference field of a municipality is null (merged away, an organisation, no sound gazetteer match …).' })
export class ReferenceGap {
  @Field(() => ReferenceField)
  field!: ReferenceField;

  @Field()
  reason!: string;
}
