import { href } from '../app/routes';
import { format, t } from '../i18n';
import { useNotifications } from './NotificationContext';

/**
 * The bell in the header: a link to the inbox with the unread count, and a polite live region that
 * tells screen-reader users a notice arrived without moving their focus.
 */
export function NotificationBell({ current }: { current: boolean }) {
  const { status, unread, latest } = useNotifications();
  const label =
    status === 'unavailable' ? t.notifications.bellOffline
      : unread > 0 ? format(t.notifications.bellUnread, { count: unread }) : t.notifications.bell;
  return (
    <div className="kms-bell">
      <a className="utrecht-button utrecht-button--subtle-action kms-bell__button" href={href.inbox()}
        aria-current={current ? 'page' : undefined} data-unread={unread} data-stream={status}>
        <svg aria-hidden="true" focusable="false" className="kms-bell__icon" viewBox="0 0 24 24" width="24" height="24">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        <span className="kms-visually-hidden">{label}</span>
        {unread > 0 && <span aria-hidden="true" className="utrecht-badge-counter kms-bell__count">{unread}</span>}
      </a>
      <p className="kms-visually-hidden" aria-live="polite">
        {latest ? format(t.notifications.arrived, { title: latest.title }) : ''}
      </p>
    </div>
  );
}
