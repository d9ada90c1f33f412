import { get, request } from './http';
import type {
  ArticleView,
  ConfirmationStatistics,
  ContentRequest,
  CreateArticleRequest,
  Dashboard,
  LoadedVersion,
  NotificationView,
  ProblemReport,
  ReportView,
  SearchAnalyticsReport,
  SearchResults,
  LoginOptions,
  Session,
  SynonymRule,
  VersionComparison,
  VersionView,
} from './types';

// One function per API call the screens use; paths live here only.

export const session = {
  current: () => get<Session>('/api/session'),
  options: () => get<LoginOptions>('/api/session/options'),
  login: async (username: string, password: string) => {
    // btoa only takes Latin-1; encode to UTF-8 first so passwords with "é" or "€" work
    const bytes = new TextEncoder().encode(`${username}:${password}`);
    const basic = btoa(String.fromCharCode(...bytes));
    return (await request<Session>('/api/session', { method: 'POST', headers: { Authorization: `Basic ${basic}` } })).body;
  },
  logout: () => request<void>('/api/session', { method: 'DELETE' }),
};

/**
 * `typing` (the default) keeps the search out of the analytics: the agent's type-ahead searches are
 * half-typed words. The search the agent settles on is sent again with typing=false (see searchLog).
 */
export function search(query: string, department: string | null, signal?: AbortSignal, typing = true): Promise<SearchResults> {
  const params = new URLSearchParams({ q: query, size: '20', typing: String(typing) });
  if (department) params.set('department', department);
  // typing supersedes a search in flight, so it is the one call that is aborted
  return request<SearchResults>(`/api/search?${params}`, { signal }).then((r) => r.body);
}

/** That the agent opened a hit of a logged search; rank counts from 1. */
export const searchClick = (searchId: number, articleId: number, rank: number) =>
  request<void>(`/api/search/${searchId}/clicks`, { method: 'POST', body: { articleId, rank } });

export type ArticleListQuery = { department?: string; states?: string[]; title?: string; limit?: number };

const articlePath = (id: number) => `/api/articles/${id}`;
const versionPath = (id: number, n: number) => `${articlePath(id)}/versions/${n}`;

export const articles = {
  /** Newest first; `states` keeps only articles whose newest version is in one of them. */
  list: ({ department, states = [], title, limit = 200 }: ArticleListQuery = {}) => {
    const params = new URLSearchParams({ limit: String(limit) });
    if (department) params.set('department', department);
    states.forEach((s) => params.append('state', s));
    if (title) params.set('q', title);
    return get<ArticleView[]>(`/api/articles?${params}`);
  },
  get: (id: number) => get<ArticleView>(articlePath(id)),
  overdue: () => get<ArticleView[]>('/api/articles/overdue'),
  create: (body: CreateArticleRequest) => request<ArticleView>('/api/articles', { method: 'POST', body }),
  version: async (id: number, n: number): Promise<LoadedVersion> => {
    const r = await request<VersionView>(versionPath(id, n));
    return { version: r.body, etag: r.etag ?? '' };
  },
  revise: async (id: number, n: number, content: ContentRequest, etag: string): Promise<LoadedVersion> => {
    const r = await request<VersionView>(versionPath(id, n), { method: 'PUT', body: content, headers: { 'If-Match': etag } });
    return { version: r.body, etag: r.etag ?? '' };
  },
  newDraft: async (id: number): Promise<LoadedVersion> => {
    const r = await request<VersionView>(`${articlePath(id)}/versions`, { method: 'POST', body: {} });
    return { version: r.body, etag: r.etag ?? '' };
  },
  transition: async (id: number, n: number, transition: string, comment: string | null, etag?: string) => {
    const headers: Record<string, string> = etag ? { 'If-Match': etag } : {};
    const r = await request<VersionView>(`${versionPath(id, n)}/transitions`, {
      method: 'POST',
      body: { transition, comment: comment || null },
      headers,
    });
    return { version: r.body, etag: r.etag ?? '' };
  },
  diff: (id: number, from: number, to: number) => get<VersionComparison>(`${articlePath(id)}/diff?from=${from}&to=${to}`),
  confirmStillCorrect: (id: number) =>
    request<ArticleView>(`${articlePath(id)}/review-confirmations`, { method: 'POST', body: {} }),
};

export const markdown = {
  preview: async (text: string) =>
    (await request<{ html: string }>('/api/markdown/preview', { method: 'POST', body: { markdown: text } })).body,
};

const reportPath = (id: number) => `/api/reports/${id}`;
const step = (id: number, name: string, body: unknown = {}) =>
  request<ReportView>(`${reportPath(id)}/${name}`, { method: 'POST', body }).then((r) => r.body);

/** Inconsistency reports: filing, the queues, and each step of a report's life cycle. */
export const reports = {
  create: (report: ProblemReport) =>
    request<unknown>('/api/reports', {
      method: 'POST',
      body: {
        articleId: report.articleId,
        versionNumber: report.version,
        category: report.category,
        relatedArticleId: report.relatedArticleId,
        quote: report.quote,
        description: report.description,
      },
    }),
  queue: ({ department, state }: { department?: string; state?: string } = {}) => {
    const params = new URLSearchParams({ limit: '200' });
    if (department) params.set('department', department);
    if (state) params.set('state', state);
    return get<ReportView[]>(`/api/reports?${params}`);
  },
  get: (id: number) => get<ReportView>(reportPath(id)),
  triage: (id: number, assignee: string, comment?: string) => step(id, 'triage', { assignee, comment: comment || null }),
  start: (id: number) => step(id, 'start'),
  resolve: (id: number, body: { resolution: string; fixVersion?: number | null; explanation?: string | null }) =>
    step(id, 'resolve', body),
  reject: (id: number, comment: string) => step(id, 'reject', { comment }),
  route: (id: number, department: string, comment?: string) => step(id, 'route', { department, comment: comment || null }),
  duplicate: (id: number, originalReportId: number) => step(id, 'duplicate', { originalReportId }),
  dashboard: () => get<Dashboard>('/api/reports/dashboard'),
};

export const notifications = {
  list: ({ type, unread, limit = 50 }: { type?: string; unread?: boolean; limit?: number } = {}) => {
    const params = new URLSearchParams({ limit: String(limit) });
    if (type) params.set('type', type);
    if (unread) params.set('unread', 'true');
    return get<NotificationView[]>(`/api/notifications?${params}`);
  },
  unreadCount: () => get<{ unread: number }>('/api/notifications/unread-count'),
  markRead: (id: number) => request<NotificationView>(`/api/notifications/${id}/read`, { method: 'POST' }).then((r) => r.body),
  markAllRead: () => request<{ marked: number }>('/api/notifications/read-all', { method: 'POST' }).then((r) => r.body),
  confirm: (id: number) => request<NotificationView>(`/api/notifications/${id}/confirm`, { method: 'POST' }).then((r) => r.body),
};

export const confirmations = {
  statistics: (id: number, n: number) => get<ConfirmationStatistics>(`${versionPath(id, n)}/confirmations`),
};

export const searchManagement = {
  analytics: (days = 30) => get<SearchAnalyticsReport>(`/api/search/analytics?days=${days}`),
  synonyms: () => get<SynonymRule[]>('/api/search/synonyms'),
  addSynonym: (terms: string[]) =>
    request<SynonymRule>('/api/search/synonyms', { method: 'POST', body: { terms } }).then((r) => r.body),
  removeSynonym: (id: number) => request<void>(`/api/search/synonyms/${id}`, { method: 'DELETE' }),
};

export const NOTIFICATION_STREAM = '/api/notifications/stream';
