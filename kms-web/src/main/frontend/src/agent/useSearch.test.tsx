import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS } from './searchLog';
import { searchMemory } from './searchMemory';
import { DEBOUNCE_MS, useSearch } from './useSearch';

describe('useSearch', () => {
  beforeEach(() => {
    searchMemory.results = null; // each test starts without remembered results
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

  it('sends type-ahead searches as typing, and logs the one the agent settles on once', async () => {
    const { rerender } = renderHook(({ q }) => useSearch(q, null), { initialProps: { q: 'paspoort' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 5);
    });
    expect(String(vi.mocked(fetch).mock.calls[0][0])).toContain('typing=true');
    rerender({ q: 'paspoort kwijt' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + SETTLE_MS + 5);
    });
    const urls = vi.mocked(fetch).mock.calls.map((c) => String(c[0]));
    expect(urls.filter((u) => u.includes('typing=false'))).toEqual([expect.stringContaining('q=paspoort+kwijt')]);
  });
});
