// The solo millionaire ladder (docs/ladder.md): start or resume a run by its code, the prize ladder beside the
// question, a countdown from the server's deadline, lifelines, the audience poll as bars, walk away, the result,
// leaderboards and my runs. Everything is decided on the server; this page only shows it.
import { t, applyTexts, dateTimeFormat, locale } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, optionMark } from './dom.js';

const screen = $('#screen');
const status = $('#status');
const money = new Intl.NumberFormat(locale);
const dateFormat = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });
let stopTimer = () => {};
let lastOptions = new Map(); // option id → text of the question last shown, to name the right one afterwards
let roles = [];

const prize = (n) => money.format(n ?? 0);

function signedOut() {
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: t('ladder.signIn') }),
    el('p', {}, el('a', { class: 'button primary', href: '/', text: t('ladder.toLogin') }))));
}

async function main() {
  applyTexts();
  const me = await api('GET', '/api/v1/auth/me');
  if (!me.ok) return signedOut();
  roles = me.data?.roles ?? [];
  const params = new URLSearchParams(location.search);
  const code = params.get('run');
  if (code) return resume(code);
  // A scheduled event's ladder session links here (docs/events.md): one tap starts the run (or resumes the
  // active one); home() drops the parameter, so reloading does not start another.
  const slug = params.get('start');
  await home();
  if (slug) return start(slug, $('#start-error'));
  return undefined;
}

// --- start, resume, leaderboards, history -------------------------------------------------------------------

async function home(message) {
  stopTimer();
  history.replaceState(null, '', '/ladder');
  const ladders = (await api('GET', '/api/v1/ladders')).data ?? [];
  const choice = el('select', { id: 'ladder-choice' },
    ladders.map((l) => el('option', { value: l.slug, text: l.name })));
  const error = el('p', { class: 'error', id: 'start-error', role: 'alert' });
  const codeInput = el('input', { id: 'resume-code', maxlength: '8', autocomplete: 'off', 'aria-describedby': 'resume-error',
    autocapitalize: 'characters', spellcheck: 'false' });
  const resumeError = el('p', { class: 'error', id: 'resume-error', role: 'alert' });
  show(screen,
    el('section', { class: 'card stack' },
      el('h1', { text: t('ladder.title') }),
      el('p', { class: 'hint', text: t('ladder.intro') }),
      message ? el('p', { class: 'notice', text: message }) : null,
      el('form', { class: 'stack', id: 'start-form', onsubmit: (e) => { e.preventDefault(); start(choice.value, error); } },
        ladders.length > 1 ? el('div', { class: 'field' }, el('label', { for: 'ladder-choice', text: t('ladder.choose') }), choice) : null,
        el('button', { type: 'submit', class: 'primary big', id: 'start-run', text: t('ladder.start') }), error),
      el('div', { class: 'stack', id: 'hot-seat-start' },
        el('h2', { text: t('hotseat.title') }),
        el('p', { class: 'hint', text: t('hotseat.intro') }),
        el('label', { class: 'check' }, el('input', { type: 'checkbox', id: 'fastest-finger', checked: true }), t('hotseat.fastestFinger')),
        el('button', { type: 'button', id: 'host-hot-seat', onclick: () => hostHotSeat(choice.value, error), text: t('hotseat.host') })),
      el('form', { class: 'row', id: 'resume-form', onsubmit: (e) => { e.preventDefault(); resume(codeInput.value.trim(), resumeError); } },
        el('div', { class: 'field grow' }, el('label', { for: 'resume-code', text: t('ladder.resumeCode') }), codeInput),
        el('button', { type: 'submit', text: t('ladder.resume') })),
      resumeError),
    el('section', { class: 'card stack', id: 'leaderboard' }),
    el('section', { class: 'card stack', id: 'my-runs' }),
    el('section', { class: 'card stack', id: 'propose' }),
    roles.includes('MODERATOR') || roles.includes('ADMIN') ? el('section', { class: 'card stack', id: 'review' }) : null);
  const slug = ladders[0]?.slug;
  if (slug) leaderboard(slug, 'all');
  myRuns();
  proposeForm();
  if ($('#review')) reviewList();
}

