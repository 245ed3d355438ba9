// The host's screen, made for a projector (1280×720 and 1920×1080, read from the back of the room): lobby with the
// big PIN, questions with a get-ready phase, a circular countdown and shape+colour+letter tiles, results in the
// tiles' colours, leaderboard and a podium revealed third to first. One big button for the next step; pause, skip
// and a confirmed "End game" apart from it; keyboard shortcuts Space/→, P and F.
import { t, applyTexts, errorText } from './messages.js';
import { api } from './api.js';
import { el, $, show, plain, optionMark, framedPicture, fitText, ring } from './dom.js';
import { connect } from './live.js';
import { hotSeatPanel, hotSeatQuestionLabel, removedOptions } from './hotseat.js';
import { sounds, bindSoundButton } from './sound.js';

const gameId = location.pathname.split('/').filter(Boolean)[1];
const screen = $('#screen');
const status = $('#status');
const game = {
  pin: '', title: '', players: new Map(), teams: null, locked: false, count: 0, current: -1, question: null, closed: null,
  // The index this screen asked to skip; skipping sends nothing, so a sync afterwards shows where the game is.
  skipping: null,
  // The open question's clock as the server last said: { opensAt, deadline, serverTime, paused, remainingMs }.
  clock: null,
  // The button that stands for "the next step" on the current screen (Space and → press it).
  main: null,
  // A hot-seat round's HotSeatStatus (docs/live-protocol.md, "Hot seat"); null in other games.
  hotSeat: null,
};
let live = null;
let timer = null;

function stopCountdown() {
  if (timer) clearInterval(timer);
  timer = null;
}

function joinUrl() {
  return `${location.origin}/play?pin=${game.pin}`;
}

function action(name, body) {
  status.textContent = '';
  live.send(`host/${name}`, body);
}

function lastQuestion() {
  if (game.hotSeat) return game.hotSeat.outcome !== 'playing' && game.hotSeat.outcome !== 'choosing';
  return game.current + 1 >= game.count;
}

// In a hot seat the host may seat a player until the first level's question opens.
function chooseContestant() {
  const players = [...game.players.values()];
  if (!game.hotSeat || game.hotSeat.level > 0 || game.hotSeat.outcome !== 'choosing' && game.current >= 0 || !players.length) return null;
  const select = el('select', { id: 'contestant-choice', 'aria-label': t('hotseat.choose') },
    players.map((p) => el('option', { value: p.id, text: p.nickname })));
  return el('div', { class: 'controls', id: 'choose-contestant' }, select,
    el('button', { type: 'button', id: 'seat', onclick: () => {
      status.textContent = '';
      live.send('hotseat/contestant', { playerId: select.value });
    }, text: t('hotseat.seat') }));
}

function hotSeatAside(question = null) {
  return game.hotSeat ? hotSeatPanel(game.hotSeat, question, chooseContestant(), question !== null) : null;
}

// A lifeline used or a contestant chosen: the panel changes in place, the countdown goes on.
function onHotSeat(status) {
  game.hotSeat = status;
  if ($('#lobby')) return lobbyScreen();
  const panel = $('#hot-seat');
  if (panel) panel.replaceWith(hotSeatAside($('#question') ? game.question : null));
  if ($('#question')) markRemoved();
  return undefined;
}

function markRemoved() {
  const removed = game.hotSeat ? removedOptions(game.hotSeat, game.question) : new Set();
  for (const tile of screen.querySelectorAll('#question .tile')) {
    if (removed.has(Number(tile.dataset.option))) tile.classList.add('removed');
  }
}

function mainButton(id, text, onclick) {
  const button = el('button', { type: 'button', class: 'primary big main-action', id, onclick, text });
  game.main = button;
  return button;
}

// --- the header's tools: sound, fullscreen, End game (apart from the main action, and confirmed) --------------

function tools() {
  const fullscreen = el('button', { type: 'button', id: 'fullscreen', class: 'tool', 'aria-pressed': 'false',
    onclick: toggleFullscreen, text: t('host.fullscreen') });
  document.addEventListener('fullscreenchange', () => {
    fullscreen.setAttribute('aria-pressed', document.fullscreenElement ? 'true' : 'false');
  });
  const mute = el('button', { type: 'button', id: 'sound', class: 'tool' });
  bindSoundButton(mute, t('sound.label'), () => {
    if (!sounds.enabled()) sounds.stopMusic();
    else if ($('#lobby')) sounds.music();
  });
  const end = el('button', { type: 'button', id: 'end-game', class: 'tool danger', onclick: confirmEnd, text: t('host.end') });
  $('#tools').replaceChildren(mute, fullscreen, end);
  $('#shortcuts').textContent = t('host.shortcuts');
}

function toggleFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen();
  else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(() => {});
}

function confirmEnd() {
  const dialog = $('#end-dialog');
  dialog.returnValue = '';
  dialog.showModal();
  $('#cancel-end').focus();
}

$('#end-dialog').addEventListener('close', () => {
  if ($('#end-dialog').returnValue === 'end') action('end');
});

document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey || $('#end-dialog').open) return;
  const typing = e.target.closest?.('input, textarea, select');
  if (typing) return;
  if (e.key === 'ArrowRight' || (e.key === ' ' && !e.target.closest?.('button, a, summary'))) {
    if (game.main && game.main.isConnected && !game.main.disabled) {
      e.preventDefault();
      game.main.click();
    }
  } else if (e.key === 'p' || e.key === 'P') {
    const pause = $('#pause');
    if (pause) pause.click();
  } else if (e.key === 'f' || e.key === 'F') {
    toggleFullscreen();
  }
});

// --- screens -------------------------------------------------------------------------------------------------

function lobbyScreen() {
  stopCountdown();
  sounds.music();
  const list = el('ul', { class: 'players', id: 'players', 'aria-live': 'polite' },
    [...game.players.values()].map((p) => el('li', { dataset: { player: p.id } },
      el('span', { class: 'name', text: p.nickname }),
      p.customField ? el('span', { class: 'hint', text: `(${p.customField})` }) : null,
      p.controller ? el('span', { class: 'badge', text: t('host.controllerTag') }) : null,
      // The host may move a player to another team (a friend group that should be split, a team left alone).
      game.teams && typeof p.team === 'number' ? el('select', { class: 'team-tag', 'aria-label': t('host.team', { name: p.nickname }),
        onchange: (e) => action('team', { playerId: p.id, team: Number(e.target.value) }) },
        game.teams.map((name, i) => el('option', { value: String(i), selected: i === p.team, text: name }))) : null,
      // Extra time on every question for a player who needs it (30 s; pressed again takes it back).
      el('button', { type: 'button', class: 'icon extra-time', 'aria-pressed': p.extraTimeMs ? 'true' : 'false',
        'aria-label': t('host.extraTime', { name: p.nickname }),
        onclick: () => {
          p.extraTimeMs = p.extraTimeMs ? null : 30000;
          action('extra', { playerId: p.id, seconds: p.extraTimeMs ? 30 : 0 });
          lobbyScreen();
          $(`[data-player="${p.id}"] .extra-time`)?.focus();
        } }, '⏱'),
      el('button', { type: 'button', class: 'icon danger', 'aria-label': t('host.kick', { name: p.nickname }),
        onclick: () => action('kick', { playerId: p.id }) }, '✕'))));
  show(screen, el('section', { class: 'stack', id: 'lobby' },
    el('h1', { class: 'center lobby-title', html: game.title }),
    el('div', { class: 'card join-box' },
      el('div', { class: 'stack center' },
        el('p', { class: 'join-label', text: t('host.joinAt') }),
        el('p', { class: 'join-url', id: 'join-url', text: joinUrl() }),
        el('p', { class: 'hint', text: t('host.pin') }),
        el('p', { class: 'big-pin', id: 'pin', text: game.pin.replace(/^(\d{3})(\d{3})$/, '$1 $2') })),
      // Drawn by the server from the same address (docs/live-protocol.md, "QR code").
      el('img', { class: 'qr', id: 'qr', src: `/api/v1/games/${gameId}/qr`, alt: t('host.qr', { url: joinUrl() }) })),
    el('div', { class: 'card stack' },
      el('h2', { id: 'player-count', text: t('host.playersJoined', { n: game.players.size }) }),
      game.players.size ? list : el('p', { class: 'hint', text: t('host.waiting') }),
      game.locked ? el('p', { class: 'error', text: t('host.lockedNote') }) : null,
      el('div', { class: 'controls' },
        el('button', { type: 'button', id: 'lock', onclick: () => action(game.locked ? 'unlock' : 'lock'), text: t(game.locked ? 'host.unlock' : 'host.lock') }),
        mainButton('start', t('host.start'), () => action('start')))),
    hotSeatAside()));
}

