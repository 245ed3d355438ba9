// Administrators (docs/community.md): find accounts by name or email, see their quizzes, grant or revoke the
// moderator role, disable, enable or delete an account; offer notification platforms (docs/notifications.md).
// /api/v1/admin/*.
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain } from './dom.js';

const screen = $('#screen');
const status = $('#status');
const dateFormat = dateTimeFormat({ dateStyle: 'medium' });

async function act(method, path, done) {
  const response = await api(method, path);
  status.textContent = response.ok ? done : problemText(response, t('common.error'));
  await find();
}

function userRow(user) {
  const name = user.username;
  const moderator = user.roles.includes('MODERATOR');
  const button = (action, label, handler, cls) => el('button', { type: 'button', class: cls, dataset: { action },
    'aria-label': t(`admin.${label}Label`, { name }), onclick: handler, text: t(`admin.${label}`) });
  return el('tr', { dataset: { user: user.id } },
    el('td', { text: name }),
    el('td', { text: user.email ?? '' }),
    el('td', { text: user.roles.join(', ') }),
    el('td', { text: dateFormat.format(new Date(user.createdAt)) }),
    el('td', { text: user.disabledAt ? t('admin.disabledSince', { date: dateFormat.format(new Date(user.disabledAt)) }) : t('admin.active') }),
    el('td', {}, el('div', { class: 'row' },
      button('quizzes', 'quizzes', () => quizzes(user)),
      user.configuredRoles ? null : moderator && user.moderatorGranted
        ? button('revoke', 'revoke', () => act('DELETE', `/api/v1/admin/users/${user.id}/moderator`, t('admin.revoked', { name })))
        : moderator ? null : button('grant', 'grant', () => act('PUT', `/api/v1/admin/users/${user.id}/moderator`, t('admin.granted', { name }))),
      user.configuredRoles ? null : user.disabledAt
        ? button('enable', 'enable', () => act('POST', `/api/v1/admin/users/${user.id}/enable`, t('admin.enabled', { name })))
        : button('disable', 'disable', () => act('POST', `/api/v1/admin/users/${user.id}/disable`, t('admin.disabled', { name }))),
      user.configuredRoles ? null : button('delete', 'delete', () => {
        if (confirm(t('admin.confirmDelete', { name }))) act('DELETE', `/api/v1/admin/users/${user.id}`, t('admin.deleted', { name }));
      }, 'danger'))));
}

async function quizzes(user) {
  const response = await api('GET', `/api/v1/admin/users/${user.id}/quizzes`);
  if (!response.ok) {
    status.textContent = problemText(response, t('common.error'));
    return;
  }
  $('#user-quizzes').replaceChildren(
    el('h2', { tabindex: '-1', id: 'user-quizzes-heading', text: t('admin.quizzesOf', { name: user.username }) }),
    response.data.length === 0 ? el('p', { text: t('community.none') }) : el('ul', {}, response.data.map((q) => el('li', {},
      q.public && !q.hidden ? el('a', { href: `/q/${q.id}`, text: plain(q.title) }) : plain(q.title),
      ` · ${t(q.public ? 'home.public' : 'home.private')}${q.hidden ? ` · ${t('moderation.hiddenBadge')}` : ''}`))));
  $('#user-quizzes-heading').focus();
}

