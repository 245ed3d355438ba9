// A learner going through a shared activity at their own pace, on a phone or anywhere (/learn/{token}). Nothing
// about the learner goes to the server: progress (pages seen, ABCD answers, memory games) is kept in this browser's
// localStorage only. ABCD answers are checked by the server, which sends the solution only after an answer.
import { t, applyTexts } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain, optionMark, picture, fileUrl } from './dom.js';

const screen = $('#screen');
const status = $('#status');
const token = decodeURIComponent(location.pathname.split('/').pop() ?? '');
const STORAGE_KEY = `quizhall.activity.${token}`;
let activity = null;
let progress = null;

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY));
    if (saved && typeof saved === 'object') return { page: 0, seen: [], abcd: {}, memory: {}, ...saved };
  } catch (e) {
    // A damaged entry starts over.
  }
  return { page: 0, seen: [], abcd: {}, memory: {} };
}

function save() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch (e) {
    // Private mode or a full storage: the learner goes on without a memory.
  }
}

function problemScreen(titleKey, textKey) {
  $('#activity-title').textContent = '';
  show(screen, el('section', { class: 'card stack center', id: 'link-problem' },
    el('p', { class: 'verdict-icon', 'aria-hidden': 'true', text: '⌛' }),
    el('h1', { text: t(titleKey) }),
    el('p', { text: t(textKey) })));
}

// --- pages -------------------------------------------------------------------------------------------------------

function slide(page) {
  return el('div', { class: 'stack' },
    el('div', { class: 'rich slide-text', html: page.data.text }),
    page.data.image ? picture(page.data.image, 'question-image') : null);
}

function markdown(page) {
  // Rendered and sanitised by the server to a few text elements and safe links (docs/activities.md).
  return el('div', { class: 'rich markdown', html: page.data.html });
}

function pdf(page, index) {
  const url = fileUrl(page.data.file);
  const name = plain(page.title ?? '') || t('aedit.pdf');
  return el('div', { class: 'stack' },
    el('iframe', { class: 'pdf-frame', id: `pdf-${index}`, src: url, title: t('learn.pdfFrame', { title: name }) }),
    el('div', { class: 'row' },
      el('a', { class: 'button primary', id: 'open-pdf', href: url, target: '_blank', rel: 'noopener', text: t('learn.openPdf') }),
      el('a', { class: 'button', href: `${url}?attachment=true`, download: '', text: t('learn.downloadPdf') })));
}

function abcd(page, index) {
  const answered = progress.abcd[index];
  const feedback = el('p', { class: 'verdict', id: 'verdict', role: 'status', 'aria-live': 'polite' });
  const options = page.data.answers.map((option, i) => {
    const button = el('button', { type: 'button', class: `choice shape-${i % 4}`, dataset: { option: String(i) },
      onclick: () => check(index, i) },
    optionMark(i), el('span', { class: 'choice-text', html: option.answer }), el('span', { class: 'choice-verdict' }));
    return button;
  });
  const container = el('div', { class: 'stack' },
    el('div', { class: 'rich question-text', html: page.data.question }),
    el('div', { class: 'choices', role: 'group', 'aria-label': plain(page.data.question) }, options),
    feedback);
  if (answered) showVerdict(container, answered);
  return container;
}

function showVerdict(container, answered) {
  const feedback = container.querySelector('#verdict');
  feedback.textContent = answered.correct ? t('learn.right') : t('learn.wrong');
  feedback.className = `verdict ${answered.correct ? 'right' : 'wrong'}`;
  for (const button of container.querySelectorAll('button.choice')) {
    const i = Number(button.dataset.option);
    button.disabled = true;
    const marks = [];
    if (answered.correctAnswers.includes(i)) marks.push(t('learn.correctAnswer'));
    if (i === answered.choice) marks.push(t('learn.yourAnswer'));
    button.classList.toggle('chosen', i === answered.choice);
    button.classList.toggle('correct', answered.correctAnswers.includes(i));
    button.querySelector('.choice-verdict').textContent = marks.join(' · ');
  }
}

async function check(index, choice) {
  for (const button of screen.querySelectorAll('button.choice')) button.disabled = true;
  const response = await api('POST', `/api/v1/activity-shares/${encodeURIComponent(token)}/pages/${index}/check`, { answer: choice });
  if (!response.ok) {
    if (response.status === 410) return problemScreen('learn.expiredTitle', 'learn.expiredText');
    for (const button of screen.querySelectorAll('button.choice')) button.disabled = false;
    status.textContent = t('learn.checkFailed', { reason: problemText(response, t('common.error')) });
    return;
  }
  progress.abcd[index] = { choice, correct: response.data.correct, correctAnswers: response.data.correctAnswers };
  save();
  showVerdict(screen, progress.abcd[index]);
  screen.querySelector('#verdict').focus?.();
}

