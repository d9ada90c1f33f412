import { lazy, Suspense, useEffect } from 'react';
import type { Session } from '../api/types';
import { AgentWorkspace } from '../agent/AgentWorkspace';
import { format, t } from '../i18n';
import { NotificationBell } from '../notifications/NotificationBell';
import { NotificationProvider } from '../notifications/NotificationContext';
import { Button } from '../ui/Button';
import { Loading } from '../ui/States';
import { homeFor, isEditor, isKnowledgeManager, navigationFor } from './roles';
import { navigate, useRoute, type Route } from './routes';
import { SessionContext } from './session';

// The editor and knowledge-manager screens are separate chunks, so the agent workspace (open all
// day on every contact-center desk) loads only what it uses.
const EditorWorkspace = lazy(() => import('../editor/EditorWorkspace'));
const ArticleEditor = lazy(() => import('../editor/ArticleEditor'));
const ReviewScreen = lazy(() => import('../editor/ReviewScreen'));
const KmWorkspace = lazy(() => import('../km/KmWorkspace'));
const Inbox = lazy(() => import('../notifications/Inbox'));
const ReportQueue = lazy(() => import('../reports/ReportQueue'));
const ReportDetail = lazy(() => import('../reports/ReportDetail'));

export function Shell({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const route = useRoute();
  const current = activeNav(route);
  return (
    <SessionContext.Provider value={session}>
    <NotificationProvider>
    <div className="kms-shell">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" onClick={skipToMain}>
        {t.app.skipToContent}
      </a>
      <header className="kms-header">
        <p className="kms-header__title">{t.app.title}</p>
        <nav className="kms-nav" aria-label={t.app.mainNav}>
          <ul className="kms-nav__list">
            {navigationFor(session).map((item) => (
              <li key={item.key}>
                <a className="kms-nav__link" href={item.href} aria-current={item.key === current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="kms-header__tools">
          <NotificationBell current={route.screen === 'inbox'} />
          <span className="kms-header__user">{format(t.app.loggedInAs, { name: session.username })}</span>
          <Button appearance="subtle" onClick={onLogout}>
            {t.app.logout}
          </Button>
        </div>
      </header>
      <main id="main" className="kms-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>{screen(route, session)}</Suspense>
      </main>
    </div>
    </NotificationProvider>
    </SessionContext.Provider>
  );
}

function skipToMain(event: React.MouseEvent) {
  // the hash is the router's, so the skip link moves focus itself instead of changing it
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function activeNav(route: Route): 'search' | 'editor' | 'reports' | 'km' | null {
  switch (route.screen) {
    case 'search':
    case 'article':
      return 'search';
    case 'editor':
    case 'new-article':
    case 'edit':
    case 'review':
      return 'editor';
    case 'report-queue':
    case 'report':
      return 'reports';
    case 'km':
      return 'km';
    default:
      return null;
  }
}

function screen(route: Route, session: Session) {
  switch (route.screen) {
    case 'home':
      return <Redirect to={homeFor(session)} />;
    case 'search':
      return <AgentWorkspace articleId={null} />;
    case 'article':
      return <AgentWorkspace articleId={route.id} />;
    case 'editor':
      return isEditor(session) ? <EditorWorkspace session={session} /> : <NotFound />;
    case 'new-article':
      return isEditor(session) ? <ArticleEditor key="new" session={session} articleId={null} version={null} /> : <NotFound />;
    case 'edit':
      return <ArticleEditor key={`${route.id}-${route.version}`} session={session} articleId={route.id} version={route.version} />;
    case 'review':
      return <ReviewScreen key={`${route.id}-${route.version}`} articleId={route.id} version={route.version} />;
    case 'km':
      return isKnowledgeManager(session) ? <KmWorkspace section={route.section} /> : <NotFound />;
    case 'inbox':
      return <Inbox />;
    case 'report-queue':
      return isEditor(session) ? <ReportQueue session={session} /> : <NotFound />;
    case 'report':
      return <ReportDetail key={route.id} id={route.id} />;
    case 'unknown':
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <div className="kms-page">
      <h1 className="utrecht-heading-1">{t.app.notFound}</h1>
    </div>
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to), [to]);
  return null;
}
