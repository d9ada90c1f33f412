import { useEffect, useState } from 'react';
import { markdown } from '../api/endpoints';
import { t } from '../i18n';
import { Field, textareaClass } from '../ui/Field';
import { fieldMessage } from '../ui/problems';

const PREVIEW_DELAY_MS = 300;

/**
 * The body in Markdown with a live preview rendered by the server: the same renderer and sanitizer
 * as the published article, so the preview cannot differ from what agents will read.
 */
export function MarkdownField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  const [html, setHtml] = useState('');
  const [busy, setBusy] = useState(false);
  const [previewError, setPreviewError] = useState<string | undefined>();

  useEffect(() => {
    if (!value.trim()) {
      setHtml('');
      setPreviewError(undefined);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      setBusy(true);
      markdown.preview(value).then(
        (r) => current && (setHtml(r.html), setPreviewError(undefined)),
        (e: unknown) => current && setPreviewError(fieldMessage(e, 'body') ?? fieldMessage(e, 'markdown')),
      ).finally(() => current && setBusy(false));
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [value]);

  return (
    <div className="kms-markdown">
      <Field label={t.form.body} description={t.form.bodyHint} error={error ?? previewError}>
        {(ids) => (
          <textarea {...ids} name="body" className={`${textareaClass(!!(error ?? previewError))} kms-markdown__input`} rows={18}
            value={value} onChange={(e) => onChange(e.target.value)} />
        )}
      </Field>
      <section className="kms-markdown__preview" aria-labelledby="kms-preview-heading" aria-busy={busy}>
        <h2 id="kms-preview-heading" className="utrecht-heading-3">{t.form.preview}</h2>
        {html ? (
          // rendered and sanitized by the server's allow-list; never assembled in the browser
          <div className="utrecht-html kms-article-body" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="utrecht-paragraph kms-empty">{t.form.previewEmpty}</p>
        )}
      </section>
    </div>
  );
}
