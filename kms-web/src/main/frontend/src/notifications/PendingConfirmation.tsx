import { useEffect, useState } from 'react';
import { notifications } from '../api/endpoints';
import type { NotificationView } from '../api/types';
import { t } from '../i18n';
import { ConfirmButton } from './ConfirmButton';
import { useNotifications } from './NotificationContext';

/**
 * In the article view: "read and understood" when this agent has a major change of this article
 * still to confirm. The inbox has no article filter, so the agent's recent notices are searched.
 */
export function PendingConfirmation({ articleId }: { articleId: number }) {
  const { changes } = useNotifications();
  const [pending, setPending] = useState<NotificationView | null>(null);

  useEffect(() => {
    let current = true;
    notifications.list({ limit: 200 }).then(
      (list) => {
        const open = list.find((n) => n.articleId === articleId && n.confirmationRequested && !n.confirmedAt);
        // a confirmed notice stays on screen with its confirmation until the agent leaves the article
        if (current && open) setPending(open);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [articleId, changes]);

  if (!pending) return null;
  return (
    <section className="kms-pending-confirmation" aria-label={t.notifications.confirm}>
      <p className="utrecht-paragraph">{t.notifications.confirmIntro}</p>
      <ConfirmButton key={pending.id} notice={pending} />
    </section>
  );
}
