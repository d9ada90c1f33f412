import type { Session } from '../api/types';
import { href } from './routes';
import { t } from '../i18n';

// Which workspaces a role sees. This is navigation only: the API decides what anyone may do.

export const isEditor = (s: Session) => s.roles.includes('EDITOR') || s.roles.includes('KNOWLEDGE_MANAGER');
export const isKnowledgeManager = (s: Session) => s.roles.includes('KNOWLEDGE_MANAGER');

export interface NavItem {
  key: 'search' | 'editor' | 'reports' | 'km';
  label: string;
  href: string;
}

export function navigationFor(session: Session): NavItem[] {
  const items: NavItem[] = [{ key: 'search', label: t.nav.search, href: href.search() }];
  if (isEditor(session)) items.push({ key: 'editor', label: t.nav.editor, href: href.editor() });
  // knowledge managers see every report in their own workspace; the queue is the editors' view of it
  if (isEditor(session) && !isKnowledgeManager(session)) {
    items.push({ key: 'reports', label: t.nav.reports, href: href.reportQueue() });
  }
  if (isKnowledgeManager(session)) items.push({ key: 'km', label: t.nav.knowledgeManager, href: href.km() });
  return items;
}

/** Where someone lands after logging in: the workspace of their main job. */
export function homeFor(session: Session): string {
  if (isKnowledgeManager(session)) return href.km();
  if (isEditor(session)) return href.editor();
  return href.search();
}
