/** `orderBy` for municipalities, with the source order as tie-breaker. */
import { Field, InputType, registerEnumType } from 'type-graphql';
import { japaneseCollator, OrderDirection } from '../shared/order-direction';
import type { FoundMunicipality, MunicipalityFigure } from './municipality.queries';

export enum MunicipalityOrderField {
  NAME = 'NAME',
  FULL_NAME = 'FULL_NAME',
  AGREEMENT_COUNT = 'AGREEMENT_COUNT',
  DEGREE = 'DEGREE',
}

registerEnumType(MunicipalityOrderField, {
  name: 'MunicipalityOrderField',
  description: 'What municipalities are sorted by.',
  valuesConfig: {
    NAME: { description: 'The name (Municipality.name) in Japanese collation.' },
    FULL_NAME: { description: 'The name with its higher levels (Municipality.fullName) in Japanese collation.' },
    AGREEMENT_COUNT: { description: 'agreementCount: the agreements it holds, its merged towns’ included (DESC for the most first).' },
    DEGREE: { description: 'degree: how many parties share an agreement with it (DESC for the most first).' },
  },
});

@InputType({ description: 'How to sort municipalities; the source order breaks ties, so pages never skip or repeat a row.' })
export class MunicipalityOrder {
  @Field(() => MunicipalityOrderField, { description: 'What to sort by.' })
  field!: MunicipalityOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending (the default) or descending.' })
  direction: OrderDirection = OrderDirection.ASC;
}

/** The figure an order sorts by, for the statement to compute; null for orders by name. */
export function figureOf(order: MunicipalityOrder | null | undefined): MunicipalityFigure | null {
  if (order?.field === MunicipalityOrderField.AGREEMENT_COUNT) return 'agreementCount';
  if (order?.field === MunicipalityOrderField.DEGREE) return 'degree';
  return null;
}

/** Sort municipalities (given in source order) by `order`; stable. */
export function orderMunicipalities(rows: FoundMunicipality[], order: MunicipalityOrder | null | undefined): FoundMunicipality[] {
  if (!order) return rows;
  const sign = order.direction === OrderDirection.DESC ? -1 : 1;
  const compare: (a: FoundMunicipality, b: FoundMunicipality) => number = figureOf(order)
    ? (a, b) => a.figure - b.figure
    : order.field === MunicipalityOrderField.NAME
      ? (a, b) => japaneseCollator.compare(a.name, b.name)
      : (a, b) => japaneseCollator.compare(a.fullName, b.fullName);
  return [...rows].sort((a, b) => sign * compare(a, b) || a.pk - b.pk);
}
