/**
 * A link from a guide's structured data (Link.url, feedbackUrl). It passes the same allow-list as links
 * in rich text; a refused URL shows its text without a link, so the resident still reads it.
 */
import type { ComponentChildren, JSX } from 'preact';
import { checkLinkUrl } from '../lib/guide/richtext';

export interface ExternalLinkProps {
  href: string;
  children: ComponentChildren;
  class?: string;
}

export function ExternalLink({ href, children, class: className }: ExternalLinkProps): JSX.Element {
  const check = checkLinkUrl(href);
  if (!check.ok) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={check.href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
