// My controllers: the four-button remote controllers a teacher added, with online/offline by their last ping; add
// one by the setup code it shows, rename it, set the firmware it should run, revoke it (docs/controllers.md).
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show } from './dom.js';

const screen = $('#screen');
const status = $('#status');
const dateFormat = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });
// The list is read again this often, so online/offline follows the pings without a reload.
const REFRESH_MS = 30000;

function signedOut() {
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: t('controllers.signIn') }),
    el('p', {}, el('a', { class: 'button primary', href: '/', text: t('controllers.toLogin') }))));
}

// Field errors of a problem document go next to their inputs (by the field's name in the request).
function showErrors(response, fields, fallbackError) {
  for (const { input, error } of Object.values(fields)) {
    input.removeAttribute('aria-invalid');
    error.textContent = '';
  }
  if (!response) return;
  const errors = response.data?.errors ?? [];
  let first = null;
  for (const e of errors) {
    const field = fields[e.field];
    if (!field) continue;
    field.input.setAttribute('aria-invalid', 'true');
    field.error.textContent = `${field.label}: ${e.message}`;
    first ??= field.input;
  }
  if (!first) {
    fallbackError.textContent = problemText(response, t('common.error'));
    first = Object.values(fields)[0].input;
  }
  first.focus();
}

function field(id, label, attrs = {}) {
  const error = el('p', { class: 'error', id: `err-${id}`, role: 'alert' });
  const input = el('input', { id, 'aria-describedby': `err-${id}`, ...attrs });
  return { label, input, error, node: el('div', { class: 'field' }, el('label', { for: id, text: label }), input, error) };
}

async function main() {
  applyTexts();
  const me = await api('GET', '/api/v1/auth/me');
  if (!me.ok) return signedOut();
  const code = field('setup-code', t('controllers.setupCode'), { required: true, autocomplete: 'off', maxlength: '12',
    spellcheck: 'false', autocapitalize: 'characters' });
  const name = field('controller-name', t('controllers.name'), { required: true, maxlength: '60' });
  const player = field('player-name', t('controllers.playerName'), { required: true, maxlength: '20' });
  const formError = el('p', { class: 'error', id: 'add-error', role: 'alert' });
  const fields = { setupCode: code, name, playerName: player };
  const form = el('form', { class: 'stack', id: 'add-controller', onsubmit: async (e) => {
      e.preventDefault();
      formError.textContent = '';
      const response = await api('POST', '/api/v1/controllers',
        { setupCode: code.input.value, name: name.input.value, playerName: player.input.value });
      if (!response.ok) return showErrors(response, fields, formError);
      showErrors(null, fields, formError);
      form.reset();
      status.textContent = t('controllers.added', { name: response.data.name });
      await renderList({ id: response.data.id, action: 'edit' });
    } },
    el('h2', { text: t('controllers.add') }),
    el('p', { class: 'hint', id: 'add-hint', text: t('controllers.addHint') }),
    code.node, name.node, player.node, formError,
    el('button', { type: 'submit', class: 'primary', id: 'add-submit', text: t('controllers.addButton') }));
  show(screen, el('div', { class: 'stack' }, el('section', { class: 'card stack' },
    el('div', { class: 'row' },
      el('h1', { class: 'grow', tabindex: '-1', text: t('controllers.title') }),
      el('button', { type: 'button', id: 'refresh', onclick: () => renderList(), text: t('controllers.refresh') })),
    el('p', { class: 'hint', text: t('controllers.intro') }),
    el('div', { id: 'controller-list' })),
  el('section', { class: 'card stack' }, form)));
  await renderList();
  setInterval(() => { if (!document.querySelector('dialog[open]')) renderList(); }, REFRESH_MS);
}

// After an action, keyboard focus goes back to the same button of the same controller if it is still there.
async function renderList(focus) {
  const response = await api('GET', '/api/v1/controllers');
  if (response.status === 401) return signedOut();
  const controllers = response.ok ? response.data : [];
  $('#controller-list').replaceChildren(controllers.length === 0 ? el('p', { id: 'no-controllers', text: t('controllers.none') })
    : el('ul', { class: 'quiz-list', id: 'controllers' }, controllers.map(controllerItem)));
  if (focus) ($(`li[data-controller="${focus.id}"] [data-action="${focus.action}"]`) ?? $('h1')).focus();
}

