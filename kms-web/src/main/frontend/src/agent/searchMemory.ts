import type { SearchResults } from '../api/types';

// The agent's search survives opening an article, switching to another workspace and back: an
// agent on a call goes back and forth between results and articles all the time.
export interface SearchMemory {
  query: string;
  department: string | null;
  results: SearchResults | null;
  departmentCounts: Record<string, number>;
}

export const searchMemory: SearchMemory = { query: '', department: null, results: null, departmentCounts: {} };

/** Department counts for the facet: the API's own facets when it serves them, else this page's hits. */
export function countDepartments(results: SearchResults): Record<string, number> {
  if (results.facets?.department) return results.facets.department;
  const counts: Record<string, number> = {};
  for (const hit of results.hits) counts[hit.department] = (counts[hit.department] ?? 0) + 1;
  return counts;
}
