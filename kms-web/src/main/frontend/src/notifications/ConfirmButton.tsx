import { useState } from 'react';
import { notifications } from '../api/endpoints';
import { ApiError } from '../api/http';
import type { NotificationView } from '../api/types';
import { t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { problemMessage } from '../ui/problems';
import { useNotifications } from './NotificationContext';

/**
 * "Read and understood" for one major change. A 409 means it was confirmed already (in another tab,
 * say), which for the agent is the same outcome as confirming now.
 */
export function ConfirmButton({ notice, onConfirmed }: { notice: NotificationView; onConfirmed?: (n: NotificationView) => void }) {
  const { refresh } = useNotifications();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(Boolean(notice.confirmedAt));

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const confirmed = await notifications.confirm(notice.id);
      setDone(true);
      onConfirmed?.(confirmed);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setDone(true);
      else setError(e);
    } finally {
      setBusy(false);
      refresh();
    }
  }

  if (done) return <Alert kind="ok">{t.notifications.confirmed}</Alert>;
  return (
    <div className="kms-confirm">
      <Button appearance="primary" busy={busy} onClick={confirm}>{t.notifications.confirm}</Button>
      {error !== null && <Alert kind="error">{problemMessage(error)}</Alert>}
    </div>
  );
}