// Memory: the cards face down in a shuffled grid; two turned over stay up if they are a pair. Which cards pair up
// is in the page (a memory game shows its cards anyway); only the order is hidden, by shuffling.
function memory(page, index) {
  const cards = page.data.cards.flatMap((pair, p) => pair.map((card) => ({ ...card, pair: p })));
  for (let i = cards.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [cards[i], cards[j]] = [cards[j], cards[i]];
  }
  const done = progress.memory[index];
  let turned = [];
  let moves = 0;
  const message = el('p', { class: 'memory-message', id: 'memory-message', role: 'status', 'aria-live': 'polite',
    text: done ? t('learn.memoryDone', { moves: done.moves }) : t('learn.memoryHint') });
  const buttons = cards.map((card, n) => {
    const face = el('span', { class: 'card-face' },
      card.image ? picture(card.image, 'card-image') : null,
      card.text ? el('span', { html: card.text }) : null);
    const button = el('button', { type: 'button', class: 'memory-card', dataset: { pair: String(card.pair), card: String(n) },
      'aria-label': t('learn.cardHidden', { n: n + 1 }),
      onclick: () => turn(n) },
    el('span', { class: 'card-back', 'aria-hidden': 'true', text: '?' }), face);
    return button;
  });
  const faceUp = (n, up) => {
    const button = buttons[n];
    button.classList.toggle('up', up);
    button.setAttribute('aria-label', up ? `${t('learn.card', { n: n + 1 })}: ${button.querySelector('.card-face').textContent}`
      : t('learn.cardHidden', { n: n + 1 }));
  };
  const matched = (n) => {
    faceUp(n, true);
    const button = buttons[n];
    button.classList.add('matched');
    button.disabled = true;
    button.setAttribute('aria-label', `${button.getAttribute('aria-label')} (${t('learn.matched')})`);
    button.querySelector('.card-face').append(el('span', { class: 'matched-mark', text: ` ✓ ${t('learn.matched')}` }));
  };
  function turn(n) {
    if (turned.length === 2 || turned.includes(n) || buttons[n].disabled) return;
    faceUp(n, true);
    turned.push(n);
    if (turned.length < 2) return;
    moves += 1;
    const [a, b] = turned;
    if (cards[a].pair === cards[b].pair) {
      matched(a);
      matched(b);
      turned = [];
      message.textContent = t('learn.pairFound');
      if (buttons.every((button) => button.disabled)) {
        progress.memory[index] = { moves };
        save();
        message.textContent = t('learn.memoryDone', { moves });
      }
    } else {
      message.textContent = t('learn.noPair');
      setTimeout(() => {
        faceUp(a, false);
        faceUp(b, false);
        turned = [];
      }, 1200);
    }
  }
  if (done) buttons.forEach((button, n) => matched(n));
  return el('div', { class: 'stack' }, message, el('div', { class: 'memory-grid', id: 'memory' }, buttons));
}

const RENDER = { SLIDE: slide, MARKDOWN: markdown, PDF: pdf, MEMORY: memory, ABCD: abcd };

// --- navigation --------------------------------------------------------------------------------------------------

function pageScreen(index) {
  const count = activity.pages.length;
  const page = activity.pages[index];
  progress.page = index;
  if (!progress.seen.includes(index)) progress.seen.push(index);
  save();
  const last = index === count - 1;
  show(screen, el('article', { class: 'card stack learn-page', id: 'page', dataset: { index: String(index), type: page.type } },
    el('div', { class: 'stack' },
      el('p', { class: 'hint', id: 'page-of', text: t('learn.pageOf', { n: index + 1, count }) }),
      el('progress', { max: String(count), value: String(index + 1), 'aria-label': t('learn.progress') })),
    el('h1', page.title ? { html: page.title } : { html: activity.title }),
    RENDER[page.type](page, index),
    el('nav', { class: 'row learn-nav', 'aria-label': t('learn.progress') },
      el('button', { type: 'button', id: 'prev', disabled: index === 0, text: t('learn.back'),
        onclick: () => pageScreen(index - 1) }),
      el('button', { type: 'button', class: 'primary grow', id: last ? 'finish' : 'next', text: t(last ? 'learn.finish' : 'learn.next'),
        onclick: () => (last ? summary() : pageScreen(index + 1)) }))));
}

function summary() {
  const count = activity.pages.length;
  const questions = activity.pages.map((page, i) => i).filter((i) => activity.pages[i].type === 'ABCD');
  const memories = activity.pages.map((page, i) => i).filter((i) => activity.pages[i].type === 'MEMORY');
  const right = questions.filter((i) => progress.abcd[i]?.correct).length;
  const done = memories.filter((i) => progress.memory[i]).length;
  progress.finished = true;
  save();
  show(screen, el('section', { class: 'card stack center', id: 'summary' },
    el('p', { class: 'verdict-icon', 'aria-hidden': 'true', text: '★' }),
    el('h1', { text: t('learn.done') }),
    el('p', { id: 'seen', text: t('learn.seen', { seen: progress.seen.length, count }) }),
    questions.length ? el('p', { id: 'score', text: t('learn.score', { right, count: questions.length }) }) : null,
    memories.length ? el('p', { id: 'memories', text: t('learn.memories', { done, count: memories.length }) }) : null,
    el('p', { class: 'hint', text: t('learn.keptHere') }),
    el('div', { class: 'row' },
      el('button', { type: 'button', id: 'back-to-pages', text: t('learn.back'), onclick: () => pageScreen(count - 1) }),
      el('button', { type: 'button', class: 'primary', id: 'restart', text: t('learn.restart'), onclick: () => {
        localStorage.removeItem(STORAGE_KEY);
        progress = load();
        pageScreen(0);
      } }))));
}

async function main() {
  applyTexts();
  const response = await api('GET', `/api/v1/activity-shares/${encodeURIComponent(token)}`);
  if (response.status === 410) return problemScreen('learn.expiredTitle', 'learn.expiredText');
  if (!response.ok) return problemScreen('learn.notFoundTitle', 'learn.notFoundText');
  activity = response.data;
  document.title = plain(activity.title);
  $('#activity-title').innerHTML = activity.title;
  progress = load();
  const page = Math.min(Math.max(0, Number(progress.page) || 0), activity.pages.length - 1);
  pageScreen(page);
}

main();
