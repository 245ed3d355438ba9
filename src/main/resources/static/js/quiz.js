// A public quiz's page (docs/community.md): what it is, who made it, its questions (without solutions unless the
// author allows them), likes and dislikes, and for a signed-in teacher "Host this quiz", "Copy to my quizzes" and
// "Report". GET /api/v1/community/quizzes/{id}.
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain, framedPicture, optionMark } from './dom.js';
import { me } from './cards.js';

const screen = $('#screen');
const status = $('#status');
const quizId = location.pathname.split('/').pop();
const dateFormat = dateTimeFormat({ dateStyle: 'medium' });
const REASONS = ['SPAM', 'INAPPROPRIATE', 'COPYRIGHT', 'WRONG_ANSWERS', 'OTHER'];

function ratingButtons(quiz, account) {
  const mayRate = account && !quiz.mine && !quiz.hidden;
  const button = (id, positive, count) => el('button', {
    type: 'button', id, disabled: !mayRate, 'aria-pressed': String(quiz.myRating === positive),
    onclick: () => rate(quiz, positive), text: t(positive ? 'pquiz.like' : 'pquiz.dislike', { n: count }) });
  return el('div', { class: 'row', id: 'rating' },
    button('like', true, quiz.likes),
    button('dislike', false, quiz.dislikes),
    !account ? el('span', { class: 'hint' }, el('a', { href: '/', text: t('pquiz.logInToRate') })) : null);
}

async function rate(quiz, positive) {
  const again = quiz.myRating === positive;
  const response = again
    ? await api('DELETE', `/api/v1/community/quizzes/${quiz.id}/rating`)
    : await api('PUT', `/api/v1/community/quizzes/${quiz.id}/rating`, { positive });
  if (!response.ok) {
    status.textContent = problemText(response, t('common.error'));
    return;
  }
  Object.assign(quiz, { likes: response.data.likes, dislikes: response.data.dislikes, myRating: response.data.myRating ?? null });
  const account = await me(api);
  $('#rating').replaceWith(ratingButtons(quiz, account));
  $(positive ? '#like' : '#dislike').focus();
  status.textContent = t(quiz.myRating === null ? 'pquiz.unrated' : quiz.myRating ? 'pquiz.liked' : 'pquiz.disliked');
}

async function host(quiz) {
  const response = await api('POST', '/api/v1/games', { quizId: quiz.id });
  if (!response.ok) {
    status.textContent = problemText(response, t('common.error'));
    return;
  }
  location.href = `/host/${response.data.gameId}`;
}

async function copy(quiz) {
  const response = await api('POST', `/api/v1/quizzes/${quiz.id}/copy`);
  if (!response.ok) {
    status.textContent = problemText(response, t('common.error'));
    return;
  }
  $('#copied').replaceChildren(t('pquiz.copied'), ' ',
    el('a', { href: `/edit?quiz=${response.data.id}`, id: 'copy-link', text: t('pquiz.openCopy') }));
  status.textContent = t('pquiz.copied');
}

function reportForm(quiz) {
  const error = el('p', { class: 'error', id: 'report-error', role: 'alert' });
  return el('details', { id: 'report', class: 'stack' },
    el('summary', { text: t('pquiz.report') }),
    el('form', { class: 'stack', onsubmit: async (e) => {
      e.preventDefault();
      const response = await api('POST', `/api/v1/community/quizzes/${quiz.id}/reports`,
        { reason: $('#report-reason').value, comment: $('#report-comment').value });
      if (!response.ok) {
        error.textContent = problemText(response, t('common.error'));
        return;
      }
      $('#report').replaceWith(el('p', { id: 'reported', text: t('pquiz.reported') }));
      status.textContent = t('pquiz.reported');
    } },
    el('div', { class: 'field' }, el('label', { for: 'report-reason', text: t('pquiz.reason') }),
      el('select', { id: 'report-reason' }, REASONS.map((r) => el('option', { value: r, text: t(`pquiz.reason.${r}`) })))),
    el('div', { class: 'field' }, el('label', { for: 'report-comment', text: t('pquiz.comment') }),
      el('textarea', { id: 'report-comment', rows: '3', maxlength: '1000' })),
    error,
    el('button', { type: 'submit', text: t('pquiz.sendReport') })));
}

