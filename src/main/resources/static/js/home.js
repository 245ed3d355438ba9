// The teacher's landing page: log in or register, list my quizzes, host one.
import { t, applyTexts } from './messages.js';
import { api, problemText, upload } from './api.js';
import { el, $, show, plain, fileUrl } from './dom.js';
import { confirmDelete, importFile } from './lists.js';
import { passkeysSupported, assertPasskey } from './webauthn.js';

const screen = $('#screen');
const status = $('#status');

// An input with its label and a place for the server's error about it.
function field(id, label, attrs = {}) {
  return el('div', { class: 'field' }, el('label', { for: id, text: label }),
    el('input', { id, name: id, required: true, 'aria-describedby': `err-${id}`, ...attrs }),
    el('span', { class: 'error', id: `err-${id}` }));
}

// Where the register form shows an error about each member of the request body.
const REGISTER_INPUTS = { email: 'email', username: 'username', password: 'new-password' };

// Each error next to its input (whose label says what it is about); the form's own slot gets the rest.
function showRegisterErrors(form, response, general) {
  for (const slot of form.querySelectorAll('.error')) slot.textContent = '';
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const errors = response.data?.errors ?? [];
  const unplaced = [];
  let first = null;
  for (const { field: member, message } of errors) {
    const input = REGISTER_INPUTS[member] ? form.querySelector(`#${REGISTER_INPUTS[member]}`) : null;
    if (!input) {
      unplaced.push(message);
      continue;
    }
    const slot = form.querySelector(`#err-${input.id}`);
    slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    input.setAttribute('aria-invalid', 'true');
    first = first ?? input;
  }
  general.textContent = unplaced.join(' ') || (errors.length ? t('common.invalid') : response.data?.detail ?? t('common.error'));
  first?.focus();
}

function signedOut(message = '') {
  $('#account').textContent = '';
  const loginError = el('p', { class: 'error', role: 'alert', id: 'login-error', text: message });
  const registerError = el('p', { class: 'error', role: 'alert', id: 'register-error' });
  const login = el('form', { class: 'card stack', id: 'login-form', onsubmit: async (e) => {
      e.preventDefault();
      const form = e.target;
      const response = await api('POST', '/api/v1/auth/login', { login: form.login.value, password: form.password.value });
      if (response.status === 202) return secondStep(response.data.pendingLogin, response.data.methods);
      if (response.ok) return load();
      loginError.textContent = response.status === 429 ? t('home.throttled')
        : response.data?.code === 'email-not-verified' ? t('home.notVerified') : t('home.loginFailed');
    } },
    el('h2', { text: t('home.login') }),
    field('login', t('home.loginField'), { autocomplete: 'username' }),
    field('password', t('home.password'), { type: 'password', autocomplete: 'current-password' }),
    loginError,
    el('button', { type: 'submit', class: 'primary', text: t('home.login') }));
  const register = el('form', { class: 'card stack', id: 'register-form', onsubmit: async (e) => {
      e.preventDefault();
      const form = e.target;
      const body = { email: form.email.value, username: form.username.value, password: form['new-password'].value };
      const response = await api('POST', '/api/v1/auth/register', body);
      if (!response.ok) {
        showRegisterErrors(form, response, registerError);
        return;
      }
      const loggedIn = await api('POST', '/api/v1/auth/login', { login: body.username, password: body.password });
      if (loggedIn.ok) return load();
      signedOut(t('home.registered'));
    } },
    el('h2', { text: t('home.register') }),
    field('email', t('home.email'), { type: 'email', autocomplete: 'email' }),
    field('username', t('home.username'), { autocomplete: 'username' }),
    field('new-password', t('home.password'), { type: 'password', autocomplete: 'new-password', minlength: '8' }),
    registerError,
    el('button', { type: 'submit', class: 'primary', text: t('home.registerButton') }));
  const other = el('div', { class: 'card stack', id: 'other-sign-in' }, el('h2', { text: t('home.otherWays') }),
    passkeysSupported() ? el('button', { type: 'button', id: 'passkey-sign-in', onclick: async () => {
      try {
        const response = await assertPasskey('/api/v1/auth/passkey/options', '/api/v1/auth/passkey');
        if (response.ok) return load();
        loginError.textContent = problemText(response, t('common.error'));
      } catch (cancelled) {
        loginError.textContent = t('home.passkeyCancelled');
      }
    }, text: t('home.passkeySignIn') }) : null,
    el('div', { class: 'row', id: 'providers' }));
  show(screen, el('section', { class: 'stack' },
    el('h1', { text: t('home.tagline') }),
    el('p', {}, el('a', { class: 'button primary', href: '/play', text: t('home.join') })),
    other,
    el('div', { class: 'forms' }, login, register)));
  api('GET', '/api/v1/auth/providers').then((response) => {
    const providers = response.data ?? [];
    $('#providers')?.replaceChildren(...providers.map((p) => el('a', { class: 'button', href: p.loginUrl,
      dataset: { provider: p.id }, text: t('home.signInWith', { name: p.name }) })));
  });
}

