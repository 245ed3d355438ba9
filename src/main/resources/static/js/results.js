// Past games (docs/results.md): the list of my finished games (GET /api/v1/results, paged and filtered), one
// game's report with charts (GET /api/v1/results/{id}/report), a player's answers, the grading view, downloads,
// rename, note and delete. Charts are SVG (charts.js): no chart library, nothing from a CDN.
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain } from './dom.js';
import { barChart } from './charts.js';

const screen = $('#screen');
const status = $('#status');
const params = new URLSearchParams(location.search);
const gameId = params.get('game');
const dateFormat = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });

function when(timestamp) {
  return dateFormat.format(new Date(timestamp));
}

function seconds(ms) {
  return t('common.seconds', { n: (ms / 1000).toFixed(1) });
}

function table(id, caption, headers, rows) {
  return el('div', { class: 'table-wrap' },
    el('table', { id },
      el('caption', { class: 'visually-hidden', text: caption }),
      // A header given as [text] heads a column of numbers (aligned right, like its cells).
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', class: Array.isArray(h) ? 'number' : null, text: String(h) })))),
      el('tbody', {}, rows)));
}

function summary(entries) {
  return entries.map((e) => `${e.label}: ${e.value}`).join(', ');
}

// Scores in up to eight equal ranges from 0 to the best score.
function scoreBuckets(standings) {
  if (standings.length === 0) return [];
  const best = Math.max(...standings.map((s) => s.score));
  const count = best === 0 ? 1 : Math.min(8, standings.length);
  const size = Math.max(1, Math.ceil((best + 1) / count));
  const buckets = Array.from({ length: count }, (_, i) => ({ label: `${i * size}–${(i + 1) * size - 1}`, value: 0 }));
  standings.forEach((s) => { buckets[Math.min(count - 1, Math.floor(s.score / size))].value += 1; });
  return buckets;
}

// --- the list ---

async function quizOptions(selected) {
  const response = await api('GET', '/api/v1/quizzes?size=100&sort=title,asc');
  const quizzes = response.ok ? response.data.items : [];
  return [el('option', { value: '', text: t('results.anyQuiz') }),
    ...quizzes.map((q) => el('option', { value: q.id, selected: q.id === selected, text: plain(q.title) }))];
}

function localDate(value, endOfDay) {
  if (!value) return null;
  const date = new Date(`${value}T00:00:00`);
  if (endOfDay) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

async function list() {
  const page = Number(params.get('page') ?? 0);
  const query = new URLSearchParams({ page: String(page), size: '20' });
  const q = params.get('q') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const quizId = params.get('quizId') ?? '';
  if (q) query.set('q', q);
  if (from) query.set('from', localDate(from, false));
  if (to) query.set('to', localDate(to, true));
  if (quizId) query.set('quizId', quizId);
  const response = await api('GET', `/api/v1/results?${query}`);
  if (response.status === 401) { location.href = '/'; return; }
  const result = response.ok ? response.data : { items: [], totalItems: 0, totalPages: 0 };
  const filtered = q || from || to || quizId;
  const link = (target) => { const next = new URLSearchParams(params); next.set('page', String(target)); return `/results?${next}`; };
  const filters = el('form', { id: 'filters', class: 'filters', method: 'get', action: '/results', role: 'search' },
    el('label', {}, t('results.search'), el('input', { type: 'search', name: 'q', value: q })),
    el('label', {}, t('results.quiz'), el('select', { name: 'quizId' }, await quizOptions(quizId))),
    el('label', {}, t('results.from'), el('input', { type: 'date', name: 'from', value: from })),
    el('label', {}, t('results.to'), el('input', { type: 'date', name: 'to', value: to })),
    el('button', { type: 'submit', text: t('results.filter') }));
  if (params.get('deleted')) status.textContent = t('results.deleted');
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: t('results.title') }),
    el('h2', { class: 'visually-hidden', text: t('results.filters') }),
    filters,
    result.items.length === 0 ? el('p', { text: t(filtered ? 'results.noMatch' : 'results.none') })
      : table('games', t('results.title'), [t('results.quiz'), t('results.played'), [t('results.players')], t('results.note')],
        result.items.map((game) => el('tr', { dataset: { game: game.id } },
          el('td', {}, el('a', { href: `/results?game=${game.id}`,
            'aria-label': t('results.detailsLabel', { title: plain(game.title), date: when(game.timestamp) }), html: game.title })),
          el('td', { text: when(game.timestamp) }),
          el('td', { class: 'number', text: String(game.playerCount) }),
          el('td', { text: game.note ?? '' })))),
    result.totalPages > 1 ? el('nav', { class: 'pager', 'aria-label': t('results.page', { page: page + 1, pages: result.totalPages }) },
      page > 0 ? el('a', { class: 'button', href: link(page - 1), rel: 'prev', text: t('results.previous') }) : null,
      el('span', { text: t('results.page', { page: page + 1, pages: result.totalPages }) }),
      page + 1 < result.totalPages ? el('a', { class: 'button', href: link(page + 1), rel: 'next', text: t('results.next') }) : null) : null));
}

