// The player's client: join with PIN and nickname, then follow the game over STOMP.
import { t, applyTexts, errorText } from './messages.js';
import { api } from './api.js';
import { el, $, show, plain, optionMark, picture, timeAnnouncer, LETTERS } from './dom.js';
import { connect } from './live.js';
import { hotSeatPanel, hotSeatQuestionLabel, contestantControls, removedOptions } from './hotseat.js';
import { reportButton } from './alerts.js';
import { sounds, bindSoundButton } from './sound.js';

const STORAGE_KEY = 'quizhall.player';
const screen = $('#screen');
const status = $('#status');
let live = null;
let stopTimer = null;
const state = { question: null, closed: {}, result: null, score: 0, rank: null, players: 0, ended: null, final: null,
  // The question index of an answer sent but neither acknowledged nor refused yet.
  pending: null,
  // performance.now() when the open question's time runs out, by the server's deadline.
  questionEnd: 0,
  // The open question's clock in this browser's performance.now(): { opensAt, deadline, paused, remainingMs }.
  clock: null,
  // The game's display hint: false = phones show only the options' shapes, colours and letters.
  answersOnPhones: true,
  title: '' };

function saved() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY));
  } catch (e) {
    return null;
  }
}

function setScore(score) {
  if (typeof score === 'number') {
    state.score = score;
    $('#score').textContent = String(score);
  }
}

function stopCountdown() {
  if (stopTimer) stopTimer();
  stopTimer = null;
}

// A server clock (QuestionOpened or QuestionClock) in this browser's performance.now(), not its wall clock.
// The player's own deadline includes the extra time the host gave them (GameState.extraTimeMs).
function localClock(clock) {
  const now = performance.now();
  const extra = state.extraMs ?? 0;
  return {
    opensAt: now + Math.max(0, clock.opensAt - clock.serverTime),
    deadline: now + Math.max(0, clock.deadline - clock.serverTime) + extra,
    paused: Boolean(clock.paused),
    remainingMs: (clock.remainingMs ?? 0) + extra,
  };
}

// Screen-reader announcements (question opening, time left) in one polite live region.
function announce(text) {
  $('#announce').textContent = text;
}

function soundToggle() {
  bindSoundButton($('#sound'), t('sound.label'));
}

// A refused request in the page's language (the catalogue's text for the problem's code, else the server's).
function problemText(response, fallback) {
  if (response.status === 0) return t('common.error');
  return errorText(response.data?.code, response.data?.detail, fallback);
}

// --- joining -------------------------------------------------------------------------------------------------

function pinScreen(pin = '', error = '') {
  const input = el('input', {
    id: 'pin', name: 'pin', inputmode: 'numeric', autocomplete: 'off', pattern: '[0-9]{6}', maxlength: '6',
    required: true, value: pin, 'aria-describedby': 'pin-hint pin-error',
  });
  const form = el('form', { class: 'card stack', novalidate: true, onsubmit: async (e) => {
      e.preventDefault();
      const value = input.value.replace(/\s/g, '');
      if (!/^\d{6}$/.test(value)) return pinScreen(value, t('play.unknownPin'));
      await lookUp(value);
    } },
    el('h1', { text: t('play.title') }),
    el('label', { for: 'pin', text: t('play.pin') }),
    input,
    el('p', { id: 'pin-hint', class: 'hint', text: t('play.pinHint') }),
    el('p', { id: 'pin-error', class: 'error', role: 'alert', text: error }),
    el('button', { type: 'submit', class: 'primary big', text: t('play.next') }));
  show(screen, form);
  input.focus();
}

async function lookUp(pin) {
  const response = await api('GET', `/api/v1/games/pin/${encodeURIComponent(pin)}`);
  if (!response.ok) return pinScreen(pin, problemText(response, t('play.unknownPin')));
  if (!response.data.joinable) return pinScreen(pin, t('play.locked'));
  nicknameScreen(response.data);
}

