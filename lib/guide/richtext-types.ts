/**
 * Tokens of the guide's safe rich text. Components render these with Preact elements only: no
 * innerHTML anywhere, so text from a guide can never become markup or script.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'bold'; children: Inline[] }
  /** href is already checked: https (or http to a portal host for the sandbox) on an allow-listed host. */
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

/** A link the parser refused; its text is kept as plain text so nothing the author wrote is lost. */
export interface RichTextProblem {
  code: 'link-scheme' | 'link-host' | 'link-malformed';
  /** The refused URL, for the author's message. */
  url: string;
}

export interface RichTextResult {
  blocks: Block[];
  problems: RichTextProblem[];
}
