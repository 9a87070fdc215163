import type { Ctx } from '../app';
import { announce, busy, h, messageBox, showProblem } from '../dom';
import { dateTime, t } from '../i18n';
import { openLive } from '../live';
import type { NotificationView } from '../types';

/** Where a notification leads in this client (its deep link is for the phone app). */
export function routeOf(n: Pick<NotificationView, 'type' | 'data'>): string | undefined {
  if (n.type.startsWith('OFFER_') || n.type === 'TASK_CANCELLED' || n.type === 'TASK_REMINDER') return '#/offers';
  if (n.type === 'VOG_EXPIRING') return '#/profile';
  if (n.data.requestId && /^\d+$/.test(n.data.requestId)) return `#/requests/${n.data.requestId}`;
  return undefined;
}

export async function inboxView(ctx: Ctx): Promise<() => void> {
  const messages = messageBox();
  const count = h('p', { class: 'muted', id: 'unread' });
  const list = h('ul', { class: 'cards', id: 'notifications' });
  ctx.main.append(h('h1', {}, t('inboxTitle')), messages.node, count, list);

  async function load(): Promise<void> {
    try {
      const page = await ctx.api.ok(ctx.api.client.GET('/me/notifications', { params: { query: { limit: 50 } } }));
      count.textContent = page.unreadCount > 0 ? t('unread', { count: page.unreadCount }) : '';
      list.replaceChildren();
      if (page.items.length === 0) list.append(h('li', { class: 'empty' }, t('noNotifications')));
      for (const n of page.items) list.append(item(n));
    } catch (error) {
      showProblem(list, error, messages);
    }
  }

  function item(n: NotificationView): HTMLElement {
    const route = routeOf(n);
    const li = h('li', { class: `card${n.readAt ? '' : ' card--unread'}`, 'data-notification': n.id },
      h('h2', { class: 'card__title' }, route ? h('a', { href: route }, n.title) : n.title),
      h('p', { class: 'card__text' }, n.body),
      h('p', { class: 'muted' }, dateTime(n.createdAt)));
    if (!n.readAt) {
      const read = h('button', { type: 'button', class: 'button button--secondary button--small' }, t('markRead'));
      read.setAttribute('aria-label', `${t('markRead')}: ${n.title}`);
      read.addEventListener('click', () => void busy(read, async () => {
        try {
          await ctx.api.ok(ctx.api.client.POST('/me/notifications/{id}/read', { params: { path: { id: n.id } } }));
          await load();
          list.querySelector<HTMLElement>('button, a')?.focus();
        } catch (error) {
          showProblem(li, error, messages);
        }
      }));
      li.append(read);
    }
    return li;
  }

  await load();
  return openLive(ctx.api, {
    onNotification: (n) => {
      announce(t('newNotification', { title: n.title }));
      void load();
    },
    onTick: () => void load(),
  });
}
