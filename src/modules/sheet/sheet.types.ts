/**
 * One detail sheet's own content, as a listing serves it (`Listing.sheet`), and the pieces
 * an agreement shares with it: dated events and captioned links. Plain object types over
 * the JSON the loader stores: a sheet is read whole, never queried into.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDate } from '../agreement/partial-date';
import { PartySide } from '../agreement/party-side';
import { ActivityPeriod } from '../activity/activity-period';

@ObjectType({ description: 'One date of a sheet’s (2) 提携年月日: a signing, a re-signing, an update, an end of validity.' })
export class DatedEvent {
  @Field(() => PartialDate, { description: 'The date; `text` is the date as written (spaces removed).' })
  date!: PartialDate;

  @Field(() => String, { nullable: true, description: 'What the sheet writes beside the date: 黒竜江省, 現行（第4期）プログラム, 更新 …' })
  label!: string | null;

  @Field(() => Int, { description: 'Line of the date in the source document.' })
  line!: number;
}

@ObjectType({ description: 'A URL of (6) with the caption the sheet writes beside it.' })
export class Link {
  @Field()
  url!: string;

  @Field(() => String, { nullable: true, description: '（協定書締結に係る報道発表資料を掲載）, 【京都府HP】 …' })
  caption!: string | null;
}

@ObjectType({ description: 'A party as one sheet writes it.' })
export class SheetParty {
  @Field({ description: 'The name as this sheet writes it.' })
  written!: string;

  @Field(() => PartySide)
  side!: PartySide;

  @Field({ description: 'Key of the municipality it is (resolve with `municipalities(filter: { search })` or the agreement’s parties).' })
  municipality!: string;
}

@ObjectType({ description: 'One item of a sheet’s (4) 取組内容.' })
export class SheetActivity {
  @Field()
  text!: string;

  @Field(() => ActivityPeriod, { nullable: true })
  period!: ActivityPeriod | null;

  @Field(() => String, { nullable: true, description: 'The heading the sheet puts the item under (【平成24年7月】).' })
  heading!: string | null;

  @Field(() => Int, { nullable: true, description: 'Source line the item starts on.' })
  line!: number | null;
}

@ObjectType({ description: 'A contact of a sheet’s (7).' })
export class SheetContact {
  @Field(() => String, { nullable: true }) department!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) extension!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType({
  description:
    'What one listing’s detail sheet says, word for word after noise repair. A re-listing is a sheet of its own and may differ from the first (decisions relist-differs:* record where); the agreement serves its first sheet.',
})
export class Sheet {
  @Field(() => [SheetParty]) parties!: SheetParty[];
  @Field(() => PartialDate, { nullable: true, description: 'The first date of (2); `text` is the whole field.' })
  signedOn!: PartialDate | null;
  @Field(() => [DatedEvent], { description: 'Every date of (2).' }) events!: DatedEvent[];
  @Field(() => String, { nullable: true, description: '(3) 経緯' }) background!: string | null;
  @Field(() => [SheetActivity], { description: '(4) 取組内容, one whole item each.' }) activities!: SheetActivity[];
  @Field(() => String, { nullable: true, description: '(5) 成果' }) outcomes!: string | null;
  @Field(() => String, { nullable: true, description: '(5) 課題' }) challenges!: string | null;
  @Field(() => [String], { description: 'Every URL of (6).' }) urls!: string[];
  @Field(() => [Link], { description: 'Every URL of (6) with its caption.' }) links!: Link[];
  @Field(() => [SheetContact], { description: '(7) 問い合わせ先' }) contacts!: SheetContact[];
}