// --- one game ---

function questionStats(question, game) {
  const scored = question.scored;
  const facts = [t('results.answeredStat', { answered: question.answered, players: game.playerCount })];
  if (question.rightPercent != null) facts.push(t('results.rightStat', { right: question.right, percent: question.rightPercent }));
  if (question.averageTimeMs != null) facts.push(t('results.timeStat', { s: (question.averageTimeMs / 1000).toFixed(1) }));
  if (scored && question.fastest) facts.push(t('results.fastest', { name: question.fastest.nickname, s: (question.fastest.timeTakenMs / 1000).toFixed(1) }));
  const entries = question.distribution.map((share) => ({ label: share.answer, value: share.count,
    kind: share.right === true ? 'right' : share.right === false ? 'wrong' : null }));
  const n = question.index + 1;
  return el('li', { class: 'card stack question-stats', dataset: { question: question.index, answered: question.answered, right: question.right } },
    el('p', { class: 'hint', text: `${t('results.questionN', { n })} · ${t(`kind.${question.type}`)}` }),
    el('h3', { class: 'question-text', html: question.question }),
    el('p', { class: 'stat', text: facts.join(' · ') }),
    question.type === 'SLIDE' ? null : question.answered === 0 ? el('p', { class: 'hint', text: t('results.noAnswers') })
      : [barChart(`chart-${question.index}`, t('results.answerChartLabel', { n, summary: summary(entries) }), entries),
        el('details', {},
          el('summary', { text: t('results.answer') }),
          table(`answers-${question.index}`, t('results.answer'), [t('results.answer'), [t('results.count')], ...(scored ? [t('results.right')] : [])],
            question.distribution.map((share) => el('tr', { class: share.right ? 'correct' : '' },
              el('td', { text: share.answer }),
              el('td', { class: 'number', text: String(share.count) }),
              scored ? el('td', { text: t(share.right ? 'results.yes' : 'results.no') }) : null))))]);
}

function downloads(id) {
  const base = `/api/v1/results/${encodeURIComponent(id)}`;
  return el('nav', { class: 'downloads', 'aria-label': t('results.download') },
    el('a', { class: 'button', id: 'download-xlsx', href: `${base}/export.xlsx`, download: '', text: t('results.xlsx') }),
    el('a', { class: 'button', href: `${base}/players.csv`, download: '', text: t('results.playersCsv') }),
    el('a', { class: 'button', href: `${base}/answers.csv`, download: '', text: t('results.answersCsv') }));
}