function tiles(question) {
  if (!question.choices.length) {
    return question.bounds ? el('p', { class: 'center range-bounds', text: `${question.bounds.min} – ${question.bounds.max}` }) : null;
  }
  return el('ul', { class: 'tiles', id: 'tiles', role: 'list' }, question.choices.map((c, i) =>
    el('li', { class: `tile shape-${i % 4}`, dataset: { option: String(c.id) } }, optionMark(i), c.image ? framedPicture(c.image, 'tile-picture') : null,
      el('span', { class: 'choice-text', html: c.answer }))));
}

// The clock of the open question as the server last described it, turned into this browser's performance.now().
function localClock(clock) {
  const now = performance.now();
  return {
    opensAt: now + Math.max(0, clock.opensAt - clock.serverTime),
    deadline: now + Math.max(0, clock.deadline - clock.serverTime),
    paused: Boolean(clock.paused),
    remainingMs: clock.remainingMs,
  };
}

function questionScreen(question, answered = 0) {
  game.question = question;
  game.current = question.index;
  game.closed = null;
  game.skipping = null;
  stopCountdown();
  sounds.stopMusic();
  game.clock = localClock(question);
  const limit = question.time * 1000;
  // A game without a time limit has no countdown: the question waits for everyone, or for the host to close it.
  const untimed = question.timeLimit === 'none';
  const countdown = ring(untimed ? t('host.noTimeLimit') : t('common.timeLeft'));
  const phase = el('p', { class: 'phase', id: 'phase', 'aria-live': 'polite' });
  const text = el('h1', { class: 'question-text', html: question.question });
  const box = el('div', { class: 'question-box' }, text);
  const tileList = tiles(question);
  const pause = el('button', { type: 'button', id: 'pause', class: 'big-secondary', onclick: () => action(game.clock.paused ? 'resume' : 'pause') });
  const banner = el('p', { class: 'paused-banner', id: 'paused', hidden: true, text: t('host.pausedBanner') });
  // Remote controllers have four buttons: they answer ABCD and VOTING questions of up to four options only.
  const buttonless = question.type !== 'SLIDE'
    && (!['ABCD', 'VOTING'].includes(question.type) || (question.choices?.length ?? 0) > 4);
  const stuck = buttonless ? [...game.players.values()].filter((p) => p.controller).map((p) => p.nickname) : [];
  const controllerNote = stuck.length
    ? el('p', { class: 'hint center', id: 'controller-note', text: t('host.notOnController', { names: stuck.join(', ') }) })
    : null;
  let lastSecond = null;
  let opened = false;
  const tick = () => {
    const c = game.clock;
    const now = performance.now();
    pause.textContent = c.paused ? t('host.resume') : t('host.pause');
    pause.setAttribute('aria-pressed', c.paused ? 'true' : 'false');
    banner.hidden = !c.paused;
    screen.querySelector('#question')?.classList.toggle('is-paused', c.paused);
    if (c.paused) {
      if (untimed) countdown.set(1, '∞');
      else countdown.set(c.remainingMs / limit, String(Math.ceil(c.remainingMs / 1000)));
      return;
    }
    if (now < c.opensAt) {
      const left = c.opensAt - now;
      countdown.set(1, String(Math.ceil(left / 1000)));
      phase.textContent = t('host.getReady');
      if (tileList) tileList.hidden = true;
      return;
    }
    if (!opened) {
      opened = true;
      phase.textContent = question.type === 'SLIDE' ? '' : t('host.answersOpen');
      if (tileList) tileList.hidden = false;
      sounds.open();
    }
    if (untimed) {
      countdown.set(1, '∞');
      return;
    }
    const left = Math.max(0, c.deadline - now);
    const seconds = Math.ceil(left / 1000);
    countdown.set(left / limit, String(seconds));
    if (seconds !== lastSecond && seconds <= 5 && seconds > 0) sounds.tick();
    lastSecond = seconds;
  };
  show(screen, el('section', { class: 'stage', id: 'question', dataset: { index: question.index } },
    el('p', { class: 'hint stage-head', text: `${game.hotSeat ? hotSeatQuestionLabel(game.hotSeat) : t('common.questionOf', { n: question.index + 1, count: question.count })} · ${t(`kind.${question.type}`)}` }),
    box,
    el('div', { class: 'stage-middle' },
      el('div', { class: 'stage-side' }, countdown.node, phase),
      question.image ? framedPicture(question.image, 'stage-picture') : el('div', { class: 'stage-picture empty' }),
      el('div', { class: 'stage-side' },
        question.type === 'SLIDE' ? null
          : el('p', { class: 'answer-count', id: 'answer-count', 'aria-live': 'polite', text: t('host.answered', { answered, players: game.players.size }) }))),
    banner,
    controllerNote,
    tileList,
    hotSeatAside(question),
    el('div', { class: 'controls stage-controls' },
      pause,
      mainButton('close', t('host.close'), () => action('close')))));
  markRemoved();
  fitText(text, 3.6, 1.4);
  tick();
  timer = setInterval(tick, 200);
}

