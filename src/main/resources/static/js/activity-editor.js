// The activity editor: pages of five kinds (SLIDE, MARKDOWN, PDF, MEMORY, ABCD); the server validates, and its
// errors appear next to their fields (docs/activities.md). Texts are limited rich text like quizzes, Markdown is
// edited as source; pictures and PDFs are uploaded for the activity and referenced by id.
import { t, applyTexts } from './messages.js';
import { api } from './api.js';
import { el, $, show } from './dom.js';
import { input, richInput, fileFields, saveDocument } from './fields.js';

const KINDS = ['SLIDE', 'MARKDOWN', 'PDF', 'MEMORY', 'ABCD'];
const screen = $('#screen');
const status = $('#status');
const activityId = new URLSearchParams(location.search).get('activity');
let activity = { title: '', pages: [] };
let version = null;
const files = fileFields({ render: (focusId) => render(focusId), purpose: 'activity' });

function blankData(type) {
  switch (type) {
    case 'SLIDE': return { text: '' };
    case 'MARKDOWN': return { markdown: '' };
    case 'PDF': return {};
    case 'MEMORY': return { cards: [[{ text: '' }, { text: '' }], [{ text: '' }, { text: '' }]] };
    default: return { question: '', answers: [{ answer: '', correct: true }, { answer: '', correct: false }] };
  }
}

function fileIds() {
  return activity.pages.flatMap((page) => [page.data?.image, page.data?.file,
    ...(page.data?.cards ?? []).flat().map((card) => card?.image)]);
}

function move(list, from, to, focusId) {
  list.splice(to, 0, list.splice(from, 1)[0]);
  render(focusId);
}

function removeButton(label, onclick) {
  return el('button', { type: 'button', class: 'icon danger', 'aria-label': label, onclick }, '✕');
}

function dataEditor(page, i) {
  const base = `pages[${i}].data`;
  const data = page.data;
  switch (page.type) {
    case 'SLIDE':
      return el('div', { class: 'stack' },
        richInput(`${base}.text`, t('aedit.slideText'), data, 'text', { type: 'textarea', rows: '4' }),
        files.field(`${base}.image`, t('aedit.picture'), t('aedit.removePicture', { n: i + 1 }), data, 'image'));
    case 'MARKDOWN':
      return el('div', { class: 'stack' },
        input(`${base}.markdown`, t('aedit.markdown'), data, 'markdown', { type: 'textarea', rows: '10' }),
        el('p', { class: 'hint', text: t('aedit.markdownHint') }));
    case 'PDF':
      return files.field(`${base}.file`, t('aedit.pdf'), t('aedit.removePdf', { n: i + 1 }), data, 'file', 'pdf');
    case 'MEMORY':
      return el('div', { class: 'stack' },
        data.cards.map((pair, j) => el('fieldset', { class: 'pair-editor', id: `${base}.cards[${j}]` },
          el('legend', { text: t('aedit.pair', { n: j + 1 }) }),
          el('div', { class: 'row' },
            pair.map((card, k) => el('div', { class: 'stack grow' },
              richInput(`${base}.cards[${j}][${k}].text`, t('aedit.cardText', { card: k + 1, pair: j + 1 }), card, 'text'),
              files.field(`${base}.cards[${j}][${k}].image`, t('aedit.cardPicture', { card: k + 1, pair: j + 1 }),
                t('aedit.removeCardPicture', { card: k + 1, pair: j + 1 }), card, 'image'),
              el('span', { class: 'error', id: `err-${base}.cards[${j}][${k}]` }))),
            removeButton(t('aedit.removePair', { n: j + 1 }), () => { data.cards.splice(j, 1); render(); })),
          el('span', { class: 'error', id: `err-${base}.cards[${j}]` }))),
        el('span', { class: 'error', id: `err-${base}.cards` }),
        el('button', { type: 'button', id: `add-pair-${i}`, text: t('aedit.addPair'), onclick: () => {
          data.cards.push([{ text: '' }, { text: '' }]);
          render(`${base}.cards[${data.cards.length - 1}][0].text`);
        } }));
    default:
      return el('div', { class: 'stack' },
        richInput(`${base}.question`, t('aedit.question'), data, 'question', { type: 'textarea' }),
        data.answers.map((answer, k) => el('div', { class: 'answer-row' },
          richInput(`${base}.answers[${k}].answer`, t('aedit.answer', { n: k + 1 }), answer, 'answer'),
          input(`${base}.answers[${k}].correct`, t('aedit.correct'), answer, 'correct', { type: 'checkbox' }),
          removeButton(t('aedit.removeAnswer', { n: k + 1 }), () => { data.answers.splice(k, 1); render(); }))),
        el('span', { class: 'error', id: `err-${base}.answers` }),
        el('button', { type: 'button', id: `add-answer-${i}`, text: t('aedit.addAnswer'), onclick: () => {
          data.answers.push({ answer: '', correct: false });
          render(`${base}.answers[${data.answers.length - 1}].answer`);
        } }));
  }
}

