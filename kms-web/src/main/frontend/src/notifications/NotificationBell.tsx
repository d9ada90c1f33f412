import { useId, useState } from 'react';
import { format, t } from '../i18n';
import { useNotificationStream } from './useNotificationStream';

/** The bell in the header: a count of new notices, and the list when opened (a disclosure). */
export function NotificationBell() {
  const { status, notices } = useNotificationStream();
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState(0);
  const panelId = useId();
  const unread = Math.max(0, notices.length - seen);
  const label = unread > 0 ? format(t.notifications.bellUnread, { count: unread }) : t.notifications.bell;

  function toggle() {
    setOpen(!open);
    setSeen(notices.length);
  }

  return (
    <div className="kms-bell">
      <button type="button" className="utrecht-button utrecht-button--subtle-action kms-bell__button"
        aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        <span aria-hidden="true" className="kms-bell__icon">🔔</span>
        <span className="kms-visually-hidden">{label}</span>
        {unread > 0 && <span aria-hidden="true" className="utrecht-badge-counter kms-bell__count">{unread}</span>}
      </button>
      <div id={panelId} className="kms-bell__panel" hidden={!open} role="region" aria-label={t.notifications.panel}>
        {status === 'unavailable' && <p className="utrecht-paragraph">{t.notifications.unavailable}</p>}
        {status === 'connecting' && <p className="utrecht-paragraph">{t.notifications.connecting}</p>}
        {status === 'open' && notices.length === 0 && <p className="utrecht-paragraph">{t.notifications.none}</p>}
        {notices.length > 0 && (
          <ul className="kms-bell__list">
            {notices.map((n) => (
              <li key={n.id}>{n.href ? <a className="utrecht-link" href={n.href}>{n.text}</a> : n.text}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
