import { describe, expect, it } from 'vitest';
import { label, setLang, t } from '../src/i18n';
import { routeOf } from '../src/views/inbox';
import { homeRoute } from '../src/session';

describe('texts', () => {
  it('fills in placeholders, in Dutch and in English', () => {
    setLang('nl');
    expect(t('loggedInAs', { name: 'Truus' })).toBe('Ingelogd als Truus');
    expect(label('status', 'ACCEPTED')).toBe('Geaccepteerd — er komt iemand');
    setLang('en');
    expect(label('status', 'ACCEPTED')).toBe('Accepted — someone is coming');
    setLang('nl');
  });

  it('shows an unknown enum value as it is', () => {
    expect(label('status', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});

describe('routes', () => {
  it('sends each role to its own start page', () => {
    expect(homeRoute(['RESIDENT'])).toBe('#/requests');
    expect(homeRoute(['VOLUNTEER'])).toBe('#/offers');
    expect(homeRoute(['VOLUNTEER', 'RESIDENT'])).toBe('#/requests');
    expect(homeRoute(['COORDINATOR'])).toBe('#/queue');
  });

  it('leads a notification to the page it is about', () => {
    expect(routeOf({ type: 'REQUEST_ACCEPTED', data: { requestId: '87' } })).toBe('#/requests/87');
    expect(routeOf({ type: 'OFFER_NEW', data: { offerId: '4' } })).toBe('#/offers');
    expect(routeOf({ type: 'REQUEST_ACCEPTED', data: { requestId: '../x' } })).toBeUndefined();
  });
});
