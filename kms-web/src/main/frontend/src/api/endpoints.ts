import { get, request } from './http';
import type {
  ArticleView,
  ContentRequest,
  CreateArticleRequest,
  LoadedVersion,
  ProblemReport,
  SearchResults,
  LoginOptions,
  Session,
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

export function search(query: string, department: string | null, signal?: AbortSignal): Promise<SearchResults> {
  const params = new URLSearchParams({ q: query, size: '20' });
  if (department) params.set('department', department);
  // typing supersedes a search in flight, so it is the one call that is aborted
  return request<SearchResults>(`/api/search?${params}`, { signal }).then((r) => r.body);
}

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

/** Files an inconsistency report; the selected passage travels in the description for now. */
export const reports = {
  create: (report: ProblemReport) =>
    request<unknown>('/api/reports', {
      method: 'POST',
      body: {
        articleId: report.articleId,
        versionNumber: report.version,
        category: 'INCORRECT',
        description: report.passage ? `Betreft: "${report.passage}"\n\n${report.description}` : report.description,
      },
    }),
};

export const NOTIFICATION_STREAM = '/api/notifications/stream';
