/** `orderBy` for municipalities, with the source order as tie-breaker. */
import { Field, InputType, registerEnumType } from 'type-graphql';
import { japaneseCollator, OrderDirection } from '../shared/order-direction';
import type { Municipality } from './municipality.entity';

export enum MunicipalityOrderField {
  NAME = 'NAME',
  FULL_NAME = 'FULL_NAME',
}

registerEnumType(MunicipalityOrderField, { name: 'MunicipalityOrderField' });

@InputType()
export class MunicipalityOrder {
  @Field(() => MunicipalityOrderField)
  field!: MunicipalityOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

/** Sort municipalities (given in source order) by `order`; stable. */
export function orderMunicipalities(rows: Municipality[], order: MunicipalityOrder | null | undefined): Municipality[] {
  if (!order) return rows;
  const sign = order.direction === OrderDirection.DESC ? -1 : 1;
  const value = (m: Municipality) => (order.field === MunicipalityOrderField.NAME ? m.name : m.fullName);
  return [...rows].sort((a, b) => sign * japaneseCollator.compare(value(a), value(b)) || a.pk - b.pk);
}
