import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { reports } from '../api/endpoints';
import { ApiError } from '../api/http';
import type { VersionView } from '../api/types';
import { t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Field, textareaClass, textboxClass } from '../ui/Field';
import { fieldMessage, problemMessage, unplacedFieldMessages } from '../ui/problems';
import { locateQuote } from './quote';

type Outcome = { kind: 'editing' } | { kind: 'sent' } | { kind: 'failed'; error: unknown };

const CATEGORIES = ['INCORRECT', 'OUTDATED', 'CONTRADICTS_SOURCE', 'CONTRADICTS_ARTICLE', 'UNCLEAR', 'MISSING_INFORMATION'];
const PLACED = ['category', 'relatedArticleId', 'description', 'quote', 'quote.text', 'quote.start', 'quote.end'];

/**
 * "Report a problem" with the passage the agent selected. A modal <dialog>: the browser keeps focus
 * inside, Esc closes it and focus returns to the button that opened it. The passage is sent as a
 * quote with its offsets in the version's body when it can be found there; otherwise (selected in
 * the short answer, say) it is quoted in the description so the editor still sees it.
 */
export function ReportDialog(props: { articleId: number; version: VersionView; passage: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const descriptionBox = useRef<HTMLTextAreaElement>(null);
  const quote = useMemo(() => (props.passage ? locateQuote(props.passage, props.version.body) : null), [props.passage, props.version.body]);
  const [category, setCategory] = useState('');
  const [related, setRelated] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'editing' });
  const legendId = useId();
  const { onClose } = props;

  useEffect(() => {
    const d = dialog.current!;
    d.showModal();
    descriptionBox.current?.focus();
    d.addEventListener('close', onClose);
    return () => d.removeEventListener('close', onClose);
  }, [onClose]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const absent = new Set<string>();
    if (!category) absent.add('category');
    if (!description.trim()) absent.add('description');
    if (category === 'CONTRADICTS_ARTICLE' && !/^\d+$/.test(related.trim())) absent.add('relatedArticleId');
    setMissing(absent);
    if (absent.size > 0) return;
    setBusy(true);
    const text = description.trim();
    try {
      await reports.create({
        articleId: props.articleId,
        version: props.version.number,
        category,
        relatedArticleId: category === 'CONTRADICTS_ARTICLE' ? Number(related.trim()) : null,
        quote,
        description: props.passage && !quote ? `${t.report.quotedPrefix} “${props.passage}”\n\n${text}` : text,
      });
      setOutcome({ kind: 'sent' });
    } catch (e) {
      setOutcome({ kind: 'failed', error: e });
    } finally {
      setBusy(false);
    }
  }

  const error = outcome.kind === 'failed' ? outcome.error : null;
  const message = (field: string, local: string) => (missing.has(field) ? local : fieldMessage(error, field));
  const sent = outcome.kind === 'sent';
  const stray = unplacedFieldMessages(error, PLACED);
  return (
    <dialog ref={dialog} className="kms-dialog" aria-labelledby="kms-report-heading">
      <form method="dialog" onSubmit={submit} noValidate>
        <h2 id="kms-report-heading" className="utrecht-heading-2">{t.report.heading}</h2>
        {sent && <Alert kind="ok">{t.report.sent}</Alert>}
        {error !== null && !(error instanceof ApiError && error.problem.errors?.length && stray.length === 0) && (
          <Alert kind="error">{[problemMessage(error), ...stray].join(' ')}</Alert>
        )}
        {!sent && (
          <>
            <p className="utrecht-paragraph">{t.report.intro}</p>
            {props.passage && (
              <div className="kms-report__passage">
                <p className="utrecht-paragraph"><strong>{t.report.passage}</strong></p>
                <blockquote className="kms-quote">{props.passage}</blockquote>
                {!quote && <p className="utrecht-paragraph kms-hint">{t.report.passageOutsideBody}</p>}
                {fieldMessage(error, 'quote') && <p className="utrecht-form-field-error-message">{fieldMessage(error, 'quote')}</p>}
              </div>
            )}
            <fieldset className="kms-fieldset" aria-describedby={message('category', t.report.categoryRequired) ? `${legendId}-e` : undefined}>
              <legend id={legendId} className="utrecht-form-label">{t.report.category}</legend>
              {message('category', t.report.categoryRequired) && (
                <p id={`${legendId}-e`} className="utrecht-form-field-error-message">{message('category', t.report.categoryRequired)}</p>
              )}
              {CATEGORIES.map((c) => (
                <label key={c} className="kms-radio">
                  <input type="radio" name="category" value={c} checked={category === c} onChange={() => setCategory(c)} />
                  {t.reportCategories[c]}
                </label>
              ))}
            </fieldset>
            {category === 'CONTRADICTS_ARTICLE' && (
              <Field label={t.report.relatedArticle} description={t.report.relatedArticleHint}
                error={message('relatedArticleId', t.report.relatedArticleRequired)}>
                {(ids) => <input {...ids} name="relatedArticleId" inputMode="numeric" className={textboxClass(!!ids['aria-invalid'])}
                  value={related} onChange={(e) => setRelated(e.target.value)} />}
              </Field>
            )}
            <Field label={t.report.description} error={message('description', t.report.required)}>
              {(ids) => (
                <textarea {...ids} ref={descriptionBox} name="description" className={textareaClass(!!ids['aria-invalid'])} rows={4}
                  value={description} onChange={(e) => setDescription(e.target.value)} />
              )}
            </Field>
          </>
        )}
        <div className="kms-actions">
          {!sent && <Button type="submit" appearance="primary" busy={busy}>{t.report.submit}</Button>}
          <Button onClick={() => dialog.current?.close()}>{sent ? t.report.close : t.report.cancel}</Button>
        </div>
      </form>
    </dialog>
  );
}
