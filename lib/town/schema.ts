/**
 * A town's own help, written once for every guide (issue 11): the ward one-stop offices, "Thứ Bảy vì dân",
 * the postal-return partner, a feedback link, a local hotline shown beside 1800 1096, and questions people of
 * the town ask, each tied to a guide (and a step) when it belongs to one. One JSON file per town, validated
 * like a guide (lib/town/load.ts) and shown in the help of the overlay, the side panel and the widget.
 */
import * as z from 'zod/mini';
import { RichText, Slug, Text } from '../guide/schema';

const Phone = z.string().check(z.regex(/^[0-9 .+()-]{3,20}$/, 'phone'));

const TownOffice = z.strictObject({
  name: Text,
  address: z.optional(Text),
  phone: z.optional(Phone),
  hours: z.optional(Text),
});

export const TownQuestion = z.strictObject({
  id: Slug,
  question: Text,
  answer: RichText,
  /** The guide this answer belongs to; absent: shown with every guide. */
  guide: z.optional(Slug),
  /** A step of that guide, for the overlay's help at that step; absent: the whole guide. */
  step: z.optional(Slug),
});

export const TownProfile = z.strictObject({
  $schema: z.optional(z.string()),
  id: Slug,
  name: Text,
  /** true: a demo profile with made-up details; every view marks it "Ví dụ". */
  example: z.optional(z.boolean()),
  /** Local hotline, shown beside the national 1800 1096 (never instead of it). */
  hotline: z.optional(Phone),
  offices: z.optional(z.array(TownOffice)),
  saturday: z.optional(RichText),
  postalReturn: z.optional(RichText),
  feedbackUrl: z.optional(z.url()),
  questions: z.optional(z.array(TownQuestion)),
});

type TownOffice = z.infer<typeof TownOffice>;
export type TownQuestion = z.infer<typeof TownQuestion>;
export type TownProfile = z.infer<typeof TownProfile>;