function nicknameScreen(game, error = '', nickname = '', custom = '') {
  const nick = el('input', { id: 'nickname', name: 'nickname', autocomplete: 'nickname', maxlength: '20', required: true,
    value: nickname, 'aria-describedby': 'join-error' });
  const customInput = game.customField
    ? el('input', { id: 'custom', name: 'custom', maxlength: '100', required: true, value: custom })
    : null;
  // Team games where players choose: one radio button per team (docs/live-protocol.md, "Teams").
  const teamChoice = game.teams && game.teamAssignment === 'choose'
    ? el('fieldset', { class: 'stack team-choice', id: 'team-choice' },
      el('legend', { text: t('play.chooseTeam') }),
      game.teams.map((name, i) => el('label', { class: 'inline', for: `team-${i}` },
        el('input', { type: 'radio', name: 'team', id: `team-${i}`, value: String(i), required: true }), name)))
    : null;
  const form = el('form', { class: 'card stack', onsubmit: async (e) => {
      e.preventDefault();
      const body = { nickname: nick.value };
      if (customInput) body.customField = customInput.value;
      if (teamChoice) {
        const chosen = teamChoice.querySelector('input:checked');
        if (chosen) body.team = Number(chosen.value);
      }
      const response = await api('POST', `/api/v1/games/pin/${game.pin}/join`, body);
      if (!response.ok) {
        return nicknameScreen(game, problemText(response, t('common.error')), nick.value, customInput?.value ?? '');
      }
      const me = { gameId: response.data.gameId, token: response.data.token, nickname: response.data.nickname,
        playerId: response.data.playerId,
        pin: game.pin, title: game.title, joined: true,
        team: typeof response.data.team === 'number' && game.teams ? game.teams[response.data.team] : null };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(me));
      start(me);
    } },
    el('h1', { html: game.title }),
    el('p', { class: 'hint', text: `${t('play.pin')}: ${game.pin}` }),
    el('label', { for: 'nickname', text: t('play.nickname') }),
    nick,
    customInput ? el('label', { for: 'custom', text: game.customField }) : null,
    customInput,
    teamChoice,
    el('p', { id: 'join-error', class: 'error', role: 'alert', text: error }),
    el('button', { type: 'submit', class: 'primary big', text: t('play.joinButton') }));
  show(screen, form);
  nick.focus();
}

// --- playing -------------------------------------------------------------------------------------------------

function start(me) {
  state.me = me;
  $('#me').textContent = me.nickname;
  status.textContent = t('common.connecting');
  live = connect({
    gameId: me.gameId,
    token: me.token,
    topics: ['question', 'results', 'leaderboard', 'ended', 'lobby', 'clock', 'hotseat'],
    queues: ['ack', 'result', 'final', 'state', 'errors'],
    onMessage: (kind, body) => handle(me, kind, body),
    onConnect: () => { status.textContent = ''; },
    onDisconnect: () => { status.textContent = t('common.reconnecting'); },
    onFatal: (code) => leave(code === 'kicked' ? t('play.kicked') : t('play.tokenGone')),
  });
}

function leave(message) {
  stopCountdown();
  localStorage.removeItem(STORAGE_KEY);
  if (live) live.close();
  live = null;
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: message }),
    el('a', { class: 'button primary big', href: '/play', text: t('play.leave') })));
}

function handle(me, kind, body) {
  switch (kind) {
    case 'state': return onState(me, body);
    case 'question': return questionScreen(me, body, false);
    case 'clock': return onClock(me, body);
    case 'lobby':
      state.players = body.players;
      if ($('#lobby-players')) $('#lobby-players').textContent = t('play.lobbyPlayers', { n: body.players });
      return;
    // The screen already says "sent"; an ack may even arrive after the result (docs/live-protocol.md, section 7).
    case 'ack':
      if (state.pending === body.question) state.pending = null;
      // A repeat: this player had answered before (another tab, or a send retried); the first answer counts.
      if (body.repeat && state.question?.index === body.question && state.result?.question !== body.question) {
        return sentScreen(t('play.alreadyAnswered'));
      }
      return;
    case 'hotseat': return onHotSeat(me, body);
    case 'results':
      state.closed[body.index] = body;
      if (body.hotSeat) state.hotSeat = body.hotSeat;
      if (body.type === 'SLIDE' && state.question?.index === body.index) waitScreen();
      else if (state.result?.question === body.index) resultScreen(state.result);
      else awaitResult(body.index);
      return;
    case 'result': if (state.pending === body.question) state.pending = null;
      state.previousRank = state.rank;
      state.result = body; state.rank = body.rank; state.players = body.players; setScore(body.score);
      return resultScreen(body);
    case 'leaderboard': return leaderboardScreen(me, body);
    case 'ended': state.ended = body; return finalScreen(me);
    case 'final': state.final = body; setScore(body.score); return finalScreen(me);
    case 'errors':
      if (body.code === 'kicked') return leave(t('play.kicked'));
      if (body.code === 'game_not_found' || body.code === 'not_in_game') return leave(t('play.tokenGone'));
      if (state.pending !== null) return refused(me, body);
      status.textContent = errorText(body.code, body.message);
      return;
    default: return;
  }
}

