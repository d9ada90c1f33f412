import type { QuoteView } from '../api/types';

// Markdown the renderer removes: emphasis and code marks, link brackets and their targets.
const INLINE_MARKUP = String.raw`(?:[*_\x60~]|\[|\]\([^)\s]*\))*`;
// Between words also line breaks, list bullets and numbers, headings, quotes and table pipes.
const BETWEEN_WORDS = String.raw`(?:\s|[*_\x60~#>|+-]|\d+\.\s|\[|\]\([^)\s]*\))+`;

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the text an agent selected in the rendered article sits in the version's Markdown body:
 * the API wants offsets into the body (end exclusive, UTF-16 units) and the exact text found there.
 * The rendered text lacks the Markdown marks (`een pasfoto` is `een **pasfoto**` in the body), so the
 * search allows those marks between characters. Null when the selection is not in the body (e.g.
 * it was in the short answer), or is ambiguous.
 */
export function locateQuote(selected: string, body: string): QuoteView | null {
  const words = selected.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const exact = body.indexOf(selected.trim());
  if (exact >= 0) return { text: selected.trim(), start: exact, end: exact + selected.trim().length };
  const pattern = words.map((w) => [...w].map(escape).join(INLINE_MARKUP)).join(BETWEEN_WORDS);
  const matches = [...body.matchAll(new RegExp(pattern, 'g'))];
  if (matches.length !== 1) return null;
  const start = matches[0].index ?? 0;
  const text = matches[0][0];
  return { text, start, end: start + text.length };
}
