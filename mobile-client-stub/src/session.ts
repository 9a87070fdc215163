import type { AccountView, Role, TokenPair } from './types';

export interface Session {
  accessToken: string;
  refreshToken: string;
  account: AccountView;
}

const KEY = 'noaber.session';

/**
 * The logged-in session. Kept in sessionStorage: it survives a reload of the tab (a phone user
 * switching apps) and ends with the tab; never in localStorage, never in a cookie.
 */
export class SessionStore {
  private current: Session | undefined;

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined) {
    try {
      const saved = storage?.getItem(KEY);
      this.current = saved ? (JSON.parse(saved) as Session) : undefined;
    } catch {
      this.current = undefined;
    }
  }

  get(): Session | undefined {
    return this.current;
  }

  start(pair: TokenPair): Session {
    this.current = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, account: pair.account };
    this.storage?.setItem(KEY, JSON.stringify(this.current));
    return this.current;
  }

  end(): void {
    this.current = undefined;
    this.storage?.removeItem(KEY);
  }

  has(role: Role): boolean {
    return this.current?.account.roles.includes(role) ?? false;
  }
}

/** Where a role starts after logging in. */
export function homeRoute(roles: readonly Role[]): string {
  if (roles.includes('COORDINATOR') || roles.includes('VET_STAFF')) return '#/queue';
  if (roles.includes('RESIDENT') || roles.includes('MANTELZORGER')) return '#/requests';
  if (roles.includes('VOLUNTEER')) return '#/offers';
  return '#/inbox';
}