function question(q, i, solutions) {
  const options = q.options.map((o, j) => el('li', { dataset: o.right === true ? { right: 'true' } : {} },
    q.type === 'ABCD' || q.type === 'CHECK' ? optionMark(j) : null, ' ', el('span', { html: o.answer }),
    o.right === true ? el('span', { class: 'badge public', text: ` ✓ ${t('common.correctMark')}` }) : null));
  const extra = [];
  if (q.type === 'RANGE') {
    extra.push(el('p', { class: 'hint', text: t('pquiz.range', { min: q.min, max: q.max }) }));
    if (solutions) extra.push(el('p', { text: t('pquiz.rangeRight', { min: q.minCorrect, max: q.maxCorrect }) }));
  }
  if (q.type === 'TEXT' && q.accepted) extra.push(el('p', { text: t('pquiz.accepted', { answers: q.accepted.map(plain).join(', ') }) }));
  return el('li', { class: 'stack', dataset: { question: String(i) } },
    el('span', { class: 'hint', text: t(`community.kind.${q.type}`) }),
    el('p', { html: q.question }),
    q.image ? framedPicture(q.image) : null,
    options.length ? el(q.type === 'ORDER' && solutions ? 'ol' : 'ul', {}, options) : null,
    extra);
}

// Its special event (a link to the special event's page, in its colour) and subject tags (docs/events.md).
function classification(c) {
  if (!c || (!c.specialEvent && !c.tags.length)) return null;
  let badge = null;
  if (c.specialEvent) {
    badge = el('a', { class: 'special-badge', id: 'quiz-special', href: `/events?special=${c.specialEvent.id}` },
      c.specialEvent.emoji ? `${c.specialEvent.emoji} ` : '', el('span', { html: c.specialEvent.name }));
    badge.style.setProperty('--special', c.specialEvent.colour);
  }
  return el('div', { class: 'row', id: 'quiz-classification' }, badge,
    c.tags.length ? el('ul', { class: 'tag-list', 'aria-label': t('events.tags') }, c.tags.map((tag) => el('li', { html: tag.name }))) : null);
}

async function load() {
  const [response, account] = await Promise.all([api('GET', `/api/v1/community/quizzes/${quizId}`), me(api)]);
  if (!response.ok) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('pquiz.notFound') }),
      el('p', {}, el('a', { href: '/explore', text: t('community.explore') }))));
    return;
  }
  const quiz = response.data;
  document.title = `${plain(quiz.title)} · Quizhall`;
  show(screen, el('article', { class: 'card stack', id: 'public-quiz' },
    quiz.coverImage ? framedPicture(quiz.coverImage) : null,
    el('h1', { html: quiz.title }),
    classification(quiz.classification),
    quiz.hidden ? el('p', { class: 'error', id: 'hidden-notice', text: t('pquiz.hidden', { reason: quiz.hiddenReason ?? '' }) }) : null,
    quiz.description ? el('p', { html: quiz.description }) : null,
    el('p', { class: 'hint' },
      el('a', { href: `/u/${encodeURIComponent(quiz.author.username)}`, id: 'author', text: t('community.by', { name: quiz.author.username }) }),
      ` · ${quiz.questionCount === 1 ? t('home.questionCountOne') : t('home.questionCount', { n: quiz.questionCount })}`,
      ` · ${quiz.kinds.map((k) => t(`community.kind.${k}`)).join(', ')}`,
      ` · ${t('community.plays', { n: quiz.plays })} · ${t('community.views', { n: quiz.views })}`,
      ` · ${dateFormat.format(new Date(quiz.createdAt))}`,
      quiz.modRating ? ` · ${t('community.modRating', { n: quiz.modRating })}` : ''),
    ratingButtons(quiz, account),
    account ? el('div', { class: 'row' },
      el('button', { type: 'button', class: 'primary', id: 'host', onclick: () => host(quiz), text: t('pquiz.host') }),
      el('button', { type: 'button', id: 'copy', onclick: () => copy(quiz), text: t('pquiz.copy') }),
      el('span', { id: 'copied' })) : null,
    account && !quiz.mine ? reportForm(quiz) : null,
    el('h2', { text: t('pquiz.questions') }),
    el('p', { class: 'hint', text: t(quiz.solutionsShown ? 'pquiz.withSolutions' : 'pquiz.withoutSolutions') }),
    el('ol', { class: 'stack', id: 'questions' }, quiz.questions.map((q, i) => question(q, i, quiz.solutionsShown)))));
}

applyTexts();
load();