// The second step of a sign-in: an authenticator code, a backup code or a passkey. No session exists before it.
function secondStep(pendingLogin, methods) {
  const error = el('p', { class: 'error', role: 'alert', id: 'second-step-error' });
  const codeForm = el('form', { class: 'stack', id: 'second-step-form', onsubmit: async (e) => {
      e.preventDefault();
      const response = await api('POST', '/api/v1/auth/login/second-factor', { pendingLogin, code: $('#second-code').value.trim() });
      if (response.ok) return load();
      if (response.data?.code === 'login-expired') return signedOut(t('home.secondStepExpired'));
      error.textContent = response.status === 429 ? t('home.throttled') : t('home.wrongCode');
    } },
    field('second-code', t(methods.includes('totp') ? 'home.totpOrBackup' : 'home.backupCode'),
      { autocomplete: 'one-time-code', inputmode: 'text', maxlength: '32' }),
    el('button', { type: 'submit', class: 'primary', text: t('home.continue') }));
  show(screen, el('section', { class: 'card stack', id: 'second-step' },
    el('h1', { text: t('home.secondStep') }),
    el('p', { class: 'hint', text: t('home.secondStepHint') }),
    methods.includes('totp') || methods.includes('backup-code') ? codeForm : null,
    methods.includes('passkey') && passkeysSupported() ? el('button', { type: 'button', id: 'second-step-passkey', onclick: async () => {
      try {
        const response = await assertPasskey('/api/v1/auth/passkey/options', '/api/v1/auth/passkey', { pendingLogin });
        if (response.ok) return load();
        error.textContent = response.data?.code === 'login-expired' ? t('home.secondStepExpired') : problemText(response, t('common.error'));
      } catch (cancelled) {
        error.textContent = t('home.passkeyCancelled');
      }
    }, text: t('home.usePasskey') }) : null,
    error,
    el('button', { type: 'button', class: 'link', onclick: () => signedOut(), text: t('home.cancel') })));
}

async function host(quiz) {
  const body = { quizId: quiz.id, randomizeAnswers: $('#randomize').checked, locked: $('#start-locked').checked,
    getReadySeconds: Number($('#get-ready').value), answersOnPhones: $('#answers-on-phones').checked,
    streakBonus: $('#streak-bonus').checked, timeLimit: $('#time-limit').value };
  if ($('#custom-field').value.trim()) body.customField = $('#custom-field').value;
  if ($('#team-play').checked) {
    body.teams = $('#team-names').value.split('\n').map((name) => name.trim()).filter(Boolean);
    body.teamAssignment = $('#team-assignment').value;
  }
  const response = await api('POST', '/api/v1/games', body);
  if (!response.ok) {
    status.textContent = response.data?.detail ?? t('common.error');
    return;
  }
  location.href = `/host/${response.data.gameId}`;
}

