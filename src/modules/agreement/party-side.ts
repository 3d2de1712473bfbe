import { registerEnumType } from 'type-graphql';

/** Which side of the agreement a party is on. */
export enum PartySide {
  DOMESTIC = 'DOMESTIC',
  FOREIGN = 'FOREIGN',
}

registerEnumType(PartySide, { name: 'PartySide' });
