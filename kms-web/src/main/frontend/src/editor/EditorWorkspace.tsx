import { useState } from 'react';
import { articles } from '../api/endpoints';
import type { ArticleView, Session, VersionSummary } from '../api/types';
import { href, navigate } from '../app/routes';
import { departmentLabel, format, stateLabel, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button, LinkButton } from '../ui/Button';
import { problemMessage } from '../ui/problems';
import { Empty, Loading } from '../ui/States';
import { OverdueList } from './OverdueList';
import { useFocusHeading } from './useFocusHeading';
import { useLoad } from './useLoad';

const STATE_ORDER = ['IN_REVIEW', 'DRAFT', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'];

/** The editor's overview: the department's articles by the state of their newest version. */
export default function EditorWorkspace({ session }: { session: Session }) {
  const [state] = useLoad(() => loadArticles(session), [session]);
  const [error, setError] = useState<unknown>(null);
  const heading = useFocusHeading();
  const departments = session.departments.map(departmentLabel).join(', ');

  async function newVersion(a: ArticleView) {
    try {
      const draft = await articles.newDraft(a.id);
      navigate(href.edit(a.id, draft.version.number));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="kms-page">
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1">{t.editor.heading}</h1>
      <p className="utrecht-paragraph">{departments || t.editor.allArticles}</p>
      <LinkButton href={href.newArticle()} appearance="primary">{t.editor.newArticle}</LinkButton>
      {error !== null && <Alert kind="error">{problemMessage(error)}</Alert>}
      <section className="kms-section" aria-labelledby="kms-my-articles">
        <h2 id="kms-my-articles" className="utrecht-heading-2">{session.departments.length ? t.editor.myArticles : t.editor.allArticles}</h2>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
        {state.status === 'done' && state.value.length === 0 && <Empty>{t.editor.empty}</Empty>}
        {state.status === 'done' && state.value.length > 0 &&
          STATE_ORDER.map((s) => <StateGroup key={s} state={s} items={state.value.filter((a) => newest(a).state === s)} onNewVersion={newVersion} />)}
      </section>
      <OverdueList />
    </div>
  );
}

function StateGroup({ state, items, onNewVersion }: { state: string; items: ArticleView[]; onNewVersion: (a: ArticleView) => void }) {
  const id = `kms-state-${state}`;
  return (
    <section className="kms-state-group" aria-labelledby={id}>
      <h3 id={id} className="utrecht-heading-3">{`${t.stateHeadings[state]} (${items.length})`}</h3>
      {items.length === 0 ? (
        <Empty>{t.editor.stateEmpty}</Empty>
      ) : (
        <ul className="kms-list">
          {items.map((a) => <ArticleRow key={a.id} article={a} onNewVersion={onNewVersion} />)}
        </ul>
      )}
    </section>
  );
}

function ArticleRow({ article, onNewVersion }: { article: ArticleView; onNewVersion: (a: ArticleView) => void }) {
  const v = newest(article);
  const canReview = v.allowedTransitions.includes('APPROVE') || v.allowedTransitions.includes('REQUEST_CHANGES');
  return (
    <li className="kms-list__item">
      <a className="utrecht-link" href={canReview ? href.review(article.id, v.number) : href.edit(article.id, v.number)}>
        {v.title}
      </a>
      <span className="kms-list__meta">
        {format(t.editor.versionOf, { number: v.number, state: stateLabel(v.state) })} · {departmentLabel(article.department)} ·{' '}
        {format(t.editor.byAuthor, { author: v.author })}
      </span>
      {canReview && <strong className="kms-list__flag">{t.editor.awaitingMyReview}</strong>}
      {v.state === 'PUBLISHED' && (
        <span className="kms-actions">
          <Button onClick={() => onNewVersion(article)} aria-label={`${t.editor.startNewVersion}: ${v.title}`}>
            {t.editor.startNewVersion}
          </Button>
        </span>
      )}
    </li>
  );
}

export function newest(a: ArticleView): VersionSummary {
  return a.versions.reduce((max, v) => (v.number > max.number ? v : max), a.versions[0]);
}

async function loadArticles(session: Session): Promise<ArticleView[]> {
  if (session.departments.length === 0) return articles.list();
  const lists = await Promise.all(session.departments.map((d) => articles.list(d)));
  return lists.flat();
}
