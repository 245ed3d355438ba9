// A public profile (docs/community.md): username, avatar, join date, public quizzes and trophies.
// GET /api/v1/community/users/{username}, more quizzes with GET /api/v1/community/quizzes?author=.
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api } from './api.js';
import { el, $, show, framedPicture } from './dom.js';
import { cardList } from './cards.js';

const screen = $('#screen');
const username = decodeURIComponent(location.pathname.split('/').pop());
const dateFormat = dateTimeFormat({ dateStyle: 'long' });

async function load() {
  const response = await api('GET', `/api/v1/community/users/${encodeURIComponent(username)}`);
  if (!response.ok) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('profile.notFound') })));
    return;
  }
  const profile = response.data;
  const trophies = await api('GET', `/api/v1/users/${encodeURIComponent(username)}/trophies`);
  document.title = `${profile.username} · Quizhall`;
  show(screen, el('section', { class: 'card stack', id: 'profile' },
    el('div', { class: 'row' },
      profile.avatarUrl ? el('img', { class: 'avatar', src: profile.avatarUrl, alt: '', width: '64', height: '64' }) : null,
      el('h1', { class: 'grow', text: profile.username })),
    el('p', { class: 'hint', text: t('profile.joined', { date: dateFormat.format(new Date(profile.joinedAt)) }) }),
    el('h2', { text: t('profile.quizzes') }),
    cardList('profile-quizzes', profile.quizzes.items),
    profile.quizzes.hasNext ? el('p', {}, el('a', { href: `/explore?author=${encodeURIComponent(profile.username)}`, text: t('profile.more') })) : null,
    // Trophies (docs/trophies.md), when the person holds any.
    trophies.ok && trophies.data.length ? [el('h2', { text: t('dashboard.trophies') }),
      el('ul', { class: 'quiz-list', id: 'profile-trophies' }, trophies.data.map((trophy) => el('li', { class: 'row' },
        trophy.icon ? framedPicture(trophy.icon, 'trophy-icon') : null,
        el('span', { class: 'title', text: trophy.icon ? trophy.name : `🏆 ${trophy.name}` }),
        trophy.counting ? el('span', { class: 'hint', text: t('trophies.times', { n: trophy.quantity }) }) : null)))] : null));
}

applyTexts();
load();
