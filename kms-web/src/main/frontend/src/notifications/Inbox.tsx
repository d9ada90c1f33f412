import { useEffect, useId, useState } from 'react';
import { notifications } from '../api/endpoints';
import type { NotificationView } from '../api/types';
import { useFocusHeading } from '../editor/useFocusHeading';
import { useLoad } from '../editor/useLoad';
import { format, formatDateTime, notificationTypeLabel, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { selectClass } from '../ui/Field';
import { problemMessage } from '../ui/problems';
import { Empty, Loading } from '../ui/States';
import { ConfirmButton } from './ConfirmButton';
import { useNotifications } from './NotificationContext';

/** The employee's inbox: newest first, filtered by type, with mark read and "read and understood". */
export default function Inbox() {
  const heading = useFocusHeading();
  const { changes, refresh } = useNotifications();
  const [type, setType] = useState('');
  const [error, setError] = useState<unknown>(null);
  const filterId = useId();
  const [state, reload] = useLoad(() => notifications.list({ type: type || undefined, limit: 100 }), [type]);

  // a notice that arrives (or is marked in another screen) while the inbox is open shows at once
  useEffect(() => reload(), [changes, reload]);

  async function act(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    }
    refresh();
  }

  return (
    <div className="kms-page">
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1">{t.notifications.heading}</h1>
      <div className="kms-inline-form">
        <label className="utrecht-form-label" htmlFor={filterId}>{t.notifications.filter}</label>
        <select id={filterId} className={selectClass(false)} value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">{t.notifications.allTypes}</option>
          {Object.entries(t.notificationTypes).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
        <Button onClick={() => act(notifications.markAllRead)}>{t.notifications.markAllRead}</Button>
      </div>
      {error !== null && <Alert kind="error">{problemMessage(error)}</Alert>}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
      {state.status === 'done' && state.value.length === 0 && <Empty>{t.notifications.none}</Empty>}
      {state.status === 'done' && state.value.length > 0 && (
        <ul className="kms-inbox">
          {state.value.map((n) => <Notice key={n.id} notice={n} onRead={() => act(() => notifications.markRead(n.id))} />)}
        </ul>
      )}
    </div>
  );
}

function Notice({ notice, onRead }: { notice: NotificationView; onRead: () => void }) {
  const titleId = `kms-notice-${notice.id}`;
  const link = notice.articleId ? `#/artikel/${notice.articleId}` : null;
  return (
    <li className={`kms-inbox__item${notice.read ? '' : ' kms-inbox__item--unread'}`}>
      <p className="kms-inbox__meta">
        <span className="kms-tag">{notificationTypeLabel(notice.type)}</span> {formatDateTime(notice.createdAt)}
        {!notice.read && <strong> · {t.notifications.unread}</strong>}
      </p>
      <h2 id={titleId} className="utrecht-heading-3">
        {link ? <a className="utrecht-link" href={link}>{notice.title}</a> : notice.title}
      </h2>
      {notice.body && <p className="utrecht-paragraph">{notice.body}</p>}
      <div className="kms-actions">
        {!notice.read && (
          <Button onClick={onRead} aria-label={format(t.notifications.markReadOf, { title: notice.title })}>
            {t.notifications.markRead}
          </Button>
        )}
        {notice.confirmationRequested && <ConfirmButton notice={notice} />}
      </div>
    </li>
  );
}