function onClock(clock) {
  if (!game.question || game.question.index !== clock.question || !$('#question')) return;
  game.clock = localClock(clock);
}

function nextControls() {
  return el('div', { class: 'controls' },
    el('button', { type: 'button', id: 'show-leaderboard', onclick: () => action('leaderboard'), text: t('host.showLeaderboard') }),
    lastQuestion() || game.hotSeat ? null : el('button', { type: 'button', id: 'skip', onclick: skip, text: t('host.skip') }),
    lastQuestion()
      ? mainButton('end', t('host.finish'), () => action('end'))
      : mainButton('next', t('host.next'), () => action('next')));
}

function skip() {
  game.skipping = game.current + 1;
  action('skip');
  live.send('sync');
}

function skippedScreen(index) {
  stopCountdown();
  game.current = index;
  show(screen, el('section', { class: 'stack', id: 'skipped', dataset: { index } },
    el('h1', { class: 'center', text: t('host.skipped', { n: index + 1, count: game.count }) }),
    nextControls()));
}

// A closed question after a reload: the question and its tallies come again over REST.
async function closedAfterReload(index, players) {
  const response = await api('GET', `/api/v1/games/${gameId}/questions/${index}/results`);
  if (game.current !== index || (game.closed && game.closed.index === index)) return;
  if (!response.ok) {
    return resultsScreen({ index, type: 'SLIDE', answered: 0, players, solution: { rightIds: [], accepted: [] } });
  }
  game.question = response.data.question;
  resultsScreen(response.data.results);
}

// One bar per option, in the option's tile colour with its shape and letter; right answers marked with a tick and
// the words "Correct answer", never by colour alone.
function talliesView(closed, question) {
  const tallies = closed.tallies;
  if (!tallies) return el('p', { class: 'hint center', text: t('host.hidden') });
  const total = Math.max(1, closed.answered);
  const bar = (label, count, correct, i) => el('li', { class: `${correct ? 'correct' : ''} ${i === undefined ? 'plain' : `shape-${i % 4}`}` },
    el('span', { class: 'row' }, i === undefined ? null : optionMark(i), el('span', { class: 'bar-label', html: label }),
      correct ? el('span', { class: 'correct-label' }, el('span', { 'aria-hidden': 'true' }, '✓ '), t('common.correctMark')) : null),
    el('progress', { max: String(total), value: String(count), 'aria-label': plain(label) }),
    el('span', { class: 'count', text: String(count) }));
  switch (closed.type) {
    case 'ABCD': case 'CHECK': case 'VOTING':
      return el('ul', { class: 'bars', id: 'tallies' }, question.choices.map((c, i) =>
        bar(c.answer, tallies[String(c.id)] ?? 0, closed.solution.rightIds.includes(c.id), i)));
    case 'ORDER':
      return el('div', { class: 'stack' },
        el('ol', { class: 'order-solution' }, closed.solution.rightIds.map((id) => el('li', { html: question.choices.find((c) => c.id === id)?.answer ?? '' }))),
        el('p', { class: 'center', text: t('host.rightWrong', { right: tallies.right ?? 0, wrong: tallies.wrong ?? 0 }) }));
    case 'RANGE': {
      const { minCorrect, maxCorrect } = closed.solution;
      return el('div', { class: 'stack' },
        el('p', { class: 'center correct-label', text: t('host.range', { min: minCorrect, max: maxCorrect }) }),
        el('ul', { class: 'bars', id: 'tallies' }, Object.entries(tallies).sort((a, b) => Number(a[0]) - Number(b[0]))
          .map(([value, count]) => bar(value, count, Number(value) >= minCorrect && Number(value) <= maxCorrect))));
    }
    case 'TEXT':
      return el('div', { class: 'stack' },
        el('p', { class: 'center correct-label', text: t('host.accepted', { answers: closed.solution.accepted.map(plain).join(', ') }) }),
        el('ul', { class: 'bars', id: 'tallies' }, Object.entries(tallies).sort((a, b) => b[1] - a[1]).map(([value, count]) => {
          const right = closed.solution.accepted.some((a) => plain(a).toLowerCase() === value.toLowerCase());
          const label = el('span', { text: value }).innerHTML;
          return bar(label, count, right);
        })));
    default:
      return null;
  }
}

