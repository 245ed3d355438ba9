// Moderators (docs/community.md): the queue of open reports, hiding and unhiding quizzes, moderator ratings,
// resolving reports, and the log of every moderator and administrator action. /api/v1/moderation/*.
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain } from './dom.js';

const screen = $('#screen');
const status = $('#status');
const dateFormat = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });

async function act(method, path, body, done) {
  const response = await api(method, path, body);
  status.textContent = response.ok ? done : problemText(response, t('common.error'));
  if (response.ok) await load();
}

// An alert about an event or a game (docs/events.md): what it is about, and resolving it.
function alertRow(report) {
  const title = plain(report.target.title);
  const kind = report.target.kind;
  return el('tr', { dataset: { report: report.id, target: report.target.id } },
    el('td', {}, el('span', { class: 'badge', text: t(`moderation.target.${kind}`) }), ' ',
      kind === 'EVENT' ? el('a', { href: `/events?event=${report.target.id}`, text: title })
        : el('a', { href: `/results?game=${report.target.id}`, text: title })),
    el('td', { text: t(`pquiz.reason.${report.reason}`) }),
    el('td', { text: report.comment ?? '' }),
    el('td', { text: report.reporter ?? '' }),
    el('td', { text: dateFormat.format(new Date(report.createdAt)) }),
    el('td', { class: 'number', text: String(report.openReportsOfQuiz) }),
    el('td', {}, el('button', { type: 'button', class: 'primary', dataset: { action: 'resolve' }, 'aria-label': t('moderation.resolveLabel', { title }),
      onclick: () => act('POST', `/api/v1/moderation/reports/${report.id}/resolve`, { resolution: 'seen' }, t('moderation.resolved')),
      text: t('moderation.resolve') })));
}

function reportRow(report) {
  if (!report.quiz) return alertRow(report);
  const quiz = report.quiz;
  const title = plain(quiz.title);
  const reasonId = `hide-reason-${report.id}`;
  const ratingId = `mod-rating-${report.id}`;
  return el('tr', { dataset: { report: report.id, quiz: quiz.id } },
    el('td', {}, el('a', { href: `/q/${quiz.id}`, text: title }), quiz.hidden ? el('span', { class: 'badge', text: ` ${t('moderation.hiddenBadge')}` }) : null),
    el('td', { text: t(`pquiz.reason.${report.reason}`) }),
    el('td', { text: report.comment ?? '' }),
    el('td', { text: report.reporter ?? '' }),
    el('td', { text: dateFormat.format(new Date(report.createdAt)) }),
    el('td', { class: 'number', text: String(report.openReportsOfQuiz) }),
    el('td', {}, el('div', { class: 'stack' },
      quiz.hidden
        ? el('button', { type: 'button', dataset: { action: 'unhide' }, 'aria-label': t('moderation.unhideLabel', { title }),
          onclick: () => act('POST', `/api/v1/moderation/quizzes/${quiz.id}/unhide`, undefined, t('moderation.unhidden')), text: t('moderation.unhide') })
        : el('div', { class: 'row' },
          el('label', { for: reasonId, class: 'visually-hidden', text: t('moderation.hideReasonLabel', { title }) }),
          el('input', { id: reasonId, maxlength: '500', placeholder: t('moderation.hideReason') }),
          el('button', { type: 'button', dataset: { action: 'hide' }, 'aria-label': t('moderation.hideLabel', { title }),
            onclick: () => act('POST', `/api/v1/moderation/quizzes/${quiz.id}/hide`, { reason: $(`#${reasonId}`).value || t(`pquiz.reason.${report.reason}`) }, t('moderation.hidden')),
            text: t('moderation.hide') })),
      el('div', { class: 'row' },
        el('label', { for: ratingId, class: 'visually-hidden', text: t('moderation.ratingLabel', { title }) }),
        el('select', { id: ratingId, onchange: (e) => act('PUT', `/api/v1/moderation/quizzes/${quiz.id}/mod-rating`,
          { rating: e.target.value ? Number(e.target.value) : null }, t('moderation.rated')) },
          ['', '1', '2', '3', '4', '5'].map((n) => el('option', { value: n, selected: String(quiz.modRating ?? '') === n,
            text: n ? t('community.modRating', { n: Number(n) }) : t('moderation.noRating') })))),
      el('button', { type: 'button', class: 'primary', dataset: { action: 'resolve' }, 'aria-label': t('moderation.resolveLabel', { title }),
        onclick: () => act('POST', `/api/v1/moderation/reports/${report.id}/resolve`, { resolution: quiz.hidden ? 'hidden' : 'kept' }, t('moderation.resolved')),
        text: t('moderation.resolve') }))));
}

async function load() {
  const [reports, actions] = await Promise.all([
    api('GET', '/api/v1/moderation/reports?status=open&size=100'),
    api('GET', '/api/v1/moderation/actions?size=30')]);
  if (!reports.ok) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('moderation.title') }),
      el('p', { text: reports.status === 401 ? t('moderation.logIn') : t('moderation.notAllowed') })));
    return;
  }
  const header = (keys) => el('thead', {}, el('tr', {}, keys.map((k) => el('th', { scope: 'col', text: t(k) }))));
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: t('moderation.title') }),
    el('h2', { text: t('moderation.queue') }),
    reports.data.items.length === 0 ? el('p', { id: 'no-reports', text: t('moderation.empty') })
      : el('div', { class: 'table-wrap' }, el('table', { id: 'reports' },
        el('caption', { class: 'visually-hidden', text: t('moderation.queue') }),
        header(['moderation.quiz', 'pquiz.reason', 'pquiz.comment', 'moderation.reporter', 'moderation.when', 'moderation.openReports', 'moderation.actions']),
        el('tbody', {}, reports.data.items.map(reportRow)))),
    el('h2', { text: t('moderation.log') }),
    el('ul', { id: 'actions' }, actions.ok ? actions.data.items.map((a) => el('li', {
      text: t('moderation.logLine', { when: dateFormat.format(new Date(a.createdAt)), who: a.actorName, action: t(`moderation.action.${a.action}`), detail: a.detail ?? '' }) })) : [])));
}

applyTexts();
load();
