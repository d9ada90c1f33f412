import { forwardRef, useLayoutEffect } from 'react';
import type { SearchResults } from '../api/types';
import { href } from '../app/routes';
import { departmentLabel, t } from '../i18n';
import { highlightToHtml } from '../ui/highlight';
import { measureRendered } from './perf';
import { recordOpened } from './searchLog';
import { searchMemory } from './searchMemory';

interface Props {
  results: SearchResults;
  currentId: number | null;
  onEscape: () => void;
}

/** The hits as links; arrow keys move between them, Enter follows the focused one. */
export const ResultList = forwardRef<HTMLOListElement, Props>(function ResultList({ results, currentId }, ref) {
  // after React has put the hits into the DOM: the end of "keystroke to results"
  useLayoutEffect(() => measureRendered(), [results]);

  function onKey(event: React.KeyboardEvent<HTMLOListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.kms-hit'));
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)].focus();
    else if (index === 0) document.getElementById('kms-q')?.focus();
    else links[index - 1].focus();
  }

  return (
    <ol ref={ref} className="kms-results" aria-label={t.search.results} onKeyDown={onKey}>
      {results.hits.map((hit, index) => (
        <li key={hit.articleId} className="kms-results__item">
          <a className="kms-hit" href={href.article(hit.articleId)} aria-current={hit.articleId === currentId ? 'true' : undefined}
            onClick={() => recordOpened(searchMemory.query, searchMemory.department, results.total, hit.articleId, index + 1)}>
            <span className="kms-hit__title">{hit.title}</span>
            <span className="kms-hit__department">{departmentLabel(hit.department)}</span>
            <span className="kms-hit__answer">{hit.shortAnswer}</span>
            {hit.highlights.slice(0, 1).map((h, i) => (
              <span key={i} className="kms-hit__passage" dangerouslySetInnerHTML={{ __html: highlightToHtml(h) }} />
            ))}
          </a>
        </li>
      ))}
    </ol>
  );
});
