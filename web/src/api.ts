// The API client: JSON over fetch, the reviewer's bearer token from local storage, errors as ApiError {error, message}.
import type {
  ClaimHistory,
  DocumentDetail,
  EntityPage,
  EntitySummary,
  Fact,
  Page,
  Review,
  ReviewAction,
  ReviewTarget,
  SearchResult,
  StoredEvent,
  StoreStats,
} from '../../src/store/types.ts';

export type * from '../../src/store/types.ts';

const TOKEN_KEY = 'doingoai.token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // private mode: the token lives for this page only
  }
}

type Params = Record<string, string | number | boolean | string[] | null | undefined>;

export function qs(params: Params): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const x of v) u.append(k, x);
    else u.set(k, String(v));
  }
  const s = u.toString();
  return s ? `?${s}` : '';
}

async function request<T>(method: string, path: string, body?: unknown, token = getToken()): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const e = (data ?? {}) as { error?: string; message?: string };
    throw new ApiError(res.status, e.error ?? 'error', e.message ?? `HTTP ${res.status}`);
  }
  return data as T;
}

export interface Taxonomy {
  pillars: Record<string, { vi: string; en: string }>;
  indicators: Array<{ key: string; pillar: string; label: { vi: string; en: string } }>;
}

export const api = {
  config: () => request<{ version: string; guardReads: boolean; backend: string }>('GET', '/api/config'),
  me: (token: string) => request<{ id: string; name: string }>('GET', '/api/me', undefined, token),
  search: (p: Params) => request<SearchResult>('GET', `/api/search${qs(p)}`),
  document: (id: string) => request<DocumentDetail>('GET', `/api/documents/${encodeURIComponent(id)}`),
  facts: (p: Params) => request<Page<Fact>>('GET', `/api/facts${qs(p)}`),
  fact: (id: string) => request<Fact>('GET', `/api/facts/${encodeURIComponent(id)}`),
  conflicts: (p: Params) => request<Page<Fact>>('GET', `/api/conflicts${qs(p)}`),
  indicators: () => request<Array<{ indicator: string; claims: number; facts: number }>>('GET', '/api/indicators'),
  taxonomy: () => request<Taxonomy>('GET', '/api/taxonomy'),
  claim: (id: string) => request<ClaimHistory>('GET', `/api/claims/${encodeURIComponent(id)}`),
  entities: (p: Params) => request<Page<EntitySummary>>('GET', `/api/entities${qs(p)}`),
  entity: (id: string) => request<EntityPage>('GET', `/api/entities/${encodeURIComponent(id)}`),
  events: (p: Params) => request<Page<StoredEvent>>('GET', `/api/events${qs(p)}`),
  stats: () => request<StoreStats>('GET', '/api/stats'),
  review: (target: ReviewTarget, action: ReviewAction, reason: string, value?: number | null) =>
    request<Review>('POST', '/api/reviews', { target, action, reason, ...(value != null ? { value } : {}) }),
};
