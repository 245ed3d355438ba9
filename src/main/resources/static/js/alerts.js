// Participants' alerts (docs/events.md, "Reporting an event or a game"): a "Report" button that opens a small form
// (reason, optional comment) and sends it to the moderators. Used on event pages and on a player's final screen.
import { t } from './messages.js';
import { api, problemText } from './api.js';
import { el } from './dom.js';

const REASONS = ['INAPPROPRIATE', 'SPAM', 'OTHER'];
let forms = 0;

// target: { kind: 'EVENT' | 'GAME', id } or { kind: 'GAME', pin }.
export function reportButton(target) {
  const n = ++forms;
  const box = el('div', { class: 'stack report-box' });
  const open = el('button', { type: 'button', class: 'report-button', id: `report-${n}`, 'aria-expanded': 'false', text: t(`alerts.report.${target.kind}`) });
  open.addEventListener('click', () => {
    if (box.querySelector('form')) return;
    open.setAttribute('aria-expanded', 'true');
    const reason = el('select', { id: `report-reason-${n}` }, REASONS.map((r) => el('option', { value: r, text: t(`pquiz.reason.${r}`) })));
    const comment = el('textarea', { id: `report-comment-${n}`, rows: '2', maxlength: '1000' });
    const note = el('p', { class: 'hint', role: 'status' });
    const form = el('form', { class: 'stack', onsubmit: async (e) => {
      e.preventDefault();
      const response = await api('POST', '/api/v1/community/alerts', { ...target, reason: reason.value, comment: comment.value });
      if (response.ok) {
        form.replaceWith(el('p', { class: 'streak', id: `reported-${n}`, text: t('alerts.sent') }));
        open.remove();
      } else {
        note.textContent = response.status === 401 ? t('alerts.signIn') : problemText(response, t('common.error'));
      }
    } },
    el('div', { class: 'field' }, el('label', { for: reason.id, text: t('pquiz.reason') }), reason),
    el('div', { class: 'field' }, el('label', { for: comment.id, text: t('pquiz.comment') }), comment),
    el('button', { type: 'submit', class: 'danger', text: t('alerts.send') }), note);
    box.append(form);
    reason.focus();
  });
  box.prepend(open);
  return box;
}
