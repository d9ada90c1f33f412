import { useEffect, useRef, useState, type FormEvent } from 'react';
import { reports } from '../api/endpoints';
import { ApiError } from '../api/http';
import { t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Field, textareaClass } from '../ui/Field';
import { problemMessage } from '../ui/problems';

type Outcome = { kind: 'editing' } | { kind: 'sent' } | { kind: 'unavailable' } | { kind: 'failed'; error: unknown };

/**
 * "Report a problem" with the passage the agent selected. A modal <dialog>: the browser keeps focus
 * inside, Esc closes it and focus returns to the button that opened it.
 */
export function ReportDialog(props: { articleId: number; version: number; passage: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const descriptionBox = useRef<HTMLTextAreaElement>(null);
  const [passage, setPassage] = useState(props.passage);
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'editing' });
  const { onClose } = props;

  useEffect(() => {
    const d = dialog.current!;
    d.showModal();
    // showModal focuses the first field (the quoted passage); the agent's task is the description
    descriptionBox.current?.focus();
    d.addEventListener('close', onClose);
    return () => d.removeEventListener('close', onClose);
  }, [onClose]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!description.trim()) return setMissing(true);
    setMissing(false);
    setBusy(true);
    try {
      await reports.create({ articleId: props.articleId, version: props.version, passage, description: description.trim() });
      setOutcome({ kind: 'sent' });
    } catch (e) {
      // 404/405/501: the reports API is not there yet; say so instead of a generic error
      const absent = e instanceof ApiError && [404, 405, 501].includes(e.status);
      setOutcome(absent ? { kind: 'unavailable' } : { kind: 'failed', error: e });
    } finally {
      setBusy(false);
    }
  }

  // when reports cannot be sent yet the typed text stays visible, so the agent can copy it
  const finished = outcome.kind === 'sent' || outcome.kind === 'unavailable';
  const showForm = outcome.kind !== 'sent';
  return (
    <dialog ref={dialog} className="kms-dialog" aria-labelledby="kms-report-heading">
      <form method="dialog" onSubmit={submit} noValidate>
        <h2 id="kms-report-heading" className="utrecht-heading-2">{t.report.heading}</h2>
        {outcome.kind === 'sent' && <Alert kind="ok">{t.report.sent}</Alert>}
        {outcome.kind === 'unavailable' && <Alert kind="warning">{t.report.notAvailable}</Alert>}
        {outcome.kind === 'failed' && <Alert kind="error">{problemMessage(outcome.error)}</Alert>}
        {showForm && (
          <>
            <p className="utrecht-paragraph">{t.report.intro}</p>
            <Field label={t.report.passage} description={t.report.passageHint}>
              {(ids) => <textarea {...ids} className={textareaClass(false)} rows={3} value={passage} onChange={(e) => setPassage(e.target.value)} />}
            </Field>
            <Field label={t.report.description} error={missing ? t.report.required : undefined}>
              {(ids) => (
                <textarea {...ids} ref={descriptionBox} className={textareaClass(missing)} rows={4} value={description}
                  onChange={(e) => setDescription(e.target.value)} />
              )}
            </Field>
          </>
        )}
        <div className="kms-actions">
          {!finished && <Button type="submit" appearance="primary" busy={busy}>{t.report.submit}</Button>}
          <Button onClick={() => dialog.current?.close()}>{finished ? t.report.close : t.report.cancel}</Button>
        </div>
      </form>
    </dialog>
  );
}
