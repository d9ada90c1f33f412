import { useEffect, useRef, useState } from 'react';
import { search } from '../api/endpoints';
import type { SearchResults } from '../api/types';
import { measureRequest } from './perf';
import { countDepartments, searchMemory } from './searchMemory';
import { settle, SETTLE_MS } from './searchLog';

export const DEBOUNCE_MS = 150;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; results: SearchResults | null }
  | { status: 'done'; results: SearchResults }
  | { status: 'error'; error: unknown };

/**
 * Searches while the agent types: waits DEBOUNCE_MS after the last change, and aborts a search in
 * flight when a newer one starts, so results never arrive out of order.
 */
export function useSearch(query: string, department: string | null): SearchState {
  const [state, setState] = useState<SearchState>(() =>
    searchMemory.results ? { status: 'done', results: searchMemory.results } : { status: 'idle' },
  );
  const first = useRef(true);

  useEffect(() => {
    const text = query.trim();
    // coming back to remembered results must not search again (and not count as a keystroke)
    if (first.current && searchMemory.results && text) {
      first.current = false;
      return;
    }
    first.current = false;
    if (!text) {
      searchMemory.results = null;
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    let settleTimer: number | undefined;
    const timer = window.setTimeout(() => {
      setState((previous) => ({ status: 'loading', results: previous.status === 'done' ? previous.results : null }));
      measureRequest(search(text, department, controller.signal)).then(
        (results) => {
          searchMemory.results = results;
          if (!department) searchMemory.departmentCounts = countDepartments(results);
          setState({ status: 'done', results });
          settleTimer = window.setTimeout(() => settle(text, department, results.total), SETTLE_MS);
        },
        (error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError')) setState({ status: 'error', error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(settleTimer);
      controller.abort();
    };
  }, [query, department]);

  return state;
}
