import { describe, expect, it } from 'vitest';
import { createApi } from '../src/api';
import { IntentKeys } from '../src/idempotency';
import { ApiError } from '../src/problem';
import { SessionStore } from '../src/session';
import type { TokenPair } from '../src/types';

function memory(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k),
    clear: () => m.clear(), key: () => null, get length() { return m.size; } };
}

function pair(n: number): TokenPair {
  return { accessToken: `access-${n}`, tokenType: 'Bearer', expiresIn: 900, refreshToken: `refresh-${n}`, refreshExpiresIn: 2592000,
    account: { id: 4, gemeente: 'GM0150', email: 'bewoner1.deventer@demo.noaber.nl', displayName: 'Bewoner Een', roles: ['RESIDENT'],
      createdAt: '2026-11-23T12:35:36.412+01:00' } };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const helpRequest = { id: 87, kind: 'GOEDE_BUREN', task: 'SHOPPING', status: 'OPEN', postedAs: 'RESIDENT', description: 'x',
  urgency: 'NORMAL', createdAt: '2026-11-30T09:00:00+01:00', statusChangedAt: '2026-11-30T09:00:00+01:00' };
const body = { kind: 'GOEDE_BUREN' as const, task: 'SHOPPING' as const, location: { type: 'Point' as const, coordinates: [6.168, 52.268] },
  description: 'x', urgency: 'NORMAL' as const };

function setup(answers: Array<(r: Request) => Response | Promise<Response>>) {
  const session = new SessionStore(memory());
  session.start(pair(1));
  const seen: Request[] = [];
  let ended = 0;
  let n = 0;
  const api = createApi({
    baseUrl: 'http://noaber.test',
    session,
    keys: new IntentKeys(() => `key-${++n}`),
    sleep: async () => undefined,
    onSessionEnded: () => { ended++; },
    fetch: async (r) => {
      seen.push(r.clone());
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected ${r.method} ${r.url}`);
      return answer(r);
    },
  });
  return { api, session, seen, ended: () => ended };
}

describe('createApi', () => {
  it('sends the bearer token', async () => {
    const { api, seen } = setup([() => json(200, pair(1).account)]);
    const me = await api.ok(api.client.GET('/me'));
    expect(me.displayName).toBe('Bewoner Een');
    expect(seen[0]!.headers.get('Authorization')).toBe('Bearer access-1');
  });

  it('renews the session once on a 401 and sends the call again', async () => {
    const { api, session, seen } = setup([
      () => json(401, { type: '/problems/unauthorized', title: 'Unauthorized', status: 401, errors: [] }, 'application/problem+json'),
      () => json(200, pair(2)),
      () => json(200, pair(2).account),
    ]);
    await api.ok(api.client.GET('/me'));
    expect(new URL(seen[1]!.url).pathname).toBe('/auth/refresh');
    expect(await seen[1]!.json()).toEqual({ refreshToken: 'refresh-1' });
    expect(seen[2]!.headers.get('Authorization')).toBe('Bearer access-2');
    expect(session.get()?.refreshToken).toBe('refresh-2');
  });

  it('ends the session when it cannot be renewed', async () => {
    const problem = { type: '/problems/refresh-token-rejected', title: 'Rejected', status: 401, errors: [] };
    const { api, session, ended } = setup([() => json(401, problem, 'application/problem+json'), () => json(401, problem, 'application/problem+json')]);
    await expect(api.ok(api.client.GET('/me'))).rejects.toBeInstanceOf(ApiError);
    expect(session.get()).toBeUndefined();
    expect(ended()).toBe(1);
  });

  it('retries a write after a lost answer with the same Idempotency-Key', async () => {
    const { api, seen } = setup([
      () => { throw new TypeError('Failed to fetch'); },
      () => json(503, { type: '/problems/unavailable', title: 'Unavailable', status: 503, errors: [] }, 'application/problem+json'),
      () => json(201, helpRequest),
    ]);
    const created = await api.write('post-request', body, (key) =>
      api.client.POST('/help-requests', { body, params: { header: { 'Idempotency-Key': key } } }));
    expect(created.id).toBe(87);
    expect(seen.map((r) => r.headers.get('Idempotency-Key'))).toEqual(['key-1', 'key-1', 'key-1']);
    expect(api.keys.pending('post-request')).toBe(false);
  });

  it('hands a refusal over as problem+json and takes a new key for a corrected body', async () => {
    const refusal = { type: '/problems/validation-failed', title: 'Validation failed', status: 400, detail: 'Invalid request',
      errors: [{ field: 'windowStart', message: 'lies in the past' }] };
    const { api, seen } = setup([() => json(400, refusal, 'application/problem+json'), () => json(201, helpRequest)]);
    const send = (b: typeof body) => api.write('post-request', b, (key) =>
      api.client.POST('/help-requests', { body: b, params: { header: { 'Idempotency-Key': key } } }));
    const error = await send({ ...body, windowStart: '2020-01-01T09:00:00Z' } as typeof body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem?.errors[0]?.field).toBe('windowStart');
    await send(body);
    expect(seen.map((r) => r.headers.get('Idempotency-Key'))).toEqual(['key-1', 'key-2']);
  });

  it('keeps the key after the retries ran out, for the user\'s next tap', async () => {
    const lost = () => { throw new TypeError('Failed to fetch'); };
    const { api } = setup([lost, lost, lost]);
    await expect(api.write('accept:7', null, (key) => api.client.POST('/offers/{id}/accept',
      { params: { path: { id: 7 }, header: { 'Idempotency-Key': key } } }))).rejects.toMatchObject({ status: undefined });
    expect(api.keys.keyFor('accept:7', null)).toBe('key-1');
  });
});
