import { describe, expect, it } from 'vitest';
import { IntentKeys, retryable } from '../src/idempotency';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('IntentKeys', () => {
  it('gives a retry of the same write the same key', () => {
    const keys = new IntentKeys(counter());
    expect(keys.keyFor('post-request', { a: 1 })).toBe('key-1');
    expect(keys.keyFor('post-request', { a: 1 })).toBe('key-1');
  });

  it('makes a new key when the body changed (the user corrected a field)', () => {
    const keys = new IntentKeys(counter());
    keys.keyFor('post-request', { description: '' });
    expect(keys.keyFor('post-request', { description: 'Boodschappen' })).toBe('key-2');
  });

  it('makes a new key after the write was settled', () => {
    const keys = new IntentKeys(counter());
    keys.keyFor('accept:7', null);
    keys.settle('accept:7');
    expect(keys.pending('accept:7')).toBe(false);
    expect(keys.keyFor('accept:7', null)).toBe('key-2');
  });

  it('keeps intents apart', () => {
    const keys = new IntentKeys(counter());
    expect(keys.keyFor('accept:7', null)).not.toBe(keys.keyFor('accept:8', null));
  });

  it('makes UUIDs by default', () => {
    expect(new IntentKeys().keyFor('x', null)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('retryable', () => {
  it('retries lost answers and passing gateway failures only', () => {
    expect(retryable(undefined)).toBe(true);
    expect(retryable(503)).toBe(true);
    expect(retryable(502)).toBe(true);
    expect(retryable(504)).toBe(true);
    expect(retryable(500)).toBe(false);
    expect(retryable(409)).toBe(false);
    expect(retryable(422)).toBe(false);
    expect(retryable(201)).toBe(false);
  });
});