// A hot-seat round is a live game: the host's screen takes over from here (docs/ladder.md, "Hot seat").
async function hostHotSeat(slug, error) {
  const response = await api('POST', `/api/v1/ladders/${encodeURIComponent(slug)}/hot-seat`,
    { fastestFinger: $('#fastest-finger').checked });
  if (!response.ok) {
    error.textContent = problemText(response, t('common.error'));
    return;
  }
  location.href = `/host/${response.data.gameId}`;
}

// --- proposing questions, and reviewing them (moderators) ----------------------------------------------------

async function proposeForm() {
  const categories = (await api('GET', '/api/v1/ladder-questions/categories')).data ?? [];
  const error = el('p', { class: 'error', id: 'propose-error', role: 'alert' });
  const field = (id, label, input) => el('div', { class: 'field' }, el('label', { for: id, text: label }), input);
  const kind = el('select', { id: 'propose-kind', onchange: () => toggle() },
    el('option', { value: 'MULTIPLE', text: t('ladder.kind.MULTIPLE') }),
    el('option', { value: 'TRUE_FALSE', text: t('ladder.kind.TRUE_FALSE') }));
  const text = el('textarea', { id: 'propose-text', maxlength: '500', required: true, rows: '2' });
  const right = el('input', { id: 'propose-right', maxlength: '200' });
  const wrong = [1, 2, 3].map((n) => el('input', { id: `propose-wrong-${n}`, maxlength: '200' }));
  const answer = el('select', { id: 'propose-answer' },
    el('option', { value: 'true', text: t('ladder.true') }), el('option', { value: 'false', text: t('ladder.false') }));
  const category = el('select', { id: 'propose-category' },
    categories.map((c) => el('option', { value: c.slug, text: c.name })));
  const multipleFields = el('div', { class: 'stack', id: 'propose-multiple' },
    field('propose-right', t('ladder.rightOption'), right),
    wrong.map((input, i) => field(input.id, t('ladder.wrongOption', { n: i + 1 }), input)));
  const trueFalseFields = el('div', { class: 'stack', id: 'propose-true-false', hidden: true },
    field('propose-answer', t('ladder.statementIs'), answer));
  const toggle = () => {
    multipleFields.hidden = kind.value !== 'MULTIPLE';
    trueFalseFields.hidden = kind.value === 'MULTIPLE';
  };
  const form = el('form', { class: 'stack', id: 'propose-form', onsubmit: async (e) => {
    e.preventDefault();
    error.textContent = '';
    const body = { kind: kind.value, text: text.value, categories: [category.value] };
    if (kind.value === 'MULTIPLE') {
      body.rightOption = right.value;
      body.wrongOptions = wrong.map((input) => input.value);
    } else {
      body.answer = answer.value === 'true';
    }
    const response = await api('POST', '/api/v1/ladder-questions', body);
    if (!response.ok) {
      error.textContent = problemText(response, t('common.error'));
      return;
    }
    form.reset();
    toggle();
    status.textContent = response.data.status === 'APPROVED' ? t('ladder.proposedApproved') : t('ladder.proposed');
    if ($('#review')) reviewList();
  } },
  field('propose-kind', t('ladder.kind'), kind),
  field('propose-text', t('ladder.questionText'), text),
  multipleFields, trueFalseFields,
  field('propose-category', t('ladder.category'), category),
  el('button', { type: 'submit', text: t('ladder.propose') }), error);
  $('#propose').replaceChildren(el('details', {},
    el('summary', { text: t('ladder.proposeTitle') }),
    el('p', { class: 'hint', text: t('ladder.proposeIntro') }), form));
}