// The player's own result normally follows the question's results at once. If it does not come (a message lost
// with a dropped connection), ask where the game is, so the screen never stays on "Answer sent".
function awaitResult(index) {
  setTimeout(() => {
    if (live && state.question?.index === index && state.result?.question !== index) live.send('sync');
  }, 3000);
}

function onState(me, game) {
  if (game.nickname) { me.nickname = game.nickname; $('#me').textContent = game.nickname; }
  setScore(game.score);
  state.rank = game.rank ?? state.rank;
  state.players = game.players ?? state.players;
  state.answersOnPhones = game.answersOnPhones !== false;
  state.extraMs = game.extraTimeMs ?? 0;
  if (game.team) me.team = game.team.name;
  state.title = game.title ?? state.title;
  state.hotSeat = game.hotSeat ?? null;
  switch (game.status) {
    case 'LOBBY': return lobbyScreen(me);
    case 'QUESTION_OPEN': {
      // An answer sent before the connection dropped that the server never recorded: ask again.
      const lost = !game.answered && state.pending === game.question.index;
      state.pending = null;
      if (game.answered) { state.question = game.question; return sentScreen(); }
      return questionScreen(me, game.question, false, lost ? t('play.lost') : '');
    }
    case 'QUESTION_CLOSED': return waitScreen();
    case 'FINISHED':
      state.final = { rank: game.rank, score: game.score, players: game.players };
      return finalScreen(me);
    default: return waitScreen();
  }
}

// A hot-seat round changed (a contestant chosen, a lifeline used): the open question shows it at once.
function onHotSeat(me, status) {
  state.hotSeat = status;
  if ($('#question') && state.question && !state.clock?.paused) return questionScreen(me, state.question, false, '', true);
  if ($('#lobby')) return lobbyScreen(me);
  return undefined;
}

// In a hot-seat round: the ladder and, for the contestant, the lifelines; the others play along as the audience.
function hotSeatPart(me, question = null) {
  const seat = state.hotSeat;
  if (!seat) return null;
  const seated = seat.contestant && seat.contestant === me.playerId;
  // The contestant is seated only after the fastest-finger question: any question they see seated is a level's.
  const controls = seated && question && seat.outcome === 'playing'
    ? contestantControls(seat, (action) => {
      if (!live || !live.send(`hotseat/${action}`)) status.textContent = t('play.notSent');
    })
    : null;
  const role = seat.contestantName
    ? el('p', { class: 'hint', id: 'hot-seat-role', text: seated ? t('hotseat.youAreIn') : t('hotseat.audience') })
    : null;
  return hotSeatPanel(seat, question, el('div', { class: 'stack' }, role, controls));
}

function lobbyScreen(me) {
  show(screen, el('section', { class: 'card stack center', id: 'lobby' },
    el('p', { class: 'you-are-in', id: 'you-are-in' }, el('span', { 'aria-hidden': 'true', text: '✓ ' }), t('play.youAreIn')),
    el('h1', { text: t('play.lobbyTitle', { name: me.nickname }) }),
    el('p', { class: 'lobby-quiz', id: 'lobby-quiz', html: state.title || me.title || '' }),
    el('p', { class: 'lobby-players', id: 'lobby-players', text: t('play.lobbyPlayers', { n: state.players }) }),
    me.team ? el('p', { class: 'lobby-team', id: 'lobby-team', text: t('play.team', { name: me.team }) }) : null,
    state.extraMs ? el('p', { class: 'lobby-extra', id: 'lobby-extra', text: t('play.extraTime', { n: Math.round(state.extraMs / 1000) }) }) : null,
    el('p', { text: t('play.lobbyWait') }),
    el('div', { class: 'spinner', 'aria-hidden': 'true' })),
    hotSeatPart(me));
}

function waitScreen() {
  stopCountdown();
  show(screen, el('section', { class: 'card stack center', id: 'waiting' },
    el('h1', { text: t('play.waitNext') }),
    state.rank ? el('p', { class: 'rank', text: t('common.rank', { rank: state.rank, players: state.players }) }) : null));
}

