// Past games: the list of my finished games (GET /api/v1/results) and one game's standings and per-question
// statistics (GET /api/v1/results/{gameId}), computed here from the recorded answers (docs/live-protocol.md, 18).
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api } from './api.js';
import { el, $, show, plain } from './dom.js';

const screen = $('#screen');
const gameId = new URLSearchParams(location.search).get('game');
const dateFormat = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });

function when(timestamp) {
  return dateFormat.format(new Date(timestamp));
}

function table(id, caption, headers, rows) {
  return el('div', { class: 'table-wrap' },
    el('table', { id },
      el('caption', { class: 'visually-hidden', text: caption }),
      // A header given as [text] heads a column of numbers (aligned right, like its cells).
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', class: Array.isArray(h) ? 'number' : null, text: String(h) })))),
      el('tbody', {}, rows)));
}

async function list() {
  const response = await api('GET', '/api/v1/results');
  if (response.status === 401) { location.href = '/'; return; }
  const games = response.ok ? response.data : [];
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: t('results.title') }),
    games.length === 0 ? el('p', { text: t('results.none') })
      : table('games', t('results.title'), [t('results.quiz'), t('results.played'), [t('results.players')]],
        games.map((game) => el('tr', { dataset: { game: game.id } },
          el('td', {}, el('a', { href: `/results?game=${game.id}`,
            'aria-label': t('results.detailsLabel', { title: plain(game.title), date: when(game.timestamp) }), html: game.title })),
          el('td', { text: when(game.timestamp) }),
          el('td', { class: 'number', text: String(game.playerCount) }))))));
}

// Competition ranks, as in the game: equal scores share a rank ("1, 2, 2, 4").
function standings(scores) {
  const sorted = Object.entries(scores).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return sorted.map(([nickname, score]) => ({ nickname, score, rank: 1 + sorted.filter(([, other]) => other > score).length }));
}

// Answers of option kinds are the options' rich text; RANGE and TEXT answers are what players typed (plain text).
function answerText(question, answer) {
  return question.type === 'RANGE' || question.type === 'TEXT' ? answer : plain(answer);
}

function questionStats(question, index, answers, players) {
  const mine = answers.filter((a) => a.question === index);
  const scored = question.type !== 'VOTING' && question.type !== 'SLIDE';
  const right = mine.filter((a) => a.right).length;
  const seconds = mine.length ? mine.reduce((sum, a) => sum + a.timeTakenMs, 0) / mine.length / 1000 : 0;
  const counts = new Map();
  for (const a of mine) {
    const text = answerText(question, a.answer);
    const entry = counts.get(text) ?? { count: 0, right: a.right };
    entry.count += 1;
    counts.set(text, entry);
  }
  const facts = [t('results.answeredStat', { answered: mine.length, players })];
  if (scored && mine.length) facts.push(t('results.rightStat', { right, percent: Math.round((100 * right) / mine.length) }));
  if (mine.length) facts.push(t('results.timeStat', { s: seconds.toFixed(1) }));
  const distribution = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  return el('li', { class: 'card stack question-stats', dataset: { question: index, answered: mine.length, right } },
    el('p', { class: 'hint', text: `${t('results.questionN', { n: index + 1 })} · ${t(`kind.${question.type}`)}` }),
    el('h3', { class: 'question-text', html: question.question }),
    el('p', { class: 'stat', text: facts.join(' · ') }),
    question.type === 'SLIDE' ? null : mine.length === 0 ? el('p', { class: 'hint', text: t('results.noAnswers') })
      : table(`answers-${index}`, t('results.answer'), [t('results.answer'), [t('results.count')], ...(scored ? [t('results.right')] : [])],
        distribution.map(([text, entry]) => el('tr', { class: scored && entry.right ? 'correct' : '' },
          el('td', { text }),
          el('td', { class: 'number', text: String(entry.count) }),
          scored ? el('td', { text: t(entry.right ? 'results.yes' : 'results.no') }) : null))),
    mine.length === 0 ? null : el('details', {},
      el('summary', { text: t('results.everyAnswer') }),
      table(`every-${index}`, t('results.everyAnswer'),
        [t('results.player'), t('results.answer'), ...(scored ? [t('results.right')] : []), [t('results.time')], [t('results.points')]],
        mine.map((a) => el('tr', {},
          el('td', { text: a.username }),
          el('td', { text: answerText(question, a.answer) }),
          scored ? el('td', { text: t(a.right ? 'results.yes' : 'results.no') }) : null,
          el('td', { class: 'number', text: t('common.seconds', { n: (a.timeTakenMs / 1000).toFixed(1) }) }),
          el('td', { class: 'number', text: String(a.score) }))))));
}

async function details(id) {
  const response = await api('GET', `/api/v1/results/${encodeURIComponent(id)}`);
  if (response.status === 401) { location.href = '/'; return; }
  const back = el('a', { class: 'button', href: '/results', text: t('results.back') });
  if (!response.ok) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('results.notFound') }), el('p', {}, back)));
    return;
  }
  const game = response.data;
  document.title = `${plain(game.title)} · ${t('results.title')}`;
  const custom = game.customFieldData ?? null;
  show(screen, el('section', { class: 'stack', id: 'result-details', dataset: { game: game.id } },
    el('div', { class: 'card stack' },
      el('h1', { html: game.title }),
      el('p', { class: 'hint', text: t('results.summary', { date: when(game.timestamp), players: game.playerCount }) }),
      el('h2', { text: t('results.standings') }),
      table('standings', t('results.standings'),
        [[t('results.rank')], t('results.player'), [t('results.score')], ...(custom ? [t('results.customField')] : [])],
        standings(game.playerScores ?? {}).map((s) => el('tr', { dataset: { nickname: s.nickname, score: s.score, rank: s.rank } },
          el('td', { class: 'number', text: t('common.place', { rank: s.rank }) }),
          el('td', { text: s.nickname }),
          el('td', { class: 'number', text: String(s.score) }),
          custom ? el('td', { text: custom[s.nickname] ?? '' }) : null))),
      el('p', {}, back)),
    el('h2', { text: t('results.questions') }),
    el('ol', { class: 'stats-list', id: 'question-stats' },
      game.questions.map((q, i) => questionStats(q, i, game.answers ?? [], game.playerCount)))));
}

applyTexts();
if (gameId) details(gameId);
else list();
