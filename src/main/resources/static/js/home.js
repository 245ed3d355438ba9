// The teacher's landing page: log in or register, list my quizzes, host one.
import { t, applyTexts } from './messages.js';
import { api } from './api.js';
import { el, $, show, plain } from './dom.js';

const screen = $('#screen');
const status = $('#status');

function field(id, label, attrs = {}) {
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), el('input', { id, name: id, required: true, ...attrs }));
}

function signedOut(message = '') {
  $('#account').textContent = '';
  const loginError = el('p', { class: 'error', role: 'alert', id: 'login-error', text: message });
  const registerError = el('p', { class: 'error', role: 'alert', id: 'register-error' });
  const login = el('form', { class: 'card stack', id: 'login-form', onsubmit: async (e) => {
      e.preventDefault();
      const form = e.target;
      const response = await api('POST', '/api/v1/auth/login', { login: form.login.value, password: form.password.value });
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
        registerError.textContent = (response.data?.errors ?? []).map((x) => `${x.field}: ${x.message}`).join(' ') || response.data?.detail || t('common.error');
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
  show(screen, el('section', { class: 'stack' },
    el('h1', { text: t('home.tagline') }),
    el('p', {}, el('a', { class: 'button primary', href: '/play', text: t('home.join') })),
    el('div', { class: 'forms' }, login, register)));
}

async function host(quiz) {
  const body = { quizId: quiz.id, randomizeAnswers: $('#randomize').checked, locked: $('#start-locked').checked };
  if ($('#custom-field').value.trim()) body.customField = $('#custom-field').value;
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
    el('button', { type: 'button', class: 'link', id: 'logout', onclick: async () => {
      await api('POST', '/api/v1/auth/logout');
      signedOut();
    }, text: t('home.logout') }));
  const page = await api('GET', '/api/v1/quizzes?size=100&sort=updated,desc');
  const quizzes = page.ok ? page.data.items : [];
  show(screen, el('section', { class: 'card stack' },
    el('div', { class: 'row' },
      el('h1', { text: t('home.myQuizzes') }),
      el('a', { class: 'button', href: '/edit', text: t('home.newQuiz') })),
    el('details', { class: 'stack', id: 'game-options' },
      el('summary', { text: t('home.options') }),
      el('div', { class: 'field' }, el('label', { for: 'custom-field', text: t('home.customField') }),
        el('input', { id: 'custom-field', maxlength: '60' })),
      el('label', { class: 'inline', for: 'randomize' }, el('input', { type: 'checkbox', id: 'randomize' }), t('home.randomize')),
      el('label', { class: 'inline', for: 'start-locked' }, el('input', { type: 'checkbox', id: 'start-locked' }), t('home.startLocked'))),
    quizzes.length === 0 ? el('p', { text: t('home.noQuizzes') })
      : el('ul', { class: 'quiz-list', id: 'quizzes' }, quizzes.map((quiz) => el('li', { dataset: { quiz: quiz.id } },
          el('span', { class: 'title', html: quiz.title }),
          quiz.questionCount === undefined ? null : el('span', { class: 'hint', text: t('home.questionCount', { n: quiz.questionCount }) }),
          el('a', { class: 'button', href: `/edit?quiz=${quiz.id}`, text: t('home.edit') }),
          el('button', { type: 'button', class: 'primary', 'aria-label': t('home.host', { title: plain(quiz.title) }),
            onclick: () => host(quiz), text: t('home.hostShort') }))))));
}

async function load() {
  const me = await api('GET', '/api/v1/auth/me');
  if (me.ok) signedIn(me.data);
  else signedOut();
}

applyTexts();
load();
