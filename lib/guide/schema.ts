/**
 * The guide format: declarative data only (text, URL patterns, target descriptions, completion
 * conditions). No expressions, scripts or HTML, because guides may be fetched from a town website and
 * store rules forbid running remotely fetched logic.
 *
 * Written with zod/mini so the same schema ships in the content script and the widget at a few KB.
 * Objects are strict: a misspelt key is an error an author sees, not a silently ignored field.
 */
import * as z from 'zod/mini';

/** Lower-case slug: guide ids are file names, step ids appear in stored progress. */
export const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug'));

/** Plain text shown to people; never parsed as markup. */
export const Text = z.string().check(z.minLength(1), z.maxLength(2000));

/**
 * Safe rich text: paragraphs (blank line), **bold**, lists ("- " or "1. "), links [text](https://host/...)
 * to allow-listed hosts. Parsed into tokens by lib/guide/richtext.ts; rendered by components.
 */
export const RichText = z.string().check(z.minLength(1), z.maxLength(8000));

/**
 * A page where something happens: `host/path[?name=value&…][#hash]`, written without scheme; the query is
 * ignored unless parameters are named (then each must be in the URL, `*` = any value),
 * `*` = any characters within one path segment, `**` = anything, host may start with `*.`, trailing slash
 * ignored; a hash part must match the URL's hash (`lienthong.dichvucong.gov.vn/#/ke-khai/*`).
 * Syntax is checked by lib/engine/url-pattern.ts (`npm run guides -- check`).
 */
const UrlPattern = z.string().check(z.minLength(3), z.maxLength(500));

/** One way of finding the element a step points at. Strategies are tried in order; first visible wins. */
export const TargetStrategy = z.strictObject({
  /** A CSS selector: use ids or attributes, never generated class names. */
  css: z.optional(z.string().check(z.minLength(1))),
  /** Visible text (accessible name), matched ignoring case, extra spaces and diacritics variants. */
  text: z.optional(z.string().check(z.minLength(1))),
  /** ARIA role the text match must have (button, link, tab, option, checkbox, textbox, combobox...). */
  role: z.optional(z.string().check(z.regex(/^[a-z]+$/))),
  /** true: the whole accessible name equals `text`; default: contains it. */
  exact: z.optional(z.boolean()),
  /** A form control found by its label text. */
  label: z.optional(z.string().check(z.minLength(1))),
  /** The control's name attribute. */
  name: z.optional(z.string().check(z.minLength(1))),
  /** data-e2e attribute. */
  testId: z.optional(z.string().check(z.minLength(1))),
  /** Angular formcontrolname attribute. */
  formControl: z.optional(z.string().check(z.minLength(1))),
  /** Element id. */
  id: z.optional(z.string().check(z.minLength(1))),
  /** Only inside a container whose text contains this (e.g. the agency card "Cơ quan thực hiện: UBND"). */
  near: z.optional(z.string().check(z.minLength(1))),
});

export { TARGET_LOCATOR_KEYS } from './kinds';

/** A step is done when any of its conditions holds. Each condition has exactly one kind. */
export const DoneCondition = z.strictObject({
  /** The browser reached a page matching this pattern. */
  url: z.optional(UrlPattern),
  /** An element appeared on the page. */
  appears: z.optional(TargetStrategy),
  /** A text appeared on the page, e.g. "Gửi hồ sơ thành công". */
  text: z.optional(z.string().check(z.minLength(1))),
  /** A form field has a value. */
  filled: z.optional(TargetStrategy),
  /** The person clicked the step's target. */
  clicked: z.optional(z.literal(true)),
  /** The person says it is done ("Tiếp theo"). */
  confirm: z.optional(z.literal(true)),
});


const Link = z.strictObject({
  text: Text,
  url: z.url(),
  /** GOV.UK puts costs after the link text: "Lệ phí 10.000 đồng". */
  cost: z.optional(Text),
});

export const Step = z.strictObject({
  id: Slug,
  title: Text,
  body: z.optional(RichText),
  /** Pages where this step is done. Absent: wherever the guide currently is. */
  page: z.optional(z.array(UrlPattern).check(z.minLength(1))),
  /** Ordered strategies for the element to point at. Absent: a step without a target (read and confirm). */
  target: z.optional(z.array(TargetStrategy).check(z.minLength(1))),
  /** Conditions that complete the step by themselves; "Tiếp theo" always works too. */
  done: z.optional(z.array(DoneCondition).check(z.minLength(1))),
  tips: z.optional(z.array(RichText)),
  warnings: z.optional(z.array(RichText)),
  links: z.optional(z.array(Link)),
  /** The step may be skipped (e.g. only for a proxy). */
  optional: z.optional(z.boolean()),
});

/**
 * One alternative route through part of a procedure (the national one-page form, the Ministry of Justice
 * wizard): it starts after the main step `after` and joins back at the main step `rejoin`. Routes with the
 * same `after` form one fork; the overlay takes the route whose pages the person is on (lib/guide/routes.ts).
 */
export const Route = z.strictObject({
  id: Slug,
  title: Text,
  en: z.optional(z.strictObject({ title: Text })),
  after: Slug,
  rejoin: Slug,
  steps: z.array(Step).check(z.minLength(1)),
});

