import { registerEnumType } from 'type-graphql';
import { PartySide } from '../../records/enums';

export { PartySide };

registerEnumType(PartySide, {
  name: 'PartySide',
  description: 'Which side of the agreement a party is on.',
  valuesConfig: {
    DOMESTIC: { description: 'A Japanese party (日本の自治体).' },
    FOREIGN: { description: 'A party abroad (海外の自治体).' },
  },
});