async function signedIn(account) {
  $('#account').replaceChildren(
    el('span', { text: t('home.signedInAs', { name: account.username }) }), ' ',
    el('a', { href: '/account', id: 'account-link', text: t('home.accountLink') }), ' ',
    account.roles.includes('MODERATOR') || account.roles.includes('ADMIN')
      ? el('a', { href: '/moderation', id: 'moderation-link', text: t('home.moderation') }) : null, ' ',
    account.roles.includes('ADMIN') ? el('a', { href: '/admin', id: 'admin-link', text: t('home.admin') }) : null, ' ',
    el('button', { type: 'button', class: 'link', id: 'logout', onclick: async () => {
      await api('POST', '/api/v1/auth/logout');
      signedOut();
    }, text: t('home.logout') }));
  const importInput = el('input', { type: 'file', id: 'import-file', accept: '.json,application/json', 'aria-describedby': 'import-error',
    onchange: (e) => importFile(e.target, { path: '/api/v1/quizzes', texts: 'home',
      after: (quiz) => renderQuizzes({ quiz: quiz.id, action: 'edit' }) }) });
  show(screen, el('section', { class: 'card stack' },
    el('div', { class: 'row' },
      el('h1', { class: 'grow', text: t('home.myQuizzes') }),
      el('a', { class: 'button', href: '/results', id: 'past-games', text: t('home.pastGames') }),
      el('a', { class: 'button', href: '/activities', id: 'my-activities', text: t('home.myActivities') }),
      el('a', { class: 'button', href: '/dashboard', id: 'dashboard-link', text: t('home.dashboard') }),
      el('a', { class: 'button', href: '/events', id: 'events-link', text: t('home.events') }),
      el('a', { class: 'button', href: '/hunts', id: 'hunts-link', text: t('home.hunts') }),
      el('a', { class: 'button', href: '/trophies', id: 'trophies-link', text: t('home.trophies') }),
      (account.roles ?? []).includes('ADMIN') ? el('a', { class: 'button', href: '/audit', id: 'audit-link', text: t('home.audit') }) : null,
      el('a', { class: 'button', href: '/controllers', id: 'my-controllers', text: t('home.myControllers') }),
      el('a', { class: 'button', href: '/ladder', id: 'ladder-link', text: t('home.ladder') }),
      el('a', { class: 'button', href: '/edit', text: t('home.newQuiz') })),
    el('details', { class: 'stack', id: 'game-options' },
      el('summary', { text: t('home.options') }),
      el('div', { class: 'field' }, el('label', { for: 'custom-field', text: t('home.customField') }),
        el('input', { id: 'custom-field', maxlength: '60' })),
      el('label', { class: 'inline', for: 'randomize' }, el('input', { type: 'checkbox', id: 'randomize' }), t('home.randomize')),
      el('label', { class: 'inline', for: 'start-locked' }, el('input', { type: 'checkbox', id: 'start-locked' }), t('home.startLocked')),
      el('div', { class: 'field' }, el('label', { for: 'get-ready', text: t('home.getReady') }),
        el('select', { id: 'get-ready', 'aria-describedby': 'get-ready-hint' },
          [0, 3, 5, 8, 10].map((n) => el('option', { value: String(n), selected: n === 5, text: n ? t('common.seconds', { n }) : t('home.getReadyOff') }))),
        el('p', { class: 'hint', id: 'get-ready-hint', text: t('home.getReadyHint') })),
      el('div', { class: 'field' }, el('label', { for: 'time-limit', text: t('home.timeLimit') }),
        el('select', { id: 'time-limit', 'aria-describedby': 'time-limit-hint' },
          ['normal', 'extended', 'none'].map((limit) => el('option', { value: limit, text: t(`home.timeLimit.${limit}`) }))),
        el('p', { class: 'hint', id: 'time-limit-hint', text: t('home.timeLimitHint') })),
      el('label', { class: 'inline', for: 'answers-on-phones' }, el('input', { type: 'checkbox', id: 'answers-on-phones' }), t('home.answersOnPhones')),
      el('label', { class: 'inline', for: 'streak-bonus' }, el('input', { type: 'checkbox', id: 'streak-bonus' }), t('home.streakBonus')),
      el('label', { class: 'inline', for: 'team-play' }, el('input', { type: 'checkbox', id: 'team-play' }), t('home.teamPlay')),
      el('div', { class: 'field' }, el('label', { for: 'team-names', text: t('home.teamNames') }),
        el('textarea', { id: 'team-names', rows: '4', text: t('home.teamNamesDefault') })),
      el('div', { class: 'field' }, el('label', { for: 'team-assignment', text: t('home.teamAssignment') }),
        el('select', { id: 'team-assignment' },
          el('option', { value: 'auto', text: t('home.teamAuto') }),
          el('option', { value: 'choose', text: t('home.teamChoose') })))),
    el('div', { id: 'quiz-list' }),
    el('div', { class: 'field' },
      el('label', { for: 'import-file', text: t('home.import') }), importInput,
      el('p', { class: 'error', id: 'import-error', role: 'alert' })),
    el('div', { class: 'field' },
      el('label', { for: 'import-sheet', text: t('home.importSheet') }),
      el('input', { type: 'file', id: 'import-sheet', 'aria-describedby': 'import-sheet-hint import-sheet-error',
        accept: '.xlsx,.csv,.zip,.json,application/zip,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        onchange: (e) => importSheet(e.target) }),
      el('p', { class: 'hint', id: 'import-sheet-hint' }, t('home.importSheetHint'), ' ',
        el('a', { href: '/api/v1/quiz-imports/template.xlsx', download: '', text: t('home.template') })),
      el('p', { class: 'error', id: 'import-sheet-error', role: 'alert' }))));
  await renderQuizzes();
}

// A spreadsheet (Quizhall's template or Kahoot's), a quiz archive with pictures, or an export document
// (POST /api/v1/quiz-imports, docs/quiz-format.md); errors name the spreadsheet's row and column.
async function importSheet(input) {
  const error = $('#import-sheet-error');
  error.textContent = '';
  const file = input.files[0];
  if (!file) return;
  const form = new FormData();
  form.append('file', file);
  const response = await upload('/api/v1/quiz-imports', form);
  input.value = '';
  if (!response.ok) {
    error.textContent = t('home.importFailed', { reason: problemText(response, t('common.error')) });
    return;
  }
  $('#status').textContent = t('home.imported', { title: plain(response.data.title) });
  await renderQuizzes({ quiz: response.data.id, action: 'edit' });
}

// Lists my quizzes; after an action, keyboard focus goes back to the same button of the same quiz if it is there.
async function renderQuizzes(focus) {
  const page = await api('GET', '/api/v1/quizzes?size=100&sort=updated,desc');
  if (page.status === 401) return signedOut();
  const quizzes = page.ok ? page.data.items : [];
  const list = quizzes.length === 0 ? el('p', { text: t('home.noQuizzes') })
    : el('ul', { class: 'quiz-list', id: 'quizzes' }, quizzes.map(quizItem));
  $('#quiz-list').replaceChildren(list);
  if (focus) {
    const target = $(`li[data-quiz="${focus.quiz}"] [data-action="${focus.action}"]`) ?? $('h1');
    target.focus();
  }
}

function quizItem(quiz) {
  const title = plain(quiz.title);
  const action = (name, label, handler, cls) => el('button', { type: 'button', class: cls, dataset: { action: name },
    'aria-label': t(`home.${label}Label`, { title }), onclick: () => handler(quiz), text: t(`home.${label}`) });
  const cover = quiz.coverImage ? el('img', { class: 'cover', src: fileUrl(quiz.coverImage), alt: '' }) : null;
  if (cover) cover.addEventListener('error', () => cover.remove());
  return el('li', { class: 'quiz-card', dataset: { quiz: quiz.id, public: String(quiz.public) } },
    cover,
    el('div', { class: 'quiz-main' },
      el('span', { class: 'title', html: quiz.title }),
      el('span', { class: 'hint' },
        quiz.questionCount === 1 ? t('home.questionCountOne') : t('home.questionCount', { n: quiz.questionCount }), ' · ',
        el('span', { class: `badge ${quiz.public ? 'public' : ''}`, text: t(quiz.public ? 'home.public' : 'home.private') })),
      quiz.hidden ? el('span', { class: 'error', dataset: { hidden: 'true' }, text: t('home.hiddenByModerator', { reason: quiz.hiddenReason ?? '' }) }) : null),
    el('div', { class: 'row actions' },
      el('a', { class: 'button', href: `/edit?quiz=${quiz.id}`, dataset: { action: 'edit' },
        'aria-label': t('home.editLabel', { title }), text: t('home.edit') }),
      el('button', { type: 'button', class: 'primary', dataset: { action: 'host' }, 'aria-label': t('home.host', { title }),
        onclick: () => host(quiz), text: t('home.hostShort') }),
      quiz.public ? action('unpublish', 'unpublish', (q) => publish(q, false)) : action('publish', 'publish', (q) => publish(q, true)),
      quiz.public ? (quiz.solutionsPublic ? action('hide-solutions', 'hideSolutions', (q) => showSolutions(q, false))
        : action('show-solutions', 'showSolutions', (q) => showSolutions(q, true))) : null,
      action('copy', 'copy', copy),
      el('a', { class: 'button', href: `/api/v1/quizzes/${quiz.id}/export`, download: '', dataset: { action: 'export' },
        'aria-label': t('home.exportLabel', { title }), text: t('home.export') }),
      el('a', { class: 'button', href: `/api/v1/quizzes/${quiz.id}/export?format=zip`, download: '', dataset: { action: 'export-zip' },
        'aria-label': t('home.exportZipLabel', { title }), text: t('home.exportZip') }),
      action('delete', 'delete', (q) => confirmDelete({ path: '/api/v1/quizzes', item: q, texts: 'home',
        selector: `li[data-quiz="${q.id}"]`, after: () => renderQuizzes({ quiz: q.id, action: 'delete' }) }), 'danger')));
}

async function publish(quiz, makePublic) {
  const response = await api('POST', `/api/v1/quizzes/${quiz.id}/${makePublic ? 'publish' : 'unpublish'}`);
  status.textContent = response.ok ? t(makePublic ? 'home.published' : 'home.unpublished', { title: plain(quiz.title) })
    : problemText(response, t('common.error'));
  await renderQuizzes({ quiz: quiz.id, action: makePublic ? 'unpublish' : 'publish' });
}

// Whether the quiz's public page (docs/community.md) shows the right answers.
async function showSolutions(quiz, shown) {
  const response = await api('POST', `/api/v1/quizzes/${quiz.id}/solutions/${shown ? 'show' : 'hide'}`);
  status.textContent = response.ok ? t(shown ? 'pquiz.withSolutions' : 'pquiz.withoutSolutions') : problemText(response, t('common.error'));
  await renderQuizzes({ quiz: quiz.id, action: shown ? 'hide-solutions' : 'show-solutions' });
}

async function copy(quiz) {
  const response = await api('POST', `/api/v1/quizzes/${quiz.id}/copy`);
  status.textContent = response.ok ? t('home.copied', { title: plain(quiz.title) }) : problemText(response, t('common.error'));
  await renderQuizzes({ quiz: quiz.id, action: 'copy' });
}

async function load() {
  // A provider sign-in that needs a second step comes back with the pending login in the fragment (never sent
  // to a server); a failed one with ?login-error=<code>.
  const fragment = new URLSearchParams(location.hash.substring(1));
  const loginError = new URLSearchParams(location.search).get('login-error');
  if (fragment.has('pending-login') || loginError) history.replaceState(null, '', '/');
  if (fragment.has('pending-login')) return secondStep(fragment.get('pending-login'), (fragment.get('methods') ?? '').split(','));
  const me = await api('GET', '/api/v1/auth/me');
  if (me.ok) signedIn(me.data);
  else signedOut(loginError ? t(`home.loginError.${loginError}`) : '');
}

applyTexts();
load();