function editForm(game) {
  const title = el('input', { id: 'edit-title', name: 'title', value: plain(game.title), required: true });
  const note = el('textarea', { id: 'edit-note', name: 'note', rows: 2 }, game.note ?? '');
  const error = el('p', { class: 'error', id: 'edit-error', role: 'alert' });
  const form = el('form', { id: 'edit-result', class: 'stack', onsubmit: async (event) => {
    event.preventDefault();
    const response = await api('PATCH', `/api/v1/results/${game.id}`, { title: title.value, note: note.value });
    if (!response.ok) { error.textContent = problemText(response, t('common.error')); return; }
    error.textContent = '';
    $('#result-title').innerHTML = response.data.title;
    status.textContent = t('results.saved');
  } },
  el('label', { for: 'edit-title', text: t('results.gameTitle') }), title,
  el('label', { for: 'edit-note', text: t('results.note') }), note,
  error,
  el('div', { class: 'row' },
    el('button', { type: 'submit', class: 'primary', text: t('results.save') }),
    el('button', { type: 'button', class: 'danger', id: 'delete-result', text: t('results.delete'), onclick: async () => {
      if (!confirm(t('results.confirmDelete', { title: plain(game.title) }))) return;
      const response = await api('DELETE', `/api/v1/results/${game.id}`);
      if (response.ok || response.status === 404) { location.href = '/results?deleted=1'; return; }
      error.textContent = problemText(response, t('common.error'));
    } })));
  return el('details', { class: 'card' }, el('summary', { text: t('results.edit') }), form);
}

async function details(id) {
  const response = await api('GET', `/api/v1/results/${encodeURIComponent(id)}/report`);
  if (response.status === 401) { location.href = '/'; return; }
  const back = el('a', { class: 'button', href: '/results', text: t('results.back') });
  if (!response.ok) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('results.notFound') }), el('p', {}, back)));
    return;
  }
  const game = response.data;
  document.title = `${plain(game.title)} · ${t('results.title')}`;
  const custom = game.standings.some((s) => s.customField != null);
  const customLabel = game.customField ?? t('results.customField');
  const buckets = scoreBuckets(game.standings);
  const byIndex = new Map(game.questions.map((q) => [q.index, q]));
  show(screen, el('section', { class: 'stack', id: 'result-details', dataset: { game: game.id } },
    el('div', { class: 'card stack' },
      el('h1', { id: 'result-title', html: game.title }),
      el('p', { class: 'hint', text: `${t('results.summary', { date: when(game.timestamp), players: game.playerCount })} · ${t('results.average', { score: game.averageScore })}` }),
      downloads(game.id),
      el('p', {}, el('a', { href: `/results?game=${game.id}&view=grading`, id: 'grading-link', text: t('results.grading') })),
      el('p', { id: 'event-of-game', hidden: true }),
      el('h2', { text: t('results.standings') }),
      table('standings', t('results.standings'),
        [[t('results.rank')], t('results.player'), ...(custom ? [customLabel] : []), [t('results.score')], [t('results.rightAnswers')]],
        game.standings.map((s) => el('tr', { dataset: { nickname: s.nickname, score: s.score, rank: s.rank } },
          el('td', { class: 'number', text: t('common.place', { rank: s.rank }) }),
          el('td', {}, el('a', { href: `/results?game=${game.id}&player=${s.playerId}`, text: s.nickname })),
          custom ? el('td', { text: s.customField ?? '' }) : null,
          el('td', { class: 'number', text: String(s.score) }),
          el('td', { class: 'number', text: `${s.rightAnswers} / ${s.answered}` })))),
      buckets.length ? [el('h2', { text: t('results.scoreChart') }),
        barChart('score-chart', t('results.scoreChartLabel', { summary: summary(buckets) }), buckets)] : null,
      game.hardest.length ? [el('h2', { text: t('results.hardest') }),
        el('ol', { id: 'hardest' }, game.hardest.slice(0, 5).map((index) => el('li', { dataset: { question: index } },
          el('a', { href: `#question-${index}`, text: t('results.hardestItem', { n: index + 1, percent: byIndex.get(index).rightPercent }) }))))] : null,
      el('p', {}, back)),
    editForm(game),
    el('h2', { text: t('results.questions') }),
    el('ol', { class: 'stats-list', id: 'question-stats' },
      game.questions.map((q) => { const item = questionStats(q, game); item.id = `question-${q.index}`; return item; }))));
  // A game started from a scheduled event links back to it (docs/events.md).
  const event = await api('GET', `/api/v1/events/by-game/${encodeURIComponent(game.id)}`);
  if (event.ok && $('#event-of-game')) {
    $('#event-of-game').replaceChildren(t('results.fromEvent'), ' ',
      el('a', { href: `/events?event=${event.data.eventId}`, html: event.data.title }));
    $('#event-of-game').hidden = false;
  }
}