async function reviewList() {
  const pending = (await api('GET', '/api/v1/ladder-questions/pending')).data ?? [];
  const difficulties = ['EASY', 'MEDIUM', 'HARD'];
  $('#review').replaceChildren(el('h2', { text: t('ladder.reviewTitle') }),
    pending.length === 0 ? el('p', { text: t('ladder.noPending') })
      : el('ul', { class: 'plain-list stack', id: 'pending' }, pending.map((q) => {
        const difficulty = el('select', { id: `difficulty-${q.id}`, 'aria-label': t('ladder.difficultyFor', { text: q.text }) },
          difficulties.map((d) => el('option', { value: d, text: t(`ladder.difficulty.${d}`), selected: d === q.difficulty })));
        const decide = async (approve) => {
          const response = await api('POST', `/api/v1/ladder-questions/${q.id}/review`,
            approve ? { approve, difficulty: difficulty.value } : { approve });
          status.textContent = response.ok ? t(approve ? 'ladder.approved' : 'ladder.rejected') : problemText(response, t('common.error'));
          reviewList();
        };
        return el('li', { class: 'stack', dataset: { question: q.id } },
          el('strong', { text: q.text }),
          el('ul', {}, q.options.map((o) => el('li', { text: o.correct ? `${o.text} ✓ (${t('common.correctMark')})` : o.text }))),
          el('span', { class: 'hint', text: `${q.author} · ${q.categories.join(', ')}` }),
          el('div', { class: 'row' }, difficulty,
            el('button', { type: 'button', class: 'primary', dataset: { action: 'approve' }, onclick: () => decide(true), text: t('ladder.approve') }),
            el('button', { type: 'button', class: 'danger', dataset: { action: 'reject' }, onclick: () => decide(false), text: t('ladder.reject') })));
      })));
}

async function start(slug, error) {
  const response = await api('POST', '/api/v1/ladder-runs', { ladder: slug });
  if (response.ok) return play(response.data);
  if (response.data?.reason === 'run-active') return resume(response.data.runCode);
  error.textContent = problemText(response, t('common.error'));
}

async function resume(code, error) {
  const response = await api('GET', `/api/v1/ladder-runs/${encodeURIComponent(code)}`);
  if (response.ok) return play(response.data);
  if (error) error.textContent = t('ladder.notFound');
  else home(t('ladder.notFound'));
}

async function leaderboard(slug, period) {
  const box = $('#leaderboard');
  if (!box) return;
  const response = await api('GET', `/api/v1/ladders/${encodeURIComponent(slug)}/leaderboard?period=${period}`);
  const entries = response.data?.entries ?? [];
  const tab = (p, key) => el('button', { type: 'button', id: `board-${p}`, 'aria-pressed': String(p === period),
    onclick: () => leaderboard(slug, p), text: t(key) });
  box.replaceChildren(
    el('div', { class: 'row' }, el('h2', { class: 'grow', text: t('ladder.leaderboard') }),
      tab('all', 'ladder.allTime'), tab('week', 'ladder.thisWeek')),
    entries.length === 0 ? el('p', { text: t('ladder.noEntries') })
      : el('div', { class: 'table-wrap' }, el('table', { id: 'board-table' },
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', class: 'number', text: '#' }),
          el('th', { scope: 'col', text: t('ladder.player') }),
          el('th', { scope: 'col', class: 'number', text: t('ladder.prize') }),
          el('th', { scope: 'col', class: 'number', text: t('ladder.lifelinesUsed') }),
          el('th', { scope: 'col', class: 'number', text: t('ladder.time') }))),
        el('tbody', {}, entries.map((e) => el('tr', {},
          el('td', { class: 'number', text: t('common.place', { rank: e.rank }) }),
          el('td', { text: e.player }),
          el('td', { class: 'number', text: prize(e.prize) }),
          el('td', { class: 'number', text: String(e.lifelinesUsed) }),
          el('td', { class: 'number', text: t('common.seconds', { n: Math.round(e.durationMs / 1000) }) })))))));
}

