// What "my quizzes" and "my activities" both do with their items: delete one after a confirmation, and import one
// from an exported file. `texts` names the group of messages ('home' for quizzes, 'activities').
import { t } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, plain } from './dom.js';

// A modal dialog asks first; Cancel has the focus, so Enter alone deletes nothing. Only the version on screen is
// deleted: if someone changed it meanwhile, the server says 412 and nothing is deleted.
export function confirmDelete({ path, item, texts, selector, after }) {
  const title = plain(item.title);
  const dialog = el('dialog', { class: 'card stack', id: 'confirm-delete', 'aria-labelledby': 'confirm-delete-title',
    'aria-describedby': 'confirm-delete-text' },
    el('h2', { id: 'confirm-delete-title', text: t(`${texts}.confirmDelete`, { title }) }),
    el('p', { id: 'confirm-delete-text', text: t(`${texts}.confirmDeleteText`) }),
    el('form', { method: 'dialog', class: 'row' },
      el('button', { type: 'submit', value: 'delete', class: 'danger', id: 'confirm-delete-yes', text: t(`${texts}.confirmDeleteButton`) }),
      el('button', { type: 'submit', value: 'cancel', id: 'confirm-delete-no', autofocus: true, text: t('home.cancel') })));
  dialog.addEventListener('close', async () => {
    dialog.remove();
    if (dialog.returnValue !== 'delete') {
      $(`${selector} [data-action="delete"]`)?.focus();
      return;
    }
    const response = await api('DELETE', `${path}/${item.id}`, undefined, { 'If-Match': `"${item.version}"` });
    $('#status').textContent = response.ok ? t(`${texts}.deleted`, { title })
      : response.status === 412 ? t(`${texts}.changed`, { title }) : problemText(response, t('common.error'));
    await after();
  });
  document.body.append(dialog);
  dialog.showModal();
}

// Reads an export file chosen in `input` and posts it to `${path}/import`; errors go to #import-error.
export async function importFile(input, { path, texts, after }) {
  const error = $('#import-error');
  error.textContent = '';
  const file = input.files[0];
  if (!file) return;
  let parsed;
  try {
    parsed = JSON.parse(await file.text());
  } catch (e) {
    error.textContent = t(`${texts}.importNotJson`);
    input.value = '';
    return;
  }
  const response = await api('POST', `${path}/import`, parsed);
  input.value = '';
  if (!response.ok) {
    error.textContent = t(`${texts}.importFailed`, { reason: problemText(response, t('common.error')) });
    return;
  }
  $('#status').textContent = t(`${texts}.imported`, { title: plain(response.data.title) });
  await after(response.data);
}