function sentScreen(note = '') {
  show(screen, el('section', { class: 'card stack center', id: 'sent' },
    el('h1', { text: t('play.sent') }),
    note ? el('p', { class: 'hint', id: 'answer-note', role: 'status', text: note }) : null,
    timerElement()));
}

// The server refused the answer just sent (a GameError on /user/queue/errors). The screen must not keep saying
// "sent": say why, and offer the question again while it is open.
function refused(me, error) {
  const index = state.pending;
  state.pending = null;
  if (!state.question || state.question.index !== index || state.result?.question === index) return;
  if (error.code === 'question_closed' || performance.now() >= state.questionEnd) {
    stopCountdown();
    return show(screen, el('section', { class: 'card stack center', id: 'waiting' },
      el('h1', { text: t('play.waitNext') }),
      el('p', { class: 'error', id: 'answer-error', role: 'alert', text: t('play.tooLate') })));
  }
  questionScreen(me, state.question, false, t('play.refused', { reason: errorText(error.code, error.message ?? error.code) }), true);
}

// The countdown of the open question, from its clock (which a pause stops and a resume moves); announces the
// time left to screen readers at 60, 30, 20, 10 and 5 seconds.
function timerElement() {
  const label = el('span', { class: 'timer-text' });
  const bar = el('progress', { max: '100', value: '100', 'aria-hidden': 'true' });
  const box = el('div', { class: 'timer', role: 'timer', 'aria-label': t('common.timeLeft') }, label, bar);
  stopCountdown();
  const q = state.question;
  if (q && state.clock && q.timeLimit === 'none') {
    // No time limit in this game: nothing counts down and nothing is announced, unless the host pauses.
    const tick = () => { label.textContent = state.clock.paused ? t('play.pausedShort') : t('play.noTimeLimit'); };
    bar.hidden = true;
    box.setAttribute('aria-label', t('play.noTimeLimit'));
    tick();
    const timer = setInterval(tick, 250);
    stopTimer = () => clearInterval(timer);
  } else if (q && state.clock) {
    const total = q.time * 1000;
    const say = timeAnnouncer($('#announce'), (n) => t('play.secondsLeft', { n }));
    const tick = () => {
      const c = state.clock;
      const left = c.paused ? c.remainingMs : Math.max(0, c.deadline - Math.max(performance.now(), c.opensAt));
      const seconds = Math.ceil(left / 1000);
      label.textContent = c.paused ? t('play.pausedShort') : t('common.seconds', { n: seconds });
      bar.value = Math.round((left / Math.max(1, total)) * 100);
      if (!c.paused) say(seconds);
    };
    tick();
    const timer = setInterval(tick, 250);
    stopTimer = () => clearInterval(timer);
  }
  return box;
}

// The host paused or resumed the open question: the clock moves, answers wait while paused.
function onClock(me, clock) {
  if (!state.question || state.question.index !== clock.question) return;
  state.clock = localClock(clock);
  state.questionEnd = state.clock.deadline;
  state.question = { ...state.question, opensAt: clock.opensAt, deadline: clock.deadline, serverTime: clock.serverTime,
    paused: clock.paused || undefined, remainingMs: clock.paused ? clock.remainingMs : undefined };
  announce(clock.paused ? t('play.paused') : t('play.resumed'));
  if ($('#question') || $('#get-ready')) questionScreen(me, state.question, false, '', true);
}

// The get-ready phase: the question is on the projector; the phone shows where to look until answers open.
function getReadyScreen(me, question) {
  stopCountdown();
  const seconds = el('p', { class: 'get-ready-seconds', id: 'get-ready-seconds' });
  show(screen, el('section', { class: 'card stack center', id: 'get-ready', dataset: { index: question.index } },
    el('p', { class: 'hint', text: t('common.questionOf', { n: question.index + 1, count: question.count }) }),
    el('h1', { text: state.clock.paused ? t('play.paused') : t('play.getReady') }),
    el('p', { text: t('play.lookAtScreen') }),
    seconds));
  const tick = () => {
    if (state.clock.paused) { seconds.textContent = ''; return; }
    const left = state.clock.opensAt - performance.now();
    if (left <= 0) {
      stopCountdown();
      questionScreen(me, question, false, '', true);
      return;
    }
    seconds.textContent = String(Math.ceil(left / 1000));
  };
  const timer = setInterval(tick, 100);
  stopTimer = () => clearInterval(timer);
  tick();
}

