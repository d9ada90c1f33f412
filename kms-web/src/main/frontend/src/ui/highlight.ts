// Search highlights come from Elasticsearch as text with <em> around the matched words. The text
// itself is article content, not markup: everything is escaped except exactly <em> and </em>.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Safe HTML for a highlight: only bare <em>/</em> survive, as <mark>-like emphasis. */
export function highlightToHtml(highlight: string): string {
  return highlight
    .split(/(<\/?em>)/)
    .map((part) => (part === '<em>' || part === '</em>' ? part : escapeHtml(part)))
    .join('');
}
