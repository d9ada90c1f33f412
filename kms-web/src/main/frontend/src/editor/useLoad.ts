import { useCallback, useEffect, useState } from 'react';

export type Load<T> = { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: unknown };

/** Loads once per change of `deps`, and again on reload(); the screens' loading and error states. */
export function useLoad<T>(loader: () => Promise<T>, deps: unknown[]): [Load<T>, () => void, (value: T) => void] {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  // the caller names what the loader depends on, as with useEffect
  const load = useCallback(loader, deps);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ status: 'done', value }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [load, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback((value: T) => setState({ status: 'done', value }), []);
  return [state, reload, replace];
}
