/**
 * Renders the guide's safe rich text from tokens with Preact elements only. There is deliberately no
 * innerHTML path: whatever an author (or a town catalog) writes can only ever become text.
 */
import { useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import { parseRichText } from '../lib/guide/richtext';
import type { Block, Inline, RichTextResult } from '../lib/guide/richtext-types';

export interface RichTextProps {
  /** Rich text source from a guide; parsed here. */
  source?: string;
  /** Already parsed tokens (takes precedence over `source`). */
  result?: RichTextResult;
  class?: string;
}

function renderInline(nodes: readonly Inline[]): (JSX.Element | string)[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'bold':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

function renderBlock(block: Block, i: number): JSX.Element {
  if (block.type === 'paragraph') return <p key={i}>{renderInline(block.children)}</p>;
  const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
  return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
}

export function RichText({ source, result, class: className }: RichTextProps): JSX.Element | null {
  const parsed = useMemo(() => result ?? (source ? parseRichText(source) : null), [result, source]);
  if (!parsed || parsed.blocks.length === 0) return null;
  // Rich text is always written in Vietnamese (guides, the town profile, answers): said so in either UI
  // language, so an English page reads it with a Vietnamese voice.
  return (
    <div class={className ? `dvc-rt ${className}` : 'dvc-rt'} lang="vi">
      {parsed.blocks.map(renderBlock)}
    </div>
  );
}