// keepTime: the same question shown again (after a refusal): its countdown goes on from where it was.
function questionScreen(me, question, answered, notice = '', keepTime = false) {
  const fresh = state.question?.index !== question.index;
  state.question = question;
  state.result = null;
  if (!keepTime || !state.clock) {
    state.clock = localClock(question);
    state.questionEnd = state.clock.deadline;
    state.pending = null;
  }
  if (answered) return sentScreen();
  if (state.clock.paused || performance.now() < state.clock.opensAt) {
    if (state.clock.paused && $('#question')) return pausedQuestion();
    return getReadyScreen(me, question);
  }
  if (fresh || $('#get-ready')) {
    announce(`${t('common.questionOf', { n: question.index + 1, count: question.count })}: ${plain(question.question)}`);
  }
  const error = el('p', { class: 'error', id: 'answer-error', role: 'alert', text: notice });
  const submit = (answer) => {
    if (!live || !live.send('answer', { question: question.index, answer })) {
      error.textContent = t('play.notSent');
      return;
    }
    state.pending = question.index;
    sentScreen();
  };
  const header = el('div', { class: 'question-head' },
    el('p', { class: 'hint', text: `${state.hotSeat ? hotSeatQuestionLabel(state.hotSeat) : t('common.questionOf', { n: question.index + 1, count: question.count })} · ${t(`kind.${question.type}`)}` }),
    !state.answersOnPhones && ['ABCD', 'VOTING', 'CHECK'].includes(question.type)
      ? el('h1', { class: 'question-text', text: t('play.chooseOnScreen') })
      : el('h1', { class: 'question-text', html: question.question }));
  const shapesOnly = !state.answersOnPhones && ['ABCD', 'VOTING', 'CHECK'].includes(question.type);
  show(screen, el('section', { class: `stack${shapesOnly ? ' shapes-only' : ''}`, id: 'question', dataset: { index: question.index, kind: question.type } },
    header, !shapesOnly && question.image ? picture(question.image, 'question-image') : null, error,
    el('p', { class: 'paused-note', id: 'paused', hidden: true, role: 'status', text: t('play.paused') }),
    timerElement(), answerArea(question, submit, shapesOnly)), hotSeatPart(me, question));
  // The 50:50 took two wrong options away.
  if (state.hotSeat) {
    const removed = removedOptions(state.hotSeat, question);
    for (const button of screen.querySelectorAll('#question .choice')) {
      const index = [...button.parentNode.children].indexOf(button);
      if (removed.has(question.choices[index]?.id)) {
        button.disabled = true;
        button.classList.add('removed');
      }
    }
  }
}

// Paused while the answers are on screen: they stay, but cannot be sent until the host resumes.
function pausedQuestion() {
  const section = $('#question');
  section.classList.add('is-paused');
  $('#paused').hidden = false;
  for (const control of section.querySelectorAll('button, input')) control.disabled = true;
}

