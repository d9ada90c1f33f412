import { useCallback, useEffect, useState } from 'react';
import { session as sessionApi } from '../api/endpoints';
import { onUnauthorized } from '../api/http';
import type { Session } from '../api/types';
import { Loading } from '../ui/States';
import { Login } from './Login';
import { Shell } from './Shell';
import { homeFor } from './roles';
import { navigate } from './routes';

type State = { kind: 'checking' } | { kind: 'anonymous'; expired: boolean } | { kind: 'in'; session: Session };

/** Finds out whether a session exists, and shows the login or the workspace of the role. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'checking' });

  useEffect(() => {
    sessionApi.current().then(
      (session) => setState({ kind: 'in', session }),
      () => setState({ kind: 'anonymous', expired: false }),
    );
    // only a session that existed can expire; the first check's 401 just means "not logged in"
    return onUnauthorized(() => setState((s) => (s.kind === 'in' ? { kind: 'anonymous', expired: true } : s)));
  }, []);

  const loggedIn = useCallback((session: Session) => {
    setState({ kind: 'in', session });
    if (!window.location.hash || window.location.hash === '#/') navigate(homeFor(session));
  }, []);

  const loggedOut = useCallback(async () => {
    await sessionApi.logout().catch(() => undefined);
    // a fresh page: nothing of this person's searches or screens stays for the next one at a shared desk
    window.location.replace('/');
  }, []);

  switch (state.kind) {
    case 'checking':
      return <Loading />;
    case 'anonymous':
      return <Login expired={state.expired} onLoggedIn={loggedIn} />;
    case 'in':
      return <Shell session={state.session} onLogout={loggedOut} />;
  }
}
