// The audit trail for administrators (docs/audit.md): newest first, filtered by action prefix, object and actor,
// a page at a time ("Older" follows the server's cursor).
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show } from './dom.js';

const screen = $('#screen');
const status = $('#status');
const dateTime = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'medium' });

function field(id, key) {
  return el('div', { class: 'field' }, el('label', { for: id, text: t(key) }), el('input', { id, autocomplete: 'off' }));
}

async function load(before) {
  const query = new URLSearchParams({ size: '50' });
  for (const [id, name] of [['audit-action', 'action'], ['audit-type', 'objectType'], ['audit-object', 'objectId'], ['audit-actor', 'actorId']]) {
    if ($(`#${id}`).value.trim()) query.set(name, $(`#${id}`).value.trim());
  }
  if (before) query.set('before', String(before));
  const page = await api('GET', `/api/v1/admin/audit?${query}`);
  if (!page.ok) {
    status.textContent = problemText(page, t('common.error'));
    return;
  }
  status.textContent = '';
  const body = $('#audit-rows');
  if (!before) body.replaceChildren();
  for (const entry of page.data.items) {
    body.append(el('tr', { dataset: { entry: entry.id } },
      el('td', { text: dateTime.format(new Date(entry.at)) }),
      el('td', { text: entry.actorName ?? t('audit.system') }),
      el('td', { text: entry.action }),
      el('td', { text: `${entry.objectType} ${entry.objectId ?? ''}` }),
      el('td', { class: 'hint', text: Object.entries(entry.details).map(([k, v]) => `${k}: ${v}`).join(', ') })));
  }
  $('#audit-none').hidden = body.children.length > 0;
  const older = $('#audit-older');
  older.hidden = !page.data.next;
  older.onclick = () => load(page.data.next);
}

async function main() {
  applyTexts();
  const me = await api('GET', '/api/v1/auth/me');
  if (!me.ok || !(me.data.roles ?? []).includes('ADMIN')) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('audit.adminsOnly') }), el('a', { href: '/', text: t('audit.home') })));
    return;
  }
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: t('audit.title') }),
    el('form', { class: 'row', id: 'audit-filter', onsubmit: (e) => { e.preventDefault(); load(); } },
      field('audit-action', 'audit.action'), field('audit-type', 'audit.objectType'),
      field('audit-object', 'audit.objectId'), field('audit-actor', 'audit.actorId'),
      el('button', { type: 'submit', class: 'primary', text: t('audit.filter') })),
    el('div', { class: 'table-wrap' },
      el('table', { id: 'audit' },
        el('thead', {}, el('tr', {}, ...['audit.when', 'audit.who', 'audit.action', 'audit.object', 'audit.details']
          .map((key) => el('th', { scope: 'col', text: t(key) })))),
        el('tbody', { id: 'audit-rows' }))),
    el('p', { class: 'hint', id: 'audit-none', hidden: true, text: t('audit.none') }),
    el('button', { type: 'button', id: 'audit-older', hidden: true, text: t('audit.older') })));
  await load();
}

main();