async function player(id, playerId) {
  const response = await api('GET', `/api/v1/results/${encodeURIComponent(id)}/players/${encodeURIComponent(playerId)}`);
  if (response.status === 401) { location.href = '/'; return; }
  const back = el('a', { class: 'button', href: `/results?game=${encodeURIComponent(id)}`, text: t('results.backToGame') });
  if (!response.ok) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('results.notFound') }), el('p', {}, back)));
    return;
  }
  const p = response.data;
  show(screen, el('section', { class: 'card stack', id: 'player-report' },
    el('h1', { text: t('results.playerTitle', { name: p.nickname }) }),
    el('p', { class: 'hint', text: `${t('common.place', { rank: p.rank })} · ${t('common.points', { n: p.score })}${p.customField ? ` · ${p.customField}` : ''}` }),
    table('player-answers', t('results.playerTitle', { name: p.nickname }),
      [t('results.questions'), t('results.answer'), t('results.right'), [t('results.time')], [t('results.points')]],
      p.answers.map((a) => el('tr', { dataset: { question: a.index } },
        el('td', { html: a.question }),
        el('td', { text: a.answer ?? t('results.notAnswered') }),
        el('td', { text: a.right == null ? '' : t(a.right ? 'results.yes' : 'results.no') }),
        el('td', { class: 'number', text: a.timeTakenMs == null ? '' : seconds(a.timeTakenMs) }),
        el('td', { class: 'number', text: String(a.points) })))),
    el('p', {}, back)));
}

async function grading(id) {
  const response = await api('GET', `/api/v1/results/${encodeURIComponent(id)}/grading`);
  if (response.status === 401) { location.href = '/'; return; }
  const back = el('a', { class: 'button', href: `/results?game=${encodeURIComponent(id)}`, text: t('results.backToGame') });
  if (!response.ok) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('results.notFound') }), el('p', {}, back)));
    return;
  }
  const view = response.data;
  const mark = (right) => (right == null ? '–' : right ? '✓' : '✗');
  show(screen, el('section', { class: 'card stack', id: 'grading' },
    el('h1', { text: `${t('results.grading')} · ${plain(view.title)}` }),
    el('p', { class: 'hint', text: t('results.gradingHint') }),
    table('grading-table', t('results.grading'),
      [t('results.player'), ...(view.customField ? [view.customField] : []),
        ...view.questions.map((q) => [`${q.index + 1}`]), [t('results.rightAnswers')]],
      view.players.map((p) => el('tr', { dataset: { nickname: p.nickname } },
        el('td', { text: p.nickname }),
        view.customField ? el('td', { text: p.customField ?? '' }) : null,
        p.right.map((right, i) => el('td', { class: 'number', title: view.questions[i].question,
          'aria-label': `${view.questions[i].question}: ${right == null ? t('results.notAnswered') : t(right ? 'results.yes' : 'results.no')}`, text: mark(right) })),
        el('td', { class: 'number', text: `${p.rightCount} / ${view.questions.length}` })))),
    el('p', {}, back)));
}

applyTexts();
if (gameId && params.get('player')) player(gameId, params.get('player'));
else if (gameId && params.get('view') === 'grading') grading(gameId);
else if (gameId) details(gameId);
else list();
