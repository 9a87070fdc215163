/**
 * Idempotency-Key per intended write (docs/adr/020-idempotency-and-rate-limits.md): one UUID per
 * thing the user means to do, reused when the same write is sent again (a retry after a lost
 * answer), new as soon as the body changes (the user corrected a field) or the write succeeded.
 */
export class IntentKeys {
  private readonly open = new Map<string, { key: string; body: string }>();

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key for this intent and body: the one of the last attempt if the body is the same. */
  keyFor(intent: string, body: unknown): string {
    const text = JSON.stringify(body ?? null);
    const known = this.open.get(intent);
    if (known && known.body === text) return known.key;
    const key = this.newKey();
    this.open.set(intent, { key, body: text });
    return key;
  }

  /** The write is settled (answered, success or a final refusal): the next one gets a new key. */
  settle(intent: string): void {
    this.open.delete(intent);
  }

  pending(intent: string): boolean {
    return this.open.has(intent);
  }
}

/** Whether an attempt may be sent again with the same key: no answer, or a passing server failure. */
export function retryable(status: number | undefined): boolean {
  return status === undefined || status === 502 || status === 503 || status === 504;
}