// shapesOnly: the options' shapes, colours and letters without their texts (players read them on the projector).
function answerArea(question, submit, shapesOnly = false) {
  const text = (c, i) => (shapesOnly
    ? el('span', { class: 'visually-hidden', text: t('play.option', { letter: LETTERS[i] ?? '' }) })
    : el('span', { class: 'choice-text', html: c.answer }));
  switch (question.type) {
    case 'ABCD':
    case 'VOTING':
      return el('div', { class: 'choices', role: 'group', 'aria-label': t(`kind.${question.type}`) },
        question.choices.map((c, i) => el('button', { type: 'button', class: `choice shape-${i % 4}`, onclick: () => submit(c.id) },
          optionMark(i), !shapesOnly && c.image ? picture(c.image, 'choice-image') : null, text(c, i))));
    case 'CHECK': {
      const boxes = question.choices.map((c, i) => {
        const id = `check-${c.id}`;
        const box = el('input', { type: 'checkbox', id, value: String(c.id) });
        return el('label', { for: id, class: `choice check shape-${i % 4}` }, box, optionMark(i), text(c, i));
      });
      return el('form', { class: 'stack', onsubmit: (e) => {
          e.preventDefault();
          submit(boxes.map((b) => b.querySelector('input')).filter((b) => b.checked).map((b) => Number(b.value)));
        } },
        el('fieldset', { class: 'choices' }, el('legend', { class: 'visually-hidden', text: t('kind.CHECK') }), boxes),
        el('button', { type: 'submit', class: 'primary big', text: t('play.send') }));
    }
    case 'RANGE': {
      const { min, max } = question.bounds;
      const middle = Math.round((min + max) / 2);
      const number = el('input', { type: 'number', id: 'range-number', min, max, step: '1', value: middle, required: true });
      const slider = el('input', { type: 'range', id: 'range-slider', min, max, step: '1', value: middle, 'aria-label': t('play.number', { min, max }) });
      slider.addEventListener('input', () => { number.value = slider.value; });
      number.addEventListener('input', () => { slider.value = number.value; });
      return el('form', { class: 'stack', onsubmit: (e) => {
          e.preventDefault();
          const value = Number(number.value);
          if (!Number.isFinite(value) || value < min || value > max) return number.reportValidity();
          submit(value);
        } },
        el('label', { for: 'range-number', text: t('play.number', { min, max }) }), number, slider,
        el('button', { type: 'submit', class: 'primary big', text: t('play.send') }));
    }
    case 'TEXT': {
      const input = el('input', { type: 'text', id: 'text-answer', maxlength: '200', autocomplete: 'off', required: true });
      return el('form', { class: 'stack', onsubmit: (e) => {
          e.preventDefault();
          if (!input.value.trim()) return input.reportValidity();
          submit(input.value);
        } },
        el('label', { for: 'text-answer', text: t('play.text') }), input,
        el('button', { type: 'submit', class: 'primary big', text: t('play.send') }));
    }
    case 'ORDER': {
      const order = question.choices.map((c) => c);
      const list = el('ol', { class: 'order-list' });
      const render = (focus) => {
        list.replaceChildren(...order.map((c, i) => el('li', { class: 'order-item' },
          c.image ? picture(c.image, 'choice-image') : null,
          el('span', { class: 'choice-text', html: c.answer }),
          el('button', { type: 'button', class: 'icon', 'aria-label': t('play.moveUp', { item: plain(c.answer) }), disabled: i === 0,
            onclick: () => { [order[i - 1], order[i]] = [order[i], order[i - 1]]; render(`up-${c.id}`); }, dataset: { key: `up-${c.id}` } }, '↑'),
          el('button', { type: 'button', class: 'icon', 'aria-label': t('play.moveDown', { item: plain(c.answer) }), disabled: i === order.length - 1,
            onclick: () => { [order[i + 1], order[i]] = [order[i], order[i + 1]]; render(`down-${c.id}`); }, dataset: { key: `down-${c.id}` } }, '↓'))));
        if (focus) {
          const target = list.querySelector(`[data-key="${focus}"]:not([disabled])`) ?? list.querySelector('button:not([disabled])');
          if (target) target.focus();
        }
      };
      render();
      return el('form', { class: 'stack', onsubmit: (e) => { e.preventDefault(); submit(order.map((c) => c.id)); } },
        list, el('button', { type: 'submit', class: 'primary big', text: t('play.send') }));
    }
    default:
      return el('p', { class: 'center', text: t('play.slide') });
  }
}

function solutionText(closed) {
  if (!closed || !state.question || state.question.index !== closed.index) return null;
  const q = state.question;
  const byId = (id) => plain(q.choices.find((c) => c.id === id)?.answer ?? '');
  switch (closed.type) {
    case 'ABCD': case 'CHECK': return closed.solution.rightIds.map(byId).join(', ');
    case 'ORDER': return closed.solution.rightIds.map(byId).join(' → ');
    case 'RANGE': return closed.solution.minCorrect === closed.solution.maxCorrect
      ? String(closed.solution.minCorrect) : `${closed.solution.minCorrect}–${closed.solution.maxCorrect}`;
    case 'TEXT': return closed.solution.accepted.map(plain).join(', ');
    default: return null;
  }
}

