// Quiz cards of the community pages (docs/community.md): the listing, search results and profiles. Highlighted
// search matches arrive as text segments and become <mark> elements; nothing from a search is parsed as HTML.
import { t } from './messages.js';
import { el, fileUrl, plain } from './dom.js';

export function segments(parts) {
  return parts.map((part) => (part.match ? el('mark', { text: part.text }) : document.createTextNode(part.text)));
}

export function counts(quiz) {
  return [
    quiz.questionCount === 1 ? t('home.questionCountOne') : t('home.questionCount', { n: quiz.questionCount }),
    t('community.plays', { n: quiz.plays }),
    t('community.likes', { n: quiz.likes }),
    t('community.dislikes', { n: quiz.dislikes }),
  ].join(' · ');
}

export function quizCard(quiz) {
  const title = quiz.highlight?.title?.length ? segments(quiz.highlight.title) : [plain(quiz.title)];
  const snippet = quiz.highlight?.snippet?.length ? segments(quiz.highlight.snippet)
    : quiz.description ? [plain(quiz.description)] : [];
  const cover = quiz.coverImage ? el('img', { class: 'cover', src: fileUrl(quiz.coverImage), alt: '' }) : null;
  if (cover) cover.addEventListener('error', () => cover.remove());
  return el('li', { class: 'quiz-card', dataset: { quiz: quiz.id } },
    cover,
    el('div', { class: 'quiz-main' },
      el('a', { class: 'title', href: `/q/${quiz.id}` }, title),
      snippet.length ? el('span', { class: 'snippet' }, snippet) : null,
      el('span', { class: 'hint' }, counts(quiz), ' · ',
        el('a', { href: `/u/${encodeURIComponent(quiz.author.username)}`, text: t('community.by', { name: quiz.author.username }) }),
        quiz.modRating ? ` · ${t('community.modRating', { n: quiz.modRating })}` : '')));
}

export function cardList(id, quizzes) {
  if (quizzes.length === 0) return el('p', { id, text: t('community.none') });
  return el('ul', { class: 'quiz-list', id }, quizzes.map(quizCard));
}

// The signed-in account (GET /api/v1/auth/me), or null.
export async function me(api) {
  const response = await api('GET', '/api/v1/auth/me');
  return response.ok ? response.data : null;
}