async function find() {
  const response = await api('GET', `/api/v1/admin/users?q=${encodeURIComponent($('#user-query').value)}`);
  if (!response.ok) {
    status.textContent = problemText(response, t('common.error'));
    return;
  }
  const header = ['admin.username', 'admin.email', 'admin.roles', 'admin.joined', 'admin.state', 'moderation.actions'];
  $('#users').replaceChildren(response.data.length === 0 ? el('p', { text: t('admin.noUsers') })
    : el('div', { class: 'table-wrap' }, el('table', { id: 'user-table' },
      el('caption', { class: 'visually-hidden', text: t('admin.users') }),
      el('thead', {}, el('tr', {}, header.map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, response.data.map(userRow)))));
}

const PLATFORMS = '/api/v1/admin/notification-platforms';

// Notification platforms: the list with enable/disable and delete, and a form to add one with field errors.
async function platforms() {
  const response = await api('GET', PLATFORMS);
  if (!response.ok) {
    status.textContent = problemText(response, t('common.error'));
    return;
  }
  const change = async (method, path, body, done) => {
    const result = await api(method, path, body);
    status.textContent = result.ok ? done : problemText(result, t('common.error'));
    await platforms();
  };
  $('#platforms').replaceChildren(response.data.length === 0 ? el('p', { text: t('notifications.noPlatforms') })
    : el('ul', { class: 'plain-list', id: 'platform-list' }, response.data.map((p) => el('li', { class: 'row', dataset: { platform: p.id } },
      el('span', { class: 'grow', text: `${p.name} · ${t(`notifications.kind.${p.kind}`)} · `
        + `${t(p.enabled ? 'notifications.enabled' : 'notifications.platformOff')} · ${t('notifications.subscriptionCount', { count: p.subscriptions })}` }),
      el('button', { type: 'button', 'aria-label': t(p.enabled ? 'notifications.disableNamed' : 'notifications.enableNamed', { name: p.name }),
        onclick: () => change('PUT', `${PLATFORMS}/${p.id}`, { name: p.name, enabled: !p.enabled }, t('notifications.saved')),
        text: t(p.enabled ? 'notifications.disable' : 'notifications.enable') }),
      el('button', { type: 'button', class: 'danger', 'aria-label': t('account.deleteNamed', { name: p.name }), onclick: () => {
        if (confirm(t('notifications.confirmDelete', { name: p.name, count: p.subscriptions }))) {
          change('DELETE', `${PLATFORMS}/${p.id}`, undefined, t('account.deleted'));
        }
      }, text: t('home.delete') })))));
}

function platformForm() {
  const error = (id) => el('span', { class: 'error', id: `err-${id}` });
  const fields = { kind: ['platform-kind', t('notifications.kind')], name: ['platform-name', t('notifications.name')] };
  const formError = el('p', { class: 'error', role: 'alert' });
  return el('form', { class: 'row', id: 'platform-form', onsubmit: async (e) => {
      e.preventDefault();
      for (const [id] of Object.values(fields)) {
        $(`#${id}`).removeAttribute('aria-invalid');
        $(`#err-${id}`).textContent = '';
      }
      formError.textContent = '';
      const response = await api('POST', PLATFORMS, { kind: $('#platform-kind').value, name: $('#platform-name').value });
      if (response.ok) {
        status.textContent = t('notifications.saved');
        e.target.reset();
        await platforms();
        return;
      }
      let first = null;
      for (const problem of response.data?.errors ?? []) {
        const [id, label] = fields[problem.field] ?? [];
        if (!id) continue;
        $(`#${id}`).setAttribute('aria-invalid', 'true');
        $(`#err-${id}`).textContent = `${label}: ${problem.message}`;
        first ??= $(`#${id}`);
      }
      if (first) first.focus();
      else formError.textContent = problemText(response, t('common.error'));
    } },
    el('div', { class: 'field' }, el('label', { for: 'platform-kind', text: t('notifications.kind') }),
      el('select', { id: 'platform-kind', 'aria-describedby': 'err-platform-kind' },
        ['EMAIL', 'WEBHOOK', 'DISCORD'].map((kind) => el('option', { value: kind, text: t(`notifications.kind.${kind}`) }))),
      error('platform-kind')),
    el('div', { class: 'field grow' }, el('label', { for: 'platform-name', text: t('notifications.name') }),
      el('input', { id: 'platform-name', maxlength: '100', required: true, 'aria-describedby': 'err-platform-name' }),
      error('platform-name')),
    formError,
    el('button', { type: 'submit', text: t('notifications.addPlatform') }));
}

async function load() {
  const me = await api('GET', '/api/v1/auth/me');
  if (!me.ok || !me.data.roles.includes('ADMIN')) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('admin.title') }),
      el('p', { text: me.ok ? t('moderation.notAllowed') : t('moderation.logIn') })));
    return;
  }
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: t('admin.title') }),
    el('form', { class: 'row', role: 'search', onsubmit: (e) => { e.preventDefault(); find(); } },
      el('div', { class: 'field grow' }, el('label', { for: 'user-query', text: t('admin.find') }),
        el('input', { id: 'user-query', type: 'search', maxlength: '100' })),
      el('button', { type: 'submit', class: 'primary', text: t('community.search') })),
    el('div', { id: 'users' }),
    el('div', { id: 'user-quizzes', class: 'stack' }),
    el('p', {}, el('a', { href: '/moderation', text: t('moderation.title') }))),
  el('section', { class: 'card stack', 'aria-labelledby': 'platforms-title' },
    el('h2', { id: 'platforms-title', text: t('notifications.platforms') }),
    el('p', { class: 'hint', text: t('notifications.platformsIntro') }),
    el('div', { id: 'platforms' }),
    platformForm()));
  await find();
  await platforms();
}

applyTexts();
load();
