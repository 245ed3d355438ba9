// My activities: list, create (the editor), share with named links that may expire (with a QR code each), export,
// import and delete (docs/activities.md).
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain } from './dom.js';
import { confirmDelete, importFile } from './lists.js';

const screen = $('#screen');
const status = $('#status');
const dateFormat = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });

function signedOut() {
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: t('activities.signIn') }),
    el('p', {}, el('a', { class: 'button primary', href: '/', text: t('activities.toLogin') }))));
}

async function main() {
  applyTexts();
  const me = await api('GET', '/api/v1/auth/me');
  if (!me.ok) return signedOut();
  const importInput = el('input', { type: 'file', id: 'import-file', accept: '.json,application/json',
    'aria-describedby': 'import-error', onchange: (e) => importFile(e.target, { path: '/api/v1/activities',
      texts: 'activities', after: (imported) => renderList({ activity: imported.id, action: 'edit' }) }) });
  show(screen, el('section', { class: 'card stack' },
    el('div', { class: 'row' },
      el('h1', { class: 'grow', text: t('activities.title') }),
      el('a', { class: 'button primary', href: '/edit-activity', id: 'new-activity', text: t('activities.new') })),
    el('p', { class: 'hint', text: t('activities.intro') }),
    el('div', { id: 'activity-list' }),
    el('div', { class: 'field' },
      el('label', { for: 'import-file', text: t('activities.import') }), importInput,
      el('p', { class: 'error', id: 'import-error', role: 'alert' }))));
  await renderList();
}

// After an action, keyboard focus goes back to the same button of the same activity if it is still there.
async function renderList(focus) {
  const page = await api('GET', '/api/v1/activities?size=100');
  if (page.status === 401) return signedOut();
  const activities = page.ok ? page.data.items : [];
  $('#activity-list').replaceChildren(activities.length === 0 ? el('p', { text: t('activities.none') })
    : el('ul', { class: 'quiz-list', id: 'activities' }, activities.map(activityItem)));
  if (focus) ($(`li[data-activity="${focus.activity}"] [data-action="${focus.action}"]`) ?? $('h1')).focus();
}

function activityItem(activity) {
  const title = plain(activity.title);
  const count = activity.pageCount === 1 ? t('activities.pageCountOne') : t('activities.pageCount', { n: activity.pageCount });
  return el('li', { class: 'quiz-card', dataset: { activity: activity.id } },
    el('div', { class: 'quiz-main' },
      el('span', { class: 'title', html: activity.title }),
      el('span', { class: 'hint', text: `${count} · ${activity.pageTypes.join(', ')}` })),
    el('div', { class: 'row actions' },
      el('a', { class: 'button', href: `/edit-activity?activity=${activity.id}`, dataset: { action: 'edit' },
        'aria-label': t('activities.editLabel', { title }), text: t('activities.edit') }),
      el('button', { type: 'button', class: 'primary', dataset: { action: 'share' },
        'aria-label': t('activities.shareLabel', { title }), onclick: () => shareDialog(activity), text: t('activities.share') }),
      el('a', { class: 'button', href: `/api/v1/activities/${activity.id}/export`, download: '', dataset: { action: 'export' },
        'aria-label': t('activities.exportLabel', { title }), text: t('activities.export') }),
      el('button', { type: 'button', class: 'danger', dataset: { action: 'delete' },
        'aria-label': t('activities.deleteLabel', { title }), text: t('activities.delete'),
        onclick: () => confirmDelete({ path: '/api/v1/activities', item: activity, texts: 'activities',
          selector: `li[data-activity="${activity.id}"]`, after: () => renderList({ activity: activity.id, action: 'delete' }) }) })));
}

// --- sharing ---------------------------------------------------------------------------------------------------

