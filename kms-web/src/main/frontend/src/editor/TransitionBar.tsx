import { useState } from 'react';
import { articles } from '../api/endpoints';
import { ApiError } from '../api/http';
import type { LoadedVersion, VersionView } from '../api/types';
import { format, formatDate, stateLabel, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Field, textareaClass } from '../ui/Field';
import { fieldMessage, problemMessage, unplacedFieldMessages } from '../ui/problems';

interface Props {
  version: VersionView;
  /** Runs before a transition (e.g. saving unsaved edits); false stops it. */
  before?: () => Promise<boolean>;
  onDone: (loaded: LoadedVersion) => void;
}

/**
 * The workflow buttons. They are exactly the server's `allowedTransitions` for this person and
 * version: the interface never decides itself who may do what.
 */
export function TransitionBar({ version, before, onDone }: Props) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const allowed = version.allowedTransitions.filter((tr) => t.transitions[tr]);

  async function run(transition: string) {
    setBusy(transition);
    setError(null);
    setDone(null);
    try {
      if (before && !(await before())) return;
      const result = await articles.transition(version.articleId, version.number, transition, comment.trim() || null);
      setComment('');
      setDone(format(t.workflow.done, { state: stateLabel(result.version.state) }));
      onDone(result);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const commentError = fieldMessage(error, 'comment');
  return (
    <section className="kms-transitions" aria-labelledby="kms-transitions-heading">
      <h2 id="kms-transitions-heading" className="utrecht-heading-3">{t.workflow.actions}</h2>
      <div role="status" aria-live="polite">{done && <Alert kind="ok">{done}</Alert>}</div>
      {error !== null && !commentError && <Alert kind="error">{transitionError(error)}</Alert>}
      {allowed.length === 0 ? (
        <p className="utrecht-paragraph">{t.workflow.noActions}</p>
      ) : (
        <>
          <Field label={t.workflow.comment} description={t.workflow.commentHint} error={commentError}>
            {(ids) => <textarea {...ids} name="comment" rows={2} className={textareaClass(!!commentError)} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </Field>
          <div className="kms-actions">
            {allowed.map((tr) => (
              <Button key={tr} appearance={tr === 'ARCHIVE' || tr === 'REQUEST_CHANGES' ? 'secondary' : 'primary'}
                busy={busy === tr} disabled={busy !== null} onClick={() => run(tr)}>
                {tr === 'SCHEDULE' && version.validFrom
                  ? `${t.transitions[tr]} (${format(t.workflow.scheduledFor, { date: formatDate(version.validFrom) })})`
                  : t.transitions[tr]}
              </Button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function transitionError(error: unknown): string {
  if (error instanceof ApiError && error.problem.allowedTransitions) {
    const names = error.problem.allowedTransitions.map((tr) => t.transitions[tr] ?? tr).join(', ') || '—';
    return format(t.workflow.notAllowed, { allowed: names });
  }
  const extra = unplacedFieldMessages(error, ['comment']);
  return [problemMessage(error), ...extra].join(' ');
}
