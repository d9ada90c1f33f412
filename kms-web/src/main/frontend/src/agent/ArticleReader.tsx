import { useEffect, useRef, useState } from 'react';
import { articles } from '../api/endpoints';
import type { ArticleView, VersionView } from '../api/types';
import { href } from '../app/routes';
import { useSession } from '../app/session';
import { departmentLabel, format, formatDate, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { problemMessage } from '../ui/problems';
import { Loading } from '../ui/States';
import { PendingConfirmation } from '../notifications/PendingConfirmation';
import { lastOpenedVersion, rememberOpened } from './lastOpened';
import { ReportDialog } from './ReportDialog';
import { WhatChanged } from './WhatChanged';
import { VersionBody } from './VersionBody';

interface Loaded {
  article: ArticleView;
  current: VersionView | null;
  next: VersionView | null;
  lastOpened: number | null;
}

/** One article as the agent reads it: the live text, and beside it the next version if one is planned. */
export function ArticleReader({ articleId }: { articleId: number }) {
  const session = useSession();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reporting, setReporting] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // captured when the pointer goes down, before a click could collapse the selection
  const selection = useRef('');

  useEffect(() => {
    load(articleId).then((l) => {
      const lastOpened = lastOpenedVersion(session.username, articleId);
      setLoaded({ ...l, lastOpened });
      const read = l.current ?? l.next;
      if (read) rememberOpened(session.username, articleId, read.number);
    }, setError);
  }, [articleId, session.username]);

  useEffect(() => {
    // opened from the results: move focus to the article; typing in the box is not interrupted
    if (loaded && document.activeElement?.id !== 'kms-q') heading.current?.focus();
  }, [loaded]);

  if (error) return <section className="kms-reader"><Alert kind="error">{problemMessage(error)}</Alert></section>;
  if (!loaded) return <section className="kms-reader"><Loading label={t.article.loading} /></section>;
  const { article, current, next, lastOpened } = loaded;
  const shown = current ?? next;
  if (!shown) return <section className="kms-reader"><Alert kind="warning">{t.article.notFound}</Alert></section>;

  return (
    <article className="kms-reader" aria-labelledby="kms-article-title">
      <a className="utrecht-link utrecht-link--html-a kms-reader__back" href={href.search()}>{t.article.backToResults}</a>
      <h2 id="kms-article-title" ref={heading} tabIndex={-1} className="utrecht-heading-2">{shown.title}</h2>
      <Facts article={article} version={shown} />
      <PendingConfirmation articleId={article.id} />
      {current && lastOpened !== null && lastOpened < current.number && <WhatChanged current={current} since={lastOpened} />}
      <div className={next && current ? 'kms-reader__columns' : undefined}>
        <div ref={body}>
          <VersionBody version={shown} />
        </div>
        {next && current && <NextVersion version={next} />}
      </div>
      <Button
        onPointerDown={() => (selection.current = selectedText(body.current))}
        onClick={() => setReporting(selection.current || selectedText(body.current))}>
        {t.article.report}
      </Button>
      {reporting !== null && (
        <ReportDialog articleId={article.id} version={shown} passage={reporting} onClose={() => setReporting(null)} />
      )}
    </article>
  );
}

async function load(id: number) {
  const article = await articles.get(id);
  const [current, next] = await Promise.all([
    article.publishedVersion ? articles.version(id, article.publishedVersion).then((l) => l.version) : null,
    article.scheduledVersion ? articles.version(id, article.scheduledVersion).then((l) => l.version) : null,
  ]);
  return { article, current, next };
}

function Facts({ article, version }: { article: ArticleView; version: VersionView }) {
  return (
    <dl className="kms-facts" aria-label={t.article.facts}>
      <div><dt>{t.article.department}</dt><dd>{departmentLabel(article.department)}</dd></div>
      <div><dt>{t.article.validFrom}</dt><dd>{formatDate(version.validFrom ?? version.liveFrom)}</dd></div>
      <div><dt>{t.article.validUntil}</dt><dd>{version.validUntil ? formatDate(version.validUntil) : t.article.noEnd}</dd></div>
      <div><dt>{t.article.lastReviewed}</dt><dd>{article.lastReviewed ? formatDate(article.lastReviewed) : t.article.neverReviewed}</dd></div>
      <div><dt>{t.article.version}</dt><dd>{version.number}</dd></div>
    </dl>
  );
}

function NextVersion({ version }: { version: VersionView }) {
  const date = formatDate(version.validFrom);
  return (
    <aside className="kms-next" aria-labelledby="kms-next-heading">
      <h3 id="kms-next-heading" className="utrecht-heading-3">{format(t.article.nextVersion, { date })}</h3>
      <p className="utrecht-paragraph">{format(t.article.nextVersionIntro, { date })}</p>
      <p className="utrecht-paragraph kms-next__answer">{version.shortAnswer}</p>
      <details className="kms-next__details">
        <summary>{t.article.showNextVersion}</summary>
        <VersionBody version={version} withShortAnswer={false} />
      </details>
    </aside>
  );
}

/** The text the agent selected inside the article, to quote in a problem report. */
function selectedText(container: HTMLElement | null): string {
  const selection = document.getSelection();
  if (!container || !selection || selection.isCollapsed || !selection.anchorNode) return '';
  return container.contains(selection.anchorNode) ? selection.toString().trim() : '';
}
