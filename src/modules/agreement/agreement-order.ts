/**
 * `orderBy` for agreements. Every order ends with the source order as tie-breaker,
 * so pages never skip or repeat a row. Agreements without a date sort last either way.
 */
import { Field, InputType, registerEnumType } from 'type-graphql';
import { japaneseCollator, OrderDirection } from '../shared/order-direction';
import type { AgreementRow } from './agreement.queries';

export enum AgreementOrderField {
  /** The order of the survey's sheets. */
  SOURCE = 'SOURCE',
  SIGNED_ON = 'SIGNED_ON',
  TITLE = 'TITLE',
}

registerEnumType(AgreementOrderField, {
  name: 'AgreementOrderField',
  description: 'What agreements are sorted by.',
  valuesConfig: {
    SOURCE: { description: "The order of the survey's sheets (the default)." },
    SIGNED_ON: { description: 'Date of signing; partial dates by their known part; undated last.' },
    TITLE: { description: 'Title in Japanese collation.' },
  },
});

@InputType({ description: 'How to sort agreements; the source order breaks ties, so pages never skip or repeat a row.' })
export class AgreementOrder {
  @Field(() => AgreementOrderField, { description: 'What to sort by.' })
  field!: AgreementOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending (the default) or descending.' })
  direction: OrderDirection = OrderDirection.ASC;
}

/** Sort rows (in source order) by `order`; stable, with source order breaking ties. */
export function orderAgreements(rows: AgreementRow[], order: AgreementOrder | null | undefined): AgreementRow[] {
  if (!order || order.field === AgreementOrderField.SOURCE) {
    return order?.direction === OrderDirection.DESC ? [...rows].reverse() : rows;
  }
  const sign = order.direction === OrderDirection.DESC ? -1 : 1;
  const compare =
    order.field === AgreementOrderField.TITLE
      ? (a: AgreementRow, b: AgreementRow) => sign * japaneseCollator.compare(a.title, b.title)
      : (a: AgreementRow, b: AgreementRow) => {
          if (!a.signedIso || !b.signedIso) return (a.signedIso ? 0 : 1) - (b.signedIso ? 0 : 1);
          return sign * a.signedIso.localeCompare(b.signedIso);
        };
  return [...rows].sort((a, b) => compare(a, b) || a.pk - b.pk);
}
