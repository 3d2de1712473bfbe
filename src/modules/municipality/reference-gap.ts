import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ReferenceField } from '../../records/enums';

export { ReferenceField };

registerEnumType(ReferenceField, {
  name: 'ReferenceField',
  description: 'A reference field of a municipality that can be null for a stated reason.',
  valuesConfig: {
    CODE: { description: 'Municipality.code, the local government code (全国地方公共団体コード).' },
    READING: { description: 'Municipality.reading, the kana reading (読み).' },
    ROMANIZED: { description: 'Municipality.romanized, the Hepburn romanisation of the reading.' },
    NAME_EN: { description: 'Municipality.nameEn, the plain English name.' },
    LOCATION: { description: 'Municipality.location, the point on the map.' },
    HOMEPAGE: { description: 'Municipality.homepage, the official website.' },
  },
});

/** Why a reference field of a municipality is null. */
@ObjectType({ description: 'Why a reference field of a municipality is null (merged away, an organisation, no sound gazetteer match …).' })
export class ReferenceGap {
  @Field(() => ReferenceField, { description: 'The field that is null.' })
  field!: ReferenceField;

  @Field({ description: 'Why it is null, in words ("an organisation: no coordinates of its own").' })
  reason!: string;
}