export const Document = z.strictObject({
  id: Slug,
  name: Text,
  /** required: always; conditional: only when `condition` applies. */
  need: z.enum(['required', 'conditional']),
  condition: z.optional(Text),
  /** How many originals / copies (bản chính / bản sao). */
  originals: z.optional(z.int().check(z.nonnegative())),
  copies: z.optional(z.int().check(z.nonnegative())),
  /** Shown, not handed in (giấy tờ phải xuất trình). */
  showOnly: z.optional(z.boolean()),
  note: z.optional(RichText),
  /** Official form or e-form to download. */
  form: z.optional(Link),
});

const TimeUnit = z.enum(['working-day', 'day', 'hour', 'month', 'same-day', 'other']);

export const Channel = z.strictObject({
  /** Fee in đồng; 0 = free; null = set elsewhere (e.g. by the provincial council). */
  feeVnd: z.nullable(z.number().check(z.nonnegative())),
  feeText: z.optional(Text),
  time: z.strictObject({ qty: z.number().check(z.nonnegative()), unit: TimeUnit }),
  timeText: Text,
});

export const Procedure = z.strictObject({
  /** National procedure code, stable across portal rebuilds. */
  code: z.string().check(z.regex(/^\d\.\d{6}$/, 'procedure-code')),
  /** UUID of the procedure page on dichvucong.gov.vn (changes when the portal is rebuilt). */
  portalId: z.optional(z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'uuid'))),
  name: Text,
  /** Online level: toàn trình (everything online) or một phần (some step in person). */
  level: z.enum(['toan-trinh', 'mot-phan']),
  agency: Text,
  field: z.optional(Text),
  channels: z.strictObject({
    online: z.optional(Channel),
    postal: z.optional(Channel),
    inPerson: z.optional(Channel),
  }),
});

export const Situation = z.strictObject({
  id: Slug,
  /** The problem as a person says it: "Không nhận được mã OTP". */
  question: Text,
  answer: RichText,
});

const Contact = z.strictObject({
  name: Text,
  phone: z.optional(z.string().check(z.regex(/^[0-9 .+()-]{3,20}$/, 'phone'))),
  address: z.optional(Text),
  hours: z.optional(Text),
});

export const Help = z.strictObject({
  hotline: z.string().check(z.regex(/^[0-9 .]{4,20}$/, 'phone')),
  contacts: z.optional(z.array(Contact)),
  feedbackUrl: z.optional(z.url()),
  postalReturn: z.optional(RichText),
  saturday: z.optional(RichText),
});

const Source = z.strictObject({
  title: Text,
  url: z.optional(z.url()),
  /** Where in the shared material the fact came from (file and field), for reviewers. */
  ref: z.optional(Text),
});

/** A fact not confirmed by a source: shown to authors by `guides check`, never silently guessed. */
const Unverified = z.strictObject({
  path: z.string().check(z.minLength(1)),
  note: Text,
});

export const Guide = z.strictObject({
  $schema: z.optional(z.string()),
  id: Slug,
  /** Increase on every change; a town catalog replaces a bundled guide only with a higher version. */
  version: z.int().check(z.positive()),
  title: Text,
  summary: Text,
  en: z.optional(z.strictObject({ title: Text, summary: z.optional(Text) })),
  /** Extra words people search with ("giấy khai sinh", "làm giấy khai sinh cho con"). */
  keywords: z.optional(z.array(Text)),
  reviewedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date')),
  sources: z.array(Source).check(z.minLength(1)),
  unverified: z.optional(z.array(Unverified)),
  /** Absent for how-to guides that are not one procedure (logging in with VNeID). */
  procedure: z.optional(Procedure),
  /** Pages where the overlay offers this guide ("Bắt đầu …"). */
  startPages: z.optional(z.array(UrlPattern).check(z.minLength(1))),
  documents: z.array(Document),
  steps: z.array(Step).check(z.minLength(1)),
  /** Alternative routes through part of the steps (GOV.UK step-by-step "hoặc"). */
  routes: z.optional(z.array(Route)),
  situations: z.optional(z.array(Situation)),
  help: Help,
});

export type TargetStrategy = z.infer<typeof TargetStrategy>;
export type DoneCondition = z.infer<typeof DoneCondition>;
type Link = z.infer<typeof Link>;
export type Step = z.infer<typeof Step>;
export type Route = z.infer<typeof Route>;
export type Document = z.infer<typeof Document>;
export type Channel = z.infer<typeof Channel>;
export type Procedure = z.infer<typeof Procedure>;
export type Situation = z.infer<typeof Situation>;
export type Help = z.infer<typeof Help>;
export type Guide = z.infer<typeof Guide>;

/** A catalog a town hosts (the widget's guides.json): a list of guides, each validated on its own. */
export const CatalogEnvelope = z.strictObject({
  $schema: z.optional(z.string()),
  generatedAt: z.optional(z.string()),
  guides: z.array(z.unknown()),
});
export type CatalogEnvelope = z.infer<typeof CatalogEnvelope>;
