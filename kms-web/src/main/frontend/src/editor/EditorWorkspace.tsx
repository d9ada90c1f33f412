import { useState } from 'react';
import { articles, type ArticleListQuery } from '../api/endpoints';
import type { ArticleView, Session, VersionSummary } from '../api/types';
import { href, navigate } from '../app/routes';
import { departmentLabel, format, stateLabel, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button, LinkButton } from '../ui/Button';
import { problemMessage } from '../ui/problems';
import { Empty, Loading } from '../ui/States';
import { OverdueList } from './OverdueList';
import { useFocusHeading } from './useFocusHeading';
import { useLoad, type Load } from './useLoad';

// the work in progress is small and always shown whole; the live list is long, so it is paged and searchable
const QUEUE_STATES = ['IN_REVIEW', 'DRAFT', 'APPROVED', 'SCHEDULED'];
const LIVE_STATES = ['PUBLISHED', 'ARCHIVED'];
const LIVE_LIMIT = 50;

/** The editor's overview: the department's articles by the state of their newest version. */
export default function EditorWorkspace({ session }: { session: Session }) {
  const [titleFilter, setTitleFilter] = useState('');
  const [queue] = useLoad(() => loadArticles(session, { states: QUEUE_STATES }), [session]);
  const [live] = useLoad(
    () => loadArticles(session, { states: LIVE_STATES, title: titleFilter, limit: LIVE_LIMIT }),
    [session, titleFilter],
  );
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
      <section className="kms-section" aria-labelledby="kms-work-in-progress">
        <h2 id="kms-work-in-progress" className="utrecht-heading-2">{t.editor.workInProgress}</h2>
        <StateGroups load={queue} states={QUEUE_STATES} onNewVersion={newVersion} />
      </section>
      <section className="kms-section" aria-labelledby="kms-live-articles">
        <h2 id="kms-live-articles" className="utrecht-heading-2">{t.editor.liveArticles}</h2>
        <p className="utrecht-paragraph">{format(t.editor.liveIntro, { limit: LIVE_LIMIT })}</p>
        <TitleFilter onSearch={setTitleFilter} />
        <StateGroups load={live} states={LIVE_STATES} onNewVersion={newVersion} />
      </section>
      <OverdueList />
    </div>
  );
}

function StateGroups({ load, states, onNewVersion }: { load: Load<ArticleView[]>; states: string[]; onNewVersion: (a: ArticleView) => void }) {
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') return <Alert kind="error">{problemMessage(load.error)}</Alert>;
  if (load.value.length === 0) return <Empty>{t.editor.empty}</Empty>;
  return (
    <>
      {states.map((s) => (
        <StateGroup key={s} state={s} items={load.value.filter((a) => newest(a).state === s)} onNewVersion={onNewVersion} />
      ))}
    </>
  );
}

function TitleFilter({ onSearch }: { onSearch: (title: string) => void }) {
  const [text, setText] = useState('');
  return (
    <form
      className="kms-inline-form"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <label className="utrecht-form-label" htmlFor="kms-title-filter">{t.editor.titleFilter}</label>
      <input
        id="kms-title-filter"
        className="utrecht-textbox utrecht-textbox--html-input"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button type="submit">{t.editor.titleFilterButton}</Button>
    </form>
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

async function loadArticles(session: Session, query: ArticleListQuery): Promise<ArticleView[]> {
  if (session.departments.length === 0) return articles.list(query);
  const lists = await Promise.all(session.departments.map((department) => articles.list({ ...query, department })));
  return lists.flat().sort((a, b) => b.id - a.id);
}