async function myRuns() {
  const box = $('#my-runs');
  const runs = (await api('GET', '/api/v1/ladder-runs?size=20')).data ?? [];
  box.replaceChildren(el('h2', { text: t('ladder.history') }),
    runs.length === 0 ? el('p', { text: t('ladder.noHistory') })
      : el('div', { class: 'table-wrap' }, el('table', { id: 'history-table' },
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', text: t('ladder.date') }),
          el('th', { scope: 'col', text: t('ladder.status') }),
          el('th', { scope: 'col', class: 'number', text: t('ladder.reached') }),
          el('th', { scope: 'col', class: 'number', text: t('ladder.prize') }),
          el('th', { scope: 'col', class: 'number', text: t('ladder.lifelinesUsed') }))),
        el('tbody', {}, runs.map((r) => el('tr', { dataset: { run: r.code } },
          el('td', {}, r.status === 'ACTIVE'
            ? el('a', { href: `/ladder?run=${r.code}`, text: dateFormat.format(new Date(r.startedAt)) })
            : dateFormat.format(new Date(r.startedAt))),
          el('td', { text: t(`ladder.status.${r.status}`) }),
          el('td', { class: 'number', text: String(r.levelsWon) }),
          el('td', { class: 'number', text: prize(r.prize) }),
          el('td', { class: 'number', text: String(r.lifelinesUsed) })))))));
}

// --- a run --------------------------------------------------------------------------------------------------

function play(run) {
  stopTimer();
  history.replaceState(null, '', `/ladder?run=${run.code}`);
  if (run.status !== 'ACTIVE') return finished(run);
  const q = run.question;
  lastOptions = new Map(q.options.map((o) => [o.id, o.text]));
  const timerText = el('span', { class: 'timer-text' });
  const bar = el('progress', { max: '100', value: '100', 'aria-hidden': 'true' });
  const levelPrize = run.levels[q.level - 1].prize;
  show(screen, el('div', { class: 'ladder-stage' },
    el('section', { class: 'card stack', id: 'run', dataset: { question: q.questionId, level: String(q.level) } },
      el('h1', { id: 'level-heading', text: t('ladder.level', { n: q.level, prize: prize(levelPrize) }) }),
      el('p', { class: 'ladder-code', id: 'run-code', text: t('ladder.code', { code: run.code }) }),
      el('div', { class: 'timer', role: 'timer', 'aria-label': t('common.timeLeft') }, timerText, bar),
      el('p', { class: 'question-text', id: 'question-text', text: q.text }),
      el('div', { class: 'choices', role: 'group', 'aria-labelledby': 'question-text' },
        q.options.map((o, i) => el('button', { type: 'button', class: `choice shape-${i % 4}`, dataset: { option: o.id },
          onclick: () => answer(run, q, o.id) }, optionMark(i), el('span', { class: 'choice-text', text: o.text })))),
      q.audience ? poll(q) : null,
      q.phone ? el('p', { class: 'phone-says', id: 'phone-says',
        text: t('ladder.phoneSays', { option: lastOptions.get(q.phone.optionId) ?? '?', n: q.phone.confidence }) }) : null,
      el('h2', { text: t('ladder.lifelines') }),
      el('div', { class: 'lifelines', id: 'lifelines' }, run.lifelines.map((l) => el('button', { type: 'button',
        id: `lifeline-${l.name}`, disabled: !l.available, 'aria-pressed': String(l.used),
        onclick: () => lifeline(run, l.name), text: t(`ladder.lifeline.${l.name}`) }))),
      el('div', { class: 'row' }, el('button', { type: 'button', class: 'danger', id: 'walk-away',
        onclick: () => walkAway(run), text: t('ladder.walkAway', { prize: prize(run.bankedPrize) }) }))),
    prizeLadder(run)));
  const total = q.seconds * 1000;
  const end = performance.now() + Math.max(0, Date.parse(q.deadline) - Date.parse(run.serverTime));
  const tick = () => {
    const left = Math.max(0, end - performance.now());
    timerText.textContent = t('common.seconds', { n: Math.ceil(left / 1000) });
    bar.value = String(Math.round((left / total) * 100));
    if (left <= 0) {
      // The server decides, after the grace it allows for answers on their way.
      stopTimer();
      for (const button of screen.querySelectorAll('.choice, .lifelines button, #walk-away')) button.disabled = true;
      const later = setTimeout(() => resume(run.code), 1500);
      stopTimer = () => clearTimeout(later);
    }
  };
  const timer = setInterval(tick, 250);
  stopTimer = () => clearInterval(timer);
  tick();
}