function resultsScreen(closed) {
  stopCountdown();
  if (!game.closed || game.closed.index !== closed.index) sounds.reveal();
  game.closed = closed;
  game.current = closed.index;
  const question = game.question && game.question.index === closed.index ? game.question : null;
  show(screen, el('section', { class: 'stack', id: 'results', dataset: { index: closed.index } },
    el('p', { class: 'hint center', text: t('host.results') }),
    question ? el('h1', { class: 'question-text small center', html: question.question }) : el('h1', { class: 'center', text: t('host.closedAfterReload') }),
    question && closed.type !== 'SLIDE' ? talliesView(closed, question) : null,
    closed.type === 'SLIDE' ? null : el('p', { class: 'center', text: t('host.answered', { answered: closed.answered, players: closed.players }) }),
    closed.fastest ? el('p', { class: 'center', text: t('host.fastest', { name: closed.fastest.nickname, s: (closed.fastest.elapsedMs / 1000).toFixed(1) }) }) : null,
    closed.teams ? teamBoard(closed.teams, 'team-standings') : null,
    hotSeatAside(),
    nextControls()));
}

// Teams best first with their mean score; with players, each member's score (their contribution).
function teamBoard(teams, id) {
  return el('ol', { class: 'board card big-board', id }, teams.map((team) => el('li', { dataset: { team: team.name, score: team.score } },
    el('span', { class: 'place', text: t('common.place', { rank: team.rank }) }),
    el('span', { class: 'name' }, team.name,
      team.players ? el('span', { class: 'members', text: team.players.map((p) => t('host.member', { name: p.nickname, n: p.score })).join(' · ') }) : null),
    el('span', { class: 'points', text: String(team.score) }))));
}

function leaderboardScreen(board) {
  stopCountdown();
  show(screen, el('section', { class: 'stack', id: 'leaderboard' },
    el('h1', { class: 'center', text: t('play.leaderboard') }),
    board.teams ? el('h2', { class: 'center', text: t('host.teamBoard') }) : null,
    board.teams ? teamBoard(board.teams, 'team-board') : null,
    el('ol', { class: 'board card big-board' }, board.top.map((e) => el('li', {},
      el('span', { class: 'place', text: t('common.place', { rank: e.rank }) }),
      el('span', { class: 'name', text: e.nickname }),
      el('span', { class: 'points', text: String(e.score) })))),
    nextControls()));
}

// The podium appears third, second, first (CSS animation delays; none with prefers-reduced-motion).
function podiumScreen(top, teams = null) {
  stopCountdown();
  sounds.fanfare();
  const cls = ['first', 'second', 'third'];
  // A team game's podium is by team (each team's mean score).
  const podium = teams ? teams.slice(0, 3).map((team) => ({ rank: team.rank, score: team.score, nickname: team.name })) : top.slice(0, 3);
  game.main = null;
  show(screen, el('section', { class: 'stack', id: 'podium' },
    el('h1', { class: 'center', text: t('host.podium') }),
    el('ol', { class: 'podium' }, podium.map((e, i) => el('li', { class: `${cls[i]} reveal`, dataset: { rank: e.rank, score: e.score } },
      el('span', { class: `medal medal-${Math.min(e.rank, 3)}`, 'aria-hidden': 'true', text: '★' }),
      el('span', { class: 'place', text: t('common.place', { rank: e.rank }) }),
      el('span', { class: 'name', text: e.nickname }),
      el('span', { class: 'points', text: t('common.points', { n: e.score }) })))),
    teams ? teamBoard(teams, 'team-standings') : null,
    el('h2', { class: 'center', text: t('host.finalTop') }),
    el('ol', { class: 'board card', id: 'standings' }, top.map((e) => el('li', { dataset: { rank: e.rank, score: e.score, nickname: e.nickname } },
      el('span', { class: 'place', text: t('common.place', { rank: e.rank }) }),
      el('span', { class: 'name', text: e.nickname }),
      el('span', { class: 'points', text: String(e.score) })))),
    el('div', { class: 'controls' },
      el('a', { class: 'button', href: '/', text: t('host.backHome') }),
      el('a', { class: 'button primary', id: 'report', href: `/results?game=${gameId}`, text: t('host.report') }))));
  const end = $('#end-game');
  if (end) end.hidden = true;
}

