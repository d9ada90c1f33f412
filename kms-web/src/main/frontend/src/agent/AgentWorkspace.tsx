import { useCallback, useEffect, useRef, useState } from 'react';
import { href, navigate } from '../app/routes';
import { format, t } from '../i18n';
import type { SearchResults } from '../api/types';
import { problemMessage } from '../ui/problems';
import { Alert } from '../ui/Alert';
import { ArticleReader } from './ArticleReader';
import { DepartmentFacet } from './DepartmentFacet';
import { ResultList } from './ResultList';
import { markKeystroke } from './perf';
import { searchMemory } from './searchMemory';
import { useSearch } from './useSearch';

/**
 * The agent's screen, open all day: the search box (focused, "/" brings it back), the results as
 * you type, and the chosen article beside them. Everything works from the keyboard.
 */
export function AgentWorkspace({ articleId }: { articleId: number | null }) {
  const [query, setQuery] = useState(searchMemory.query);
  const [department, setDepartment] = useState(searchMemory.department);
  const state = useSearch(query, department);
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    searchMemory.query = query;
    searchMemory.department = department;
  }, [query, department]);

  useEffect(() => {
    if (articleId === null) box.current?.focus();
  }, [articleId]);

  const focusBox = useCallback(() => {
    box.current?.focus();
    box.current?.select();
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (document.querySelector('dialog[open]')) return; // a dialog handles its own keys
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        focusBox();
      } else if (event.key === 'Escape') {
        if (articleId !== null) navigate(href.search());
        focusBox();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [articleId, focusBox]);

  function onBoxKey(event: React.KeyboardEvent<HTMLInputElement>) {
    const first = list.current?.querySelector<HTMLAnchorElement>('a.kms-hit');
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Enter' && first) {
      event.preventDefault();
      first.click(); // the link's own click: the hit is recorded as opened, then the route changes
    }
  }

  const results = state.status === 'done' || state.status === 'loading' ? state.results : null;
  return (
    <div className={`kms-agent${articleId !== null ? ' kms-agent--article-open' : ''}`}>
      <section className="kms-agent__search" aria-labelledby="kms-search-heading">
        <h1 id="kms-search-heading" className="utrecht-heading-1 kms-agent__heading">
          {t.search.heading}
        </h1>
        <form role="search" className="kms-searchbox" onSubmit={(e) => e.preventDefault()}>
          <label className="utrecht-form-label" htmlFor="kms-q">
            {t.search.label}
          </label>
          <p className="utrecht-form-field-description kms-searchbox__hint" id="kms-q-hint">
            {t.search.hint}
          </p>
          <input id="kms-q" ref={box} type="search" autoComplete="off" spellCheck={false}
            className="utrecht-textbox utrecht-textbox--html-input kms-searchbox__input"
            aria-describedby="kms-q-hint" placeholder={t.search.placeholder} value={query}
            onChange={(e) => {
              markKeystroke();
              setQuery(e.target.value);
            }}
            onKeyDown={onBoxKey} />
        </form>
        <div className="kms-agent__results">
          <DepartmentFacet value={department} onChange={setDepartment} />
          <p className="utrecht-paragraph kms-result-count" role="status" aria-live="polite">
            {statusText(state, query)}
          </p>
          {results && results.total === 0 && results.didYouMean && (
            <p className="utrecht-paragraph kms-did-you-mean">
              {t.search.didYouMean}{' '}
              <button type="button" className="utrecht-link-button utrecht-link-button--html-button kms-did-you-mean__button"
                onClick={() => {
                  setQuery(results.didYouMean ?? '');
                  focusBox();
                }}>
                {results.didYouMean}
              </button>
            </p>
          )}
          {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
          {results && (
            <ResultList ref={list} results={results} currentId={articleId} onEscape={focusBox} />
          )}
        </div>
      </section>
      {articleId !== null && <ArticleReader key={articleId} articleId={articleId} />}
    </div>
  );
}

function statusText(state: ReturnType<typeof useSearch>, query: string): string {
  switch (state.status) {
    case 'idle':
      return t.search.empty;
    case 'loading':
      return state.results ? countText(state.results, query) : t.search.busy;
    case 'done':
      return countText(state.results, query);
    case 'error':
      return '';
  }
}

function countText({ total, totalIsLowerBound }: SearchResults, query: string): string {
  if (totalIsLowerBound) return format(t.search.countAtLeast, { count: total });
  if (total === 0) return format(t.search.none, { query: query.trim() });
  return total === 1 ? t.search.countOne : format(t.search.count, { count: total });
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