function prizeLadder(run) {
  return el('aside', { class: 'card' },
    el('h2', { class: 'visually-hidden', text: t('ladder.prizes') }),
    el('ol', { class: 'prize-ladder', id: 'prize-ladder', 'aria-label': t('ladder.prizes') },
      run.levels.map((l) => {
        const current = run.status === 'ACTIVE' && l.level === run.level;
        const won = l.level < run.level || (run.status === 'WON');
        return el('li', { class: [l.safe ? 'safe' : '', current ? 'current' : '', won ? 'won' : ''].join(' ').trim(),
          'aria-current': current ? 'step' : null, dataset: { level: String(l.level) } },
          el('span', { text: String(l.level) }),
          el('span', { text: prize(l.prize) + (l.safe ? ` (${t('ladder.safe')})` : '') }));
      })));
}

function poll(q) {
  const shares = new Map(q.audience.shares.map((s) => [s.optionId, s.percent]));
  return el('figure', { class: 'stack', id: 'poll' },
    el('figcaption', { text: t('ladder.poll') }),
    el('ul', { class: 'bars' }, q.options.map((o, i) => {
      const percent = shares.get(o.id) ?? 0;
      return el('li', { class: `shape-${i % 4}`, dataset: { option: o.id, percent: String(percent) } },
        el('span', {}, optionMark(i), ' ', o.text),
        el('progress', { max: '100', value: String(percent), 'aria-label': `${o.text}: ${percent} %` }),
        el('span', { class: 'count', text: `${percent} %` }));
    })),
    el('p', { class: 'hint poll-note', id: 'poll-note', text: q.audience.estimated
      ? t('ladder.pollEstimated') : t('ladder.pollAnswers', { n: q.audience.answers }) }));
}

async function answer(run, q, optionId) {
  for (const button of screen.querySelectorAll('.choice')) button.disabled = true;
  const response = await api('POST', `/api/v1/ladder-runs/${run.code}/answers`, { level: q.level, optionId });
  if (!response.ok) {
    status.textContent = problemText(response, t('common.error'));
    return resume(run.code);
  }
  if (response.data.result.outcome === 'RIGHT' && response.data.run.status === 'ACTIVE') {
    status.textContent = t('ladder.right');
    return play(response.data.run);
  }
  return finished(response.data.run);
}

async function lifeline(run, name) {
  const response = await api('POST', `/api/v1/ladder-runs/${run.code}/lifelines/${name}`);
  if (!response.ok) status.textContent = problemText(response, t('common.error'));
  return response.ok ? play(response.data) : resume(run.code);
}

async function walkAway(run) {
  const response = await api('POST', `/api/v1/ladder-runs/${run.code}/walk-away`);
  return response.ok ? finished(response.data) : resume(run.code);
}

function finished(run) {
  stopTimer();
  const right = run.last ? lastOptions.get(run.last.rightOptionId) : null;
  const headline = run.status === 'WON' ? t('ladder.won', { prize: prize(run.finalPrize) })
    : t(`ladder.end.${run.status}`);
  show(screen, el('div', { class: 'ladder-stage' },
    el('section', { class: `card stack result ${run.status === 'WON' || run.status === 'WALKED_AWAY' ? 'right' : 'wrong'}`, id: 'run-result',
      dataset: { status: run.status } },
      el('h1', { text: headline }),
      right && run.status !== 'WON' && run.status !== 'WALKED_AWAY' ? el('p', { id: 'right-was', text: t('ladder.rightWas', { option: right }) }) : null,
      el('p', { class: 'points', id: 'final-prize', text: t('ladder.youWin', { prize: prize(run.finalPrize) }) }),
      el('div', { class: 'row' },
        el('button', { type: 'button', class: 'primary', id: 'play-again', onclick: () => start(run.ladder, status), text: t('ladder.playAgain') }),
        el('button', { type: 'button', id: 'to-boards', onclick: () => home(), text: t('ladder.backToStart') }))),
    prizeLadder(run)));
}

main();
