import { describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { outcomeBody, outcomeState, rememberOutcome, showFigure } from '../src/outcome';

describe('outcome questions', () => {
  it('sends only the questions answered, and nothing when all were skipped', () => {
    expect(outcomeBody({ inTime: '5', moreInControl: '', lessAlone: '2' })).toEqual({ inTime: 5, lessAlone: 2 });
    expect(outcomeBody({ inTime: '', moreInControl: '', lessAlone: '' })).toBeUndefined();
    expect(outcomeBody({ inTime: '9', moreInControl: 'x', lessAlone: '' })).toBeUndefined();
  });

  it('remembers per request that it was answered or skipped', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(outcomeState(storage, 7)).toBeUndefined();
    rememberOutcome(storage, 7, 'answered');
    expect(outcomeState(storage, 7)).toBe('answered');
    expect(outcomeState(storage, 8)).toBeUndefined();
  });
});

describe('figures', () => {
  it('shows "<5" as the API gives it, null as a dash, shares as percentages', () => {
    setLang('nl');
    expect(showFigure('<5')).toBe('<5');
    expect(showFigure(null)).toBe('–');
    expect(showFigure(13)).toBe('13');
    expect(showFigure(3.83, 'mean')).toBe('3,83');
    expect(showFigure(0.5, 'share')).toMatch(/^50\s?%$/);
    setLang('en');
    expect(showFigure(4.2, 'mean')).toBe('4.2');
    setLang('nl');
  });
});
