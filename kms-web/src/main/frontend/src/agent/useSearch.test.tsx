import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, useSearch } from './useSearch';

describe('useSearch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ total: 0, hits: [], tookMillis: 1 }), {
      headers: { 'Content-Type': 'application/json' },
    })));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks the server once, after the typing pauses', async () => {
    const { rerender } = renderHook(({ q }) => useSearch(q, null), { initialProps: { q: 'p' } });
    rerender({ q: 'pa' });
    rerender({ q: 'pas' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 5);
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(vi.mocked(fetch).mock.calls[0][0])).toContain('q=pas');
  });
});
