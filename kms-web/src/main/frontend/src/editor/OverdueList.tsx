import { useState } from 'react';
import { articles } from '../api/endpoints';
import type { ArticleView } from '../api/types';
import { href, navigate } from '../app/routes';
import { departmentLabel, formatDate, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { problemMessage } from '../ui/problems';
import { Empty, Loading } from '../ui/States';
import { useLoad } from './useLoad';

/** Published articles past their periodic review, for the departments this person edits. */
export function OverdueList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const [state, reload] = useLoad(() => articles.overdue(), []);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  async function confirm(a: ArticleView) {
    try {
      await articles.confirmStillCorrect(a.id);
      setMessage({ kind: 'ok', text: t.editor.confirmed });
      reload();
    } catch (e) {
      setMessage({ kind: 'error', text: problemMessage(e) });
    }
  }

  async function newVersion(a: ArticleView) {
    try {
      const draft = await articles.newDraft(a.id);
      navigate(href.edit(a.id, draft.version.number));
    } catch (e) {
      setMessage({ kind: 'error', text: problemMessage(e) });
    }
  }

  return (
    <section className="kms-section" aria-labelledby="kms-overdue-heading">
      <Heading id="kms-overdue-heading" className={`utrecht-heading-${headingLevel}`}>{t.editor.overdue}</Heading>
      <p className="utrecht-paragraph">{t.editor.overdueIntro}</p>
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
      {state.status === 'done' && state.value.length === 0 && <Empty>{t.editor.overdueEmpty}</Empty>}
      {state.status === 'done' && state.value.length > 0 && (
        <ul className="kms-list">
          {state.value.map((a) => (
            <li key={a.id} className="kms-list__item">
              <a className="utrecht-link" href={href.article(a.id)}>{titleOf(a)}</a>
              <span className="kms-list__meta">
                {departmentLabel(a.department)} · {t.article.lastReviewed}: {a.lastReviewed ? formatDate(a.lastReviewed) : t.article.neverReviewed}
              </span>
              <span className="kms-actions">
                <Button onClick={() => confirm(a)}>{t.editor.confirmStillCorrect}</Button>
                <Button onClick={() => newVersion(a)}>{t.editor.startNewVersion}</Button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function titleOf(a: ArticleView): string {
  const live = a.versions.find((v) => v.number === a.publishedVersion);
  return (live ?? a.versions[a.versions.length - 1])?.title ?? a.slug;
}
