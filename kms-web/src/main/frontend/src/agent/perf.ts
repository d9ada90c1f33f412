// Keystroke-to-results time, measured with the Performance API so tests (and the browser's own
// performance panel) can read it: mark at each keystroke, measure when results are in the DOM.

export const KEYSTROKE = 'kms:search:keystroke';
export const RENDERED = 'kms:search:rendered';
export const MEASURE = 'kms:search:keystroke-to-results';

export function markKeystroke(): void {
  performance.clearMarks(KEYSTROKE);
  performance.mark(KEYSTROKE);
}

export function measureRendered(): void {
  if (performance.getEntriesByName(KEYSTROKE, 'mark').length === 0) return;
  performance.mark(RENDERED);
  performance.measure(MEASURE, KEYSTROKE, RENDERED);
  // one measurement per keystroke: results re-rendered later (facet counts) are not "typing"
  performance.clearMarks(KEYSTROKE);
}

export const REQUEST = 'kms:search:request';

/** The server's share of it: from sending the search to its answer (network included). */
export function measureRequest<T>(request: Promise<T>): Promise<T> {
  const start = performance.now();
  return request.then((value) => {
    performance.measure(REQUEST, { start, end: performance.now() });
    return value;
  });
}
