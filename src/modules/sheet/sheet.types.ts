/**
 * One detail sheet's own content, as a listing serves it (`Listing.sheet`), and the pieces
 * an agreement shares with it: dated events and captioned links. Plain object types over
 * the JSON the loader stores: a sheet is read whole, never queried into.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDate } from '../agreement/partial-date';
import { PartySide } from '../agreement/party-side';
import { ActivityPeriod } from '../activity/activity-period';

@ObjectType({
  description: 'One date a sheet gives under its date of tie-up (提携年月日): a signing, a re-signing, an update, an end of validity.',
})
export class DatedEvent {
  @Field(() => PartialDate, { description: 'The date; `text` is the date as written (spaces removed).' })
  date!: PartialDate;

  @Field(() => String, { nullable: true, description: 'What the sheet writes beside the date: 黒竜江省, 現行（第4期）プログラム, 更新 …' })
  label!: string | null;

  @Field(() => Int, { description: 'Line of the date in the source document.' })
  line!: number;
}

@ObjectType({ description: 'A web address a sheet gives for the activities, with the caption it writes beside it.' })
export class Link {
  @Field({ description: 'The address as written.' })
  url!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The words beside the address, as written: （協定書締結に係る報道発表資料を掲載）, 【京都府HP】 …; null when there are none.',
  })
  caption!: string | null;
}

@ObjectType({ description: 'A party as one sheet writes it.' })
export class SheetParty {
  @Field({ description: 'The name as this sheet writes it.' })
  written!: string;

  @Field(() => PartySide, { description: 'Japanese party or party abroad.' })
  side!: PartySide;

  @Field({ description: 'Key of the municipality it is (resolve with `municipalities(filter: { search })` or the agreement’s parties).' })
  municipality!: string;
}

@ObjectType({ description: 'One item of what a sheet says was done under the agreement (提携後の取組内容).' })
export class SheetActivity {
  @Field({ description: 'The item as the sheet writes it.' })
  text!: string;

  @Field(() => ActivityPeriod, { nullable: true, description: 'Current or past, where the sheet separates them.' })
  period!: ActivityPeriod | null;

  @Field(() => String, {
    nullable: true,
    description: 'The heading the sheet puts the item under: 【平成24年7月】, or a date standing alone above it (平成23年8月~9月).',
  })
  heading!: string | null;

  @Field(() => Int, { nullable: true, description: 'Source line the item starts on.' })
  line!: number | null;
}

@ObjectType({
  description:
    'A remark a sheet makes on its list of what was done as a whole, not an item of it: ※以下、予定を含む (what follows includes plans), a route suspended, （※現在、上記の取組はいずれも休止中） (all of the above on hold).',
})
export class ActivityNote {
  @Field({ description: 'The note as the sheet writes it, its ※ or brackets included.' })
  text!: string;

  @Field(() => Int, { description: 'Line of the note in the source document.' })
  line!: number;
}

@ObjectType({ description: 'A contact a sheet gives (問い合わせ先: whom to ask).' })
export class SheetContact {
  @Field(() => String, { nullable: true, description: 'The department in charge (担当部署名), as written.' }) department!: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number (電話番号), as written.' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: 'Phone extension (内線), as written.' }) extension!: string | null;
  @Field(() => String, { nullable: true, description: 'Email address (電子メール), as written.' }) email!: string | null;
}

@ObjectType({
  description:
    'What one listing’s detail sheet says, word for word after noise repair. A re-listing is a sheet of its own and may differ from the first (decisions relist-differs:* record where); the agreement serves its first sheet.',
})
export class Sheet {
  @Field(() => [SheetParty], { description: 'The parties as this sheet names them (自治体名), in its order.' }) parties!: SheetParty[];
  @Field(() => PartialDate, {
    nullable: true,
    description: 'The first date under the date of tie-up (提携年月日); `text` is that whole field as written.',
  })
  signedOn!: PartialDate | null;
  @Field(() => [DatedEvent], { description: 'Every date under the date of tie-up (提携年月日).' }) events!: DatedEvent[];
  @Field(() => String, { nullable: true, description: 'Background (提携に至った経緯) as the sheet states it.' }) background!: string | null;
  @Field(() => [SheetActivity], { description: 'What was done (提携後の取組内容), one whole item each.' }) activities!: SheetActivity[];
  @Field(() => [ActivityNote], { description: 'Remarks on the list of what was done as a whole (※以下、予定を含む), not items of it.' })
  activityNotes!: ActivityNote[];
  @Field(() => String, { nullable: true, description: 'Outcomes (成果) as the sheet states them.' }) outcomes!: string | null;
  @Field(() => String, { nullable: true, description: 'Challenges (課題) as the sheet states them.' }) challenges!: string | null;
  @Field(() => [String], { description: 'Every web address the sheet gives, in the order written.' }) urls!: string[];
  @Field(() => [Link], { description: 'Every web address the sheet gives, with its caption.' }) links!: Link[];
  @Field(() => [SheetContact], { description: 'Whom to ask (問い合わせ先), as the sheet gives them.' }) contacts!: SheetContact[];
}