function pageEditor(page, i) {
  const kind = el('select', { id: `pages[${i}].type`, 'aria-describedby': `err-pages[${i}].type` },
    KINDS.map((k) => el('option', { value: k, text: t(`pagekind.${k}`) })));
  kind.value = page.type;
  kind.addEventListener('change', () => {
    page.type = kind.value;
    page.data = blankData(page.type);
    render(`pages[${i}].type`);
  });
  return el('fieldset', { class: 'question-editor stack', id: `pages[${i}]` },
    el('legend', { text: t('aedit.page', { n: i + 1 }) }),
    el('div', { class: 'row' },
      el('div', { class: 'field' }, el('label', { for: `pages[${i}].type`, text: t('aedit.kind') }), kind,
        el('span', { class: 'error', id: `err-pages[${i}].type` })),
      el('div', { class: 'grow' }, richInput(`pages[${i}].title`, t('aedit.pageTitle'), page, 'title'))),
    dataEditor(page, i),
    el('span', { class: 'error', id: `err-pages[${i}].data` }),
    el('span', { class: 'error', id: `err-pages[${i}]` }),
    el('div', { class: 'row' },
      el('button', { type: 'button', 'aria-label': t('aedit.moveUp', { n: i + 1 }), disabled: i === 0,
        onclick: () => move(activity.pages, i, i - 1) }, '↑'),
      el('button', { type: 'button', 'aria-label': t('aedit.moveDown', { n: i + 1 }), disabled: i === activity.pages.length - 1,
        onclick: () => move(activity.pages, i, i + 1) }, '↓'),
      el('button', { type: 'button', class: 'danger', text: t('aedit.removePage', { n: i + 1 }),
        onclick: () => { activity.pages.splice(i, 1); render(); } })));
}

function render(focusId) {
  const form = el('form', { class: 'card stack', id: 'editor', novalidate: true, onsubmit: save },
    el('h1', { text: activityId || activity.id ? t('aedit.title') : t('aedit.newTitle') }),
    el('p', { class: 'hint', text: t('edit.formatHint') }),
    richInput('title', t('aedit.activityTitle'), activity, 'title', { maxlength: '3000' }),
    activity.pages.map(pageEditor),
    el('span', { class: 'error', id: 'err-pages' }),
    el('div', { class: 'row' },
      el('button', { type: 'button', id: 'add-page', text: t('aedit.addPage'), onclick: () => {
        activity.pages.push({ type: 'SLIDE', data: blankData('SLIDE') });
        render(`pages[${activity.pages.length - 1}].type`);
      } }),
      el('button', { type: 'submit', class: 'primary', id: 'save', text: t('edit.save') })),
    el('p', { class: 'error', id: 'err-form', role: 'alert' }));
  screen.replaceChildren(form);
  if (focusId) document.getElementById(focusId)?.focus();
}

async function save(e) {
  e.preventDefault();
  status.textContent = '';
  const body = { title: activity.title, pages: activity.pages };
  const saved = await saveDocument(screen, { path: '/api/v1/activities', id: activity.id ?? activityId, body, version,
    conflict: t('aedit.conflict') });
  if (!saved) return;
  activity = saved;
  version = saved.version;
  await files.load(fileIds());
  history.replaceState(null, '', `/edit-activity?activity=${activity.id}`);
  render();
  status.textContent = t('edit.saved');
}

async function main() {
  applyTexts();
  if (activityId) {
    const response = await api('GET', `/api/v1/activities/${activityId}`);
    if (!response.ok) {
      show(screen, el('section', { class: 'card' }, el('h1', { text: response.data?.detail ?? t('common.error') })));
      return;
    }
    activity = response.data;
    version = activity.version;
    await files.load(fileIds());
  } else {
    activity.pages.push({ type: 'SLIDE', data: blankData('SLIDE') });
  }
  render('title');
}

main();