function controllerItem(c) {
  const seen = c.lastSeen ? t('controllers.lastSeen', { when: dateFormat.format(new Date(c.lastSeen)) }) : t('controllers.neverSeen');
  const firmware = [
    c.firmwareVersion ? t('controllers.firmware', { version: c.firmwareVersion }) : null,
    c.wantedFirmwareVersion ? t('controllers.wanted', { version: c.wantedFirmwareVersion }) : null,
  ].filter(Boolean).join(' · ');
  const revoked = c.status === 'revoked';
  return el('li', { class: 'quiz-card', dataset: { controller: c.id, status: c.status } },
    el('div', { class: 'quiz-main' },
      el('span', { class: 'title' }, c.name, ' ',
        el('span', { class: `badge controller-${c.status}`, text: t(`controllers.status.${c.status}`) })),
      el('span', { class: 'hint', text: t('controllers.playsAs', { name: c.playerName }) }),
      el('span', { class: 'hint', text: [seen, firmware].filter(Boolean).join(' · ') })),
    revoked ? null : el('div', { class: 'row actions' },
      el('button', { type: 'button', dataset: { action: 'edit' }, 'aria-label': t('controllers.editLabel', { name: c.name }),
        onclick: () => editDialog(c), text: t('controllers.edit') }),
      el('button', { type: 'button', class: 'danger', dataset: { action: 'revoke' }, 'aria-label': t('controllers.revokeLabel', { name: c.name }),
        onclick: () => revokeDialog(c), text: t('controllers.revoke') })));
}

function editDialog(c) {
  const name = field('edit-name', t('controllers.name'), { required: true, maxlength: '60', value: c.name });
  const player = field('edit-player', t('controllers.playerName'), { required: true, maxlength: '20', value: c.playerName });
  const wanted = field('edit-wanted', t('controllers.wantedField'), { maxlength: '40', value: c.wantedFirmwareVersion ?? '',
    spellcheck: 'false', placeholder: '1.2.0' });
  const formError = el('p', { class: 'error', id: 'edit-error', role: 'alert' });
  const fields = { name, playerName: player, wantedFirmwareVersion: wanted };
  const dialog = el('dialog', { class: 'card stack', id: 'edit-dialog', 'aria-labelledby': 'edit-title' },
    el('h2', { id: 'edit-title', text: t('controllers.editTitle', { name: c.name }) }),
    el('form', { class: 'stack', onsubmit: async (e) => {
        e.preventDefault();
        const response = await api('PATCH', `/api/v1/controllers/${c.id}`,
          { name: name.input.value, playerName: player.input.value, wantedFirmwareVersion: wanted.input.value.trim() });
        if (!response.ok) return showErrors(response, fields, formError);
        status.textContent = t('controllers.saved', { name: response.data.name });
        dialog.close('saved');
      } },
      name.node, player.node, wanted.node,
      el('p', { class: 'hint', text: t('controllers.wantedHint') }),
      formError,
      el('div', { class: 'row' },
        el('button', { type: 'submit', class: 'primary', id: 'edit-save', text: t('controllers.save') }),
        el('button', { type: 'button', id: 'edit-cancel', onclick: () => dialog.close('cancel'), text: t('home.cancel') }))));
  dialog.addEventListener('close', async () => {
    dialog.remove();
    await renderList({ id: c.id, action: 'edit' });
  });
  document.body.append(dialog);
  dialog.showModal();
  name.input.focus();
}

// A modal dialog asks first; Cancel has the focus, so Enter alone revokes nothing.
function revokeDialog(c) {
  const dialog = el('dialog', { class: 'card stack', id: 'confirm-revoke', 'aria-labelledby': 'confirm-revoke-title',
    'aria-describedby': 'confirm-revoke-text' },
    el('h2', { id: 'confirm-revoke-title', text: t('controllers.confirmRevoke', { name: c.name }) }),
    el('p', { id: 'confirm-revoke-text', text: t('controllers.confirmRevokeText') }),
    el('form', { method: 'dialog', class: 'row' },
      el('button', { type: 'submit', value: 'revoke', class: 'danger', id: 'confirm-revoke-yes', text: t('controllers.revoke') }),
      el('button', { type: 'submit', value: 'cancel', id: 'confirm-revoke-no', autofocus: true, text: t('home.cancel') })));
  dialog.addEventListener('close', async () => {
    dialog.remove();
    if (dialog.returnValue !== 'revoke') {
      $(`li[data-controller="${c.id}"] [data-action="revoke"]`)?.focus();
      return;
    }
    const response = await api('POST', `/api/v1/controllers/${c.id}/revoke`);
    status.textContent = response.ok ? t('controllers.revoked', { name: c.name }) : problemText(response, t('common.error'));
    await renderList();
    $('h1').focus();
  });
  document.body.append(dialog);
  dialog.showModal();
}

main();