function resultScreen(result) {
  stopCountdown();
  const voting = state.question?.type === 'VOTING' && state.question.index === result.question;
  const verdict = voting ? t('play.voted') : !result.answered ? t('play.noAnswer') : result.right ? t('play.right') : t('play.wrong');
  const tone = voting ? 'neutral' : result.right ? 'right' : 'wrong';
  const solution = voting ? null : solutionText(state.closed[result.question]);
  if (!voting && result.answered) (result.right ? sounds.right : sounds.wrong)();
  const moved = state.previousRank ? state.previousRank - result.rank : 0;
  show(screen, el('section', { class: `card stack center result ${tone}`, id: 'result', dataset: { question: result.question } },
    el('p', { class: 'verdict-icon', 'aria-hidden': 'true', text: tone === 'right' ? '✓' : tone === 'wrong' ? '✗' : '★' }),
    el('h1', { id: 'verdict', text: verdict }),
    el('p', { class: 'points', text: t('play.pointsGained', { n: result.points }) }),
    solution ? el('p', { text: t('play.rightAnswer', { answer: solution }) }) : null,
    el('p', { class: 'rank', id: 'rank', text: t('common.rank', { rank: result.rank, players: result.players }) }),
    result.streak >= 2 ? el('p', { class: 'streak', id: 'streak' }, el('span', { 'aria-hidden': 'true', text: '🔥 ' }), t('play.streak', { n: result.streak })) : null,
    result.streakBonus > 0 ? el('p', { class: 'streak-bonus', id: 'streak-bonus', text: t('play.streakBonus', { n: result.streakBonus }) }) : null,
    result.team ? el('p', { class: 'team-result', id: 'team-result', text: t('play.teamResult', { name: result.team.name, rank: result.team.rank, n: result.team.score }) }) : null,
    moved ? el('p', { class: 'rank-change', id: 'rank-change', text: moved > 0 ? t('play.rankUp', { n: moved }) : t('play.rankDown', { n: -moved }) }) : null),
    hotSeatPart(state.me ?? {}));
}

function leaderboardScreen(me, board) {
  stopCountdown();
  show(screen, el('section', { class: 'card stack', id: 'leaderboard' },
    el('h1', { text: t('play.leaderboard') }),
    board.teams ? el('ol', { class: 'board', id: 'team-board' }, board.teams.map((team) => el('li', { class: team.name === me.team ? 'mine' : '' },
      el('span', { class: 'place', text: t('common.place', { rank: team.rank }) }),
      el('span', { class: 'name', text: team.name }),
      el('span', { class: 'points', text: String(team.score) })))) : null,
    el('ol', { class: 'board' }, board.top.map((entry) => el('li', { class: entry.nickname === me.nickname ? 'mine' : '' },
      el('span', { class: 'place', text: t('common.place', { rank: entry.rank }) }),
      el('span', { class: 'name', text: entry.nickname }),
      el('span', { class: 'points', text: String(entry.score) }))))));
}

function finalScreen(me) {
  stopCountdown();
  const mine = state.final;
  show(screen, el('section', { class: 'card stack center', id: 'final' },
    el('h1', { text: t('play.gameOver') }),
    mine ? el('p', { class: 'final-rank', id: 'final-rank', dataset: { rank: mine.rank, score: mine.score },
      text: t('play.finalRank', { rank: mine.rank, players: mine.players }) }) : null,
    mine ? el('p', { class: 'points', id: 'final-score', text: t('common.points', { n: mine.score }) }) : null,
    mine?.team ? el('p', { class: 'team-result', id: 'final-team', text: t('play.teamFinal', { name: mine.team.name, rank: mine.team.rank }) }) : null,
    state.ended ? el('ol', { class: 'board' }, state.ended.podium.map((entry) => el('li', { class: entry.nickname === me.nickname ? 'mine' : '' },
      el('span', { class: 'place', text: t('common.place', { rank: entry.rank }) }),
      el('span', { class: 'name', text: entry.nickname }),
      el('span', { class: 'points', text: String(entry.score) })))) : null,
    el('a', { class: 'button', href: '/play', onclick: () => localStorage.removeItem(STORAGE_KEY), text: t('play.leave') }),
    reportButton({ kind: 'GAME', id: me.gameId })));
}

// --- start ---------------------------------------------------------------------------------------------------

applyTexts();
soundToggle();
const params = new URLSearchParams(location.search);
const me = saved();
if (me && (!params.get('pin') || params.get('pin') === me.pin)) {
  start(me);
} else {
  if (me) localStorage.removeItem(STORAGE_KEY);
  if (params.get('pin')) lookUp(params.get('pin'));
  else pinScreen();
}
