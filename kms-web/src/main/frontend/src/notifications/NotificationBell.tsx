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
        <svg aria-hidden="true" focusable="false" className="kms-bell__icon" viewBox="0 0 24 24" width="24" height="24">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
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
