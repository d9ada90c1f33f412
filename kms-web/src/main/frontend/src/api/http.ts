import type { Problem } from './types';

/** A refused or failed call, carrying the server's problem details when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  /** The message the server gave for one field, e.g. "title" or "questionAnswers[0].answer". */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

export interface JsonResponse<T> {
  body: T;
  etag: string | null;
}

interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

// Listeners told when the session has ended (401 on a call made while logged in).
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

// The session's CSRF token (from /api/session): state-changing calls on the cookie session send it.
let csrfToken: string | null = null;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function request<T>(path: string, options: RequestOptions = {}): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (csrfToken && !SAFE_METHODS.has(options.method ?? 'GET')) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { status: 0, title: 'network' });
  }
  const parsed = await parseBody(response);
  if (!response.ok) {
    const problem: Problem =
      parsed && typeof parsed === 'object' ? { status: response.status, ...(parsed as object) } : { status: response.status };
    if (response.status === 401 && !headers.Authorization) {
      unauthorizedListeners.forEach((listener) => listener());
    }
    throw new ApiError(response.status, problem);
  }
  if (path === '/api/session' && parsed && typeof parsed === 'object' && 'csrfToken' in parsed) {
    csrfToken = String((parsed as { csrfToken: unknown }).csrfToken);
  }
  return { body: parsed as T, etag: response.headers.get('ETag') };
}

async function parseBody(response: Response): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status === 204 || !type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

export async function get<T>(path: string): Promise<T> {
  return (await request<T>(path)).body;
}
