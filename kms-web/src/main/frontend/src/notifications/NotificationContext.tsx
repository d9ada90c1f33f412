import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { notifications, NOTIFICATION_STREAM } from '../api/endpoints';
import type { NotificationView } from '../api/types';

export type StreamStatus = 'connecting' | 'open' | 'unavailable';

export interface NotificationState {
  status: StreamStatus;
  unread: number;
  /** Rises with every notice that arrives or is marked, so screens showing notices reload. */
  changes: number;
  /** The newest notice that arrived while this page was open, for the screen-reader announcement. */
  latest: NotificationView | null;
  /** Asks the server for the unread count again, after this page marked something read. */
  refresh: () => void;
}

const NotificationContext = createContext<NotificationState>({
  status: 'connecting',
  unread: 0,
  changes: 0,
  latest: null,
  refresh: () => undefined,
});

export const useNotifications = () => useContext(NotificationContext);

/**
 * One event stream per open page. The server names its events `notification` (with the notice's id
 * as the event id) and `ready`; when the connection drops the browser reconnects by itself and sends
 * the last id, and the server sends what was missed first. The count itself comes from the server,
 * fetched on each (re)connect and each notice, so it is right after a missed event too.
 */
export function NotificationProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [unread, setUnread] = useState(0);
  const [changes, setChanges] = useState(0);
  const [latest, setLatest] = useState<NotificationView | null>(null);

  const refresh = useCallback(() => {
    notifications.unreadCount().then((c) => setUnread(c.unread), () => undefined);
    setChanges((n) => n + 1);
  }, []);

  useEffect(() => {
    refresh();
    if (typeof EventSource === 'undefined') {
      setStatus('unavailable');
      return;
    }
    const source = new EventSource(NOTIFICATION_STREAM);
    source.addEventListener('ready', () => {
      setStatus('open');
      refresh();
    });
    source.addEventListener('notification', (event) => {
      try {
        setLatest(JSON.parse((event as MessageEvent<string>).data) as NotificationView);
      } catch {
        // a notice we cannot read still counts; the inbox shows it from the server
      }
      refresh();
    });
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? 'unavailable' : 'connecting');
    return () => source.close();
  }, [refresh]);

  const value = useMemo(() => ({ status, unread, changes, latest, refresh }), [status, unread, changes, latest, refresh]);
  return <NotificationContext.Provider value={value}>{children}</NotificationContext.Provider>;
}
