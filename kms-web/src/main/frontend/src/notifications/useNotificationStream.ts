import { useEffect, useState } from 'react';
import { NOTIFICATION_STREAM } from '../api/endpoints';

export interface Notice {
  id: string;
  text: string;
  href?: string;
}

export type StreamStatus = 'connecting' | 'open' | 'unavailable';

/**
 * Listens to the server-sent event stream. While the notifications API does not exist the stream
 * answers 404, the browser closes it, and the bell says notifications are not available; it is
 * not retried, so a missing endpoint costs one request per page load.
 */
export function useNotificationStream(): { status: StreamStatus; notices: Notice[] } {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setStatus('unavailable');
      return;
    }
    const source = new EventSource(NOTIFICATION_STREAM);
    source.onopen = () => setStatus('open');
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) setStatus('unavailable');
    };
    source.onmessage = (event: MessageEvent<string>) => setNotices((list) => [toNotice(event), ...list].slice(0, 50));
    return () => source.close();
  }, []);

  return { status, notices };
}

function toNotice(event: MessageEvent<string>): Notice {
  try {
    const data = JSON.parse(event.data) as { id?: string; title?: string; message?: string; articleId?: number };
    return {
      id: data.id ?? event.lastEventId ?? String(Date.now()),
      text: data.title ?? data.message ?? event.data,
      href: data.articleId ? `#/artikel/${data.articleId}` : undefined,
    };
  } catch {
    return { id: event.lastEventId || String(Date.now()), text: event.data };
  }
}
