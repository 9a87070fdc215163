import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './types';
import { ApiError, isProblem } from './problem';
import { IntentKeys, retryable } from './idempotency';
import type { SessionStore } from './session';

/** What openapi-fetch answers: data for 2xx, the parsed error body otherwise. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface ApiOptions {
  baseUrl: string;
  session: SessionStore;
  fetch?: (request: Request) => Promise<Response>;
  /** Called once when the session cannot be renewed (refresh token used up or revoked). */
  onSessionEnded?: () => void;
  keys?: IntentKeys;
  /** Waits between write retries; tests pass a no-op. */
  sleep?: (ms: number) => Promise<void>;
}

export type Api = ReturnType<typeof createApi>;

/**
 * The typed client: openapi-fetch over the paths generated from api-spec/openapi.yaml. Adds the
 * bearer token, renews the session once on a 401 (one refresh at a time: refresh tokens are
 * single-use), and sends writes with an Idempotency-Key that a retry reuses.
 */
export function createApi(options: ApiOptions) {
  const base = options.fetch ?? ((r: Request) => globalThis.fetch(r));
  const keys = options.keys ?? new IntentKeys();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let refreshing: Promise<boolean> | undefined;

  async function refresh(): Promise<boolean> {
    const session = options.session.get();
    if (!session) return false;
    refreshing ??= (async () => {
      try {
        const response = await base(new Request(`${options.baseUrl}/auth/refresh`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ refreshToken: session.refreshToken }),
        }));
        if (!response.ok) return false;
        options.session.start(await response.json());
        return true;
      } catch {
        return false;
      } finally {
        refreshing = undefined;
      }
    })();
    return refreshing;
  }

  async function authFetch(request: Request): Promise<Response> {
    const token = options.session.get()?.accessToken;
    const isAuthCall = new URL(request.url).pathname.startsWith('/auth/');
    if (!token || isAuthCall) return base(request);
    const again = request.clone();
    request.headers.set('Authorization', `Bearer ${token}`);
    const response = await base(request);
    if (response.status !== 401) return response;
    if (await refresh()) {
      again.headers.set('Authorization', `Bearer ${options.session.get()!.accessToken}`);
      const retried = await base(again);
      if (retried.status !== 401) return retried;
    }
    options.session.end();
    options.onSessionEnded?.();
    return response;
  }

  const client: Client<paths> = createClient<paths>({ baseUrl: options.baseUrl, fetch: authFetch });

  /** The data of a 2xx answer; otherwise an ApiError with the problem+json body. */
  async function ok<T>(call: Promise<FetchResult<T>>): Promise<T> {
    let result: FetchResult<T>;
    try {
      result = await call;
    } catch {
      throw new ApiError(undefined, undefined);
    }
    if (result.response.ok) return result.data as T;
    throw new ApiError(result.response.status, isProblem(result.error) ? result.error : undefined);
  }

  /**
   * A POST the spec marks with Idempotency-Key. The key is made once per intent and body; a lost
   * answer or a 502/503/504 is retried twice with the same key (so the write happens once), and
   * a later tap on the same button with the same content reuses it too.
   */
  async function write<T>(intent: string, body: unknown, send: (key: string) => Promise<FetchResult<T>>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const key = keys.keyFor(intent, body);
      let result: FetchResult<T> | undefined;
      try {
        result = await send(key);
      } catch {
        result = undefined;
      }
      const status = result?.response.status;
      if (retryable(status) && attempt < 2) {
        await sleep(500 * 2 ** attempt);
        continue;
      }
      if (!retryable(status)) keys.settle(intent);
      if (!result) throw new ApiError(undefined, undefined);
      return ok(Promise.resolve(result));
    }
  }

  return { client, ok, write, keys, refresh, authFetch, baseUrl: options.baseUrl };
}