function shareDialog(activity) {
  const title = plain(activity.title);
  const error = el('p', { class: 'error', id: 'err-share', role: 'alert' });
  const name = el('input', { id: 'share-name', maxlength: '100', required: true, 'aria-describedby': 'err-share' });
  const expires = el('input', { id: 'share-expiry', type: 'datetime-local' });
  const list = el('ul', { class: 'share-list', id: 'share-list' });
  const form = el('form', { class: 'stack', id: 'share-form', onsubmit: async (e) => {
      e.preventDefault();
      error.textContent = '';
      const body = { name: name.value };
      if (expires.value) body.expiresAt = new Date(expires.value).toISOString();
      const response = await api('POST', `/api/v1/activities/${activity.id}/shares`, body);
      if (!response.ok) {
        error.textContent = problemText(response, t('common.error'));
        name.focus();
        return;
      }
      name.value = '';
      expires.value = '';
      status.textContent = t('share.created', { name: response.data.name });
      await renderShares(activity, list, response.data.id);
    } },
    el('div', { class: 'field' }, el('label', { for: 'share-name', text: t('share.name') }), name),
    el('div', { class: 'field' }, el('label', { for: 'share-expiry', text: t('share.expires') }), expires),
    error,
    el('button', { type: 'submit', class: 'primary', id: 'share-create', text: t('share.create') }));
  const dialog = el('dialog', { class: 'card stack share-dialog', id: 'share-dialog', 'aria-labelledby': 'share-title' },
    el('h2', { id: 'share-title', text: t('share.title', { title }) }),
    el('p', { class: 'hint', text: t('share.intro') }),
    form,
    el('h3', { text: t('share.links') }),
    list,
    el('form', { method: 'dialog' }, el('button', { type: 'submit', id: 'share-close', text: t('share.close') })));
  dialog.addEventListener('close', () => {
    dialog.remove();
    $(`li[data-activity="${activity.id}"] [data-action="share"]`)?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  name.focus();
  renderShares(activity, list);
}

async function renderShares(activity, list, focusShare) {
  const response = await api('GET', `/api/v1/activities/${activity.id}/shares`);
  const shares = response.ok ? response.data : [];
  list.replaceChildren(...(shares.length === 0 ? [el('li', { text: t('share.none') })] : shares.map((share) => shareItem(activity, share, list))));
  if (focusShare) list.querySelector(`li[data-share="${focusShare}"] input`)?.focus();
}

function shareItem(activity, share, list) {
  const url = `${location.origin}${share.path}`;
  const when = share.expiresAt ? dateFormat.format(new Date(share.expiresAt)) : null;
  const state = !when ? t('share.never') : share.expired ? t('share.expired', { date: when }) : t('share.expiresAt', { date: when });
  const link = el('input', { id: `share-link-${share.id}`, readonly: true, value: url, class: 'share-url' });
  return el('li', { class: 'share-item', dataset: { share: share.id, expired: String(share.expired) } },
    el('img', { class: 'share-qr', src: `/api/v1/activities/${activity.id}/shares/${share.id}/qr`, alt: t('share.qr', { url }),
      width: '160', height: '160' }),
    el('div', { class: 'stack grow' },
      el('strong', { text: share.name }),
      // Expired links say so in words (and a mark), not by colour alone.
      el('span', { class: share.expired ? 'badge expired' : 'badge', text: share.expired ? `✗ ${state}` : state }),
      el('label', { for: `share-link-${share.id}`, text: t('share.link', { name: share.name }) }),
      link,
      el('div', { class: 'row' },
        el('button', { type: 'button', 'aria-label': t('share.copyLabel', { name: share.name }), text: t('share.copy'),
          onclick: async () => {
            link.select();
            try {
              await navigator.clipboard.writeText(url);
            } catch (e) {
              document.execCommand?.('copy');
            }
            status.textContent = t('share.copied');
          } }),
        el('button', { type: 'button', class: 'danger', dataset: { action: 'revoke' },
          'aria-label': t('share.revokeLabel', { name: share.name }), text: t('share.revoke'),
          onclick: async () => {
            const revoked = await api('DELETE', `/api/v1/activities/${activity.id}/shares/${share.id}`);
            status.textContent = revoked.ok ? t('share.revoked', { name: share.name }) : problemText(revoked, t('common.error'));
            await renderShares(activity, list);
            $('#share-name').focus();
          } }))));
}

main();
