import { search, searchClick } from '../api/endpoints';

/** Results on screen this long without further typing count as the search the agent settled on. */
export const SETTLE_MS = 2000;

let settled: { key: string; searchId: Promise<number | null> } | null = null;

/**
 * Logs the search the agent settled on for the analytics (top, zero-result and no-click queries),
 * once per query and filter: type-ahead searches pass typing=true and are not logged, so without
 * this the analytics would never see a search made in the browser.
 */
export function settle(query: string, department: string | null, total: number | undefined): Promise<number | null> {
  // the total is part of the key: the same words that found nothing a minute ago and find an
  // article now (it was just published) are a new search, and a click belongs to the one with hits
  const key = `${department ?? ''}\n${query.trim()}\n${total ?? ''}`;
  if (settled?.key === key) return settled.searchId;
  const searchId = search(query.trim(), department, undefined, false).then((r) => r.searchId ?? null, () => null);
  settled = { key, searchId };
  return searchId;
}

/** The agent opened a hit: settles the search if that did not happen yet, and records the click. */
export function recordOpened(query: string, department: string | null, total: number | undefined, articleId: number, rank: number): void {
  if (!query.trim()) return;
  settle(query, department, total)
    .then((id) => (id === null ? undefined : searchClick(id, articleId, rank)))
    .catch(() => undefined); // analytics never stand in the agent's way
}