// After a reload of a finished game the podium comes from the stored result.
async function finishedFromResult() {
  const response = await api('GET', `/api/v1/results/${gameId}`);
  if (!response.ok) return podiumScreen([]);
  const scores = Object.entries(response.data.playerScores ?? {}).sort((a, b) => b[1] - a[1]);
  const top = scores.map(([nickname, score]) => ({
    nickname, score, rank: 1 + scores.filter(([, other]) => other > score).length,
  }));
  podiumScreen(top);
}

// --- messages ------------------------------------------------------------------------------------------------

function handle(kind, body) {
  switch (kind) {
    case 'state':
      game.count = body.questionCount;
      game.current = body.currentQuestion;
      game.locked = body.locked;
      game.hotSeat = body.hotSeat ?? null;
      if (body.status === 'LOBBY') return lobbyScreen();
      if (body.status === 'QUESTION_OPEN') return questionScreen(body.question);
      if (body.status === 'QUESTION_CLOSED') {
        if (game.skipping === body.currentQuestion) return skippedScreen(body.currentQuestion);
        if (game.closed?.index === body.currentQuestion) return resultsScreen(game.closed);
        return closedAfterReload(body.currentQuestion, body.players);
      }
      return finishedFromResult();
    case 'question': return questionScreen(body);
    case 'clock': return onClock(body);
    case 'hotseat': return onHotSeat(body);
    case 'results':
      if (body.hotSeat) game.hotSeat = body.hotSeat;
      // A question with hidden results sends the tallies to the host separately; keep those.
      if (!body.tallies && game.closed?.index === body.index && game.closed.tallies) return;
      return resultsScreen(body);
    case 'leaderboard': return leaderboardScreen(body);
    case 'ended': return podiumScreen(body.top, body.teams ?? null);
    case 'lobby': game.locked = body.locked; if ($('#lobby')) lobbyScreen(); return;
    case 'host':
      if (body.joined) {
        for (const p of body.joined) game.players.set(p.id, p);
        if ($('#lobby')) { lobbyScreen(); sounds.join(); }
      } else if (body.playerId && typeof body.team === 'number') {
        const moved = game.players.get(body.playerId);
        if (moved) moved.team = body.team;
        const focused = document.activeElement?.closest?.('[data-player]')?.dataset.player;
        if ($('#lobby')) lobbyScreen();
        if (focused) $(`[data-player="${focused}"] .team-tag`)?.focus();
      } else if (body.playerId) {
        game.players.delete(body.playerId);
        if ($('#lobby')) lobbyScreen();
      } else if (body.solution) {
        return resultsScreen(body);
      } else if (typeof body.answered === 'number') {
        const count = $('#answer-count');
        if (count && game.question?.index === body.question) count.textContent = t('host.answered', { answered: body.answered, players: body.players });
      }
      return;
    case 'errors': status.textContent = errorText(body.code, body.message); return;
    default: return;
  }
}

async function main() {
  applyTexts();
  tools();
  const view = await api('GET', `/api/v1/games/${gameId}`);
  if (view.status === 401) { location.href = '/'; return; }
  if (!view.ok) { show(screen, el('section', { class: 'card' }, el('h1', { text: view.data?.detail ?? t('common.error') }))); return; }
  game.pin = view.data.pin;
  game.title = view.data.title;
  game.count = view.data.questionCount;
  game.locked = view.data.locked;
  game.teams = view.data.teams ?? null;
  for (const p of view.data.players) game.players.set(p.id, p);
  $('#game-title').innerHTML = view.data.title;
  $('#header-pin').textContent = `${t('host.pin')}: ${game.pin}`;
  document.title = `${plain(view.data.title)} · ${t('app.name')}`;
  status.textContent = t('common.connecting');
  live = connect({
    gameId,
    token: null,
    topics: ['question', 'results', 'leaderboard', 'ended', 'lobby', 'clock', 'hotseat'],
    queues: ['host', 'state', 'errors'],
    onMessage: handle,
    onConnect: () => { status.textContent = ''; },
    onDisconnect: () => { status.textContent = t('common.reconnecting'); },
    onFatal: () => { status.textContent = t('common.error'); },
  });
}

main();
