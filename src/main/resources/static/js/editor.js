// The quiz editor: every question kind; the server validates, and its errors appear next to their fields.
// Texts are the quiz's limited rich text (HTML with b, i, em, strong, small, mark, del, sub, sup), edited as is,
// with Bold and Italic buttons that put the tags around the selection. Pictures are uploaded to storage and
// referenced by id (docs/storage.md); their alt text belongs to the file.
import { t, applyTexts } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain } from './dom.js';
import { input, richInput, fileFields, saveDocument } from './fields.js';

const KINDS = ['ABCD', 'CHECK', 'RANGE', 'VOTING', 'ORDER', 'TEXT', 'SLIDE'];
const screen = $('#screen');
const status = $('#status');
const quizId = new URLSearchParams(location.search).get('quiz');
let quiz = { title: '', description: '', questions: [] };
let version = null;
const files = fileFields({ render: (focusId) => render(focusId) });

function blankAnswers(type) {
  switch (type) {
    case 'ABCD': case 'CHECK': return [{ answer: '', right: true }, { answer: '', right: false }];
    case 'VOTING': case 'ORDER': return [{ answer: '' }, { answer: '' }];
    case 'TEXT': return [{ answer: '', caseSensitive: false }];
    case 'RANGE': return { min: 0, max: 100, minCorrect: 50, maxCorrect: 50 };
    default: return undefined;
  }
}

function newQuestion(type = 'ABCD') {
  return { type, question: '', time: 20, hideResults: false, answers: blankAnswers(type) };
}

// Reads the metadata of every picture the quiz shows, so thumbnails get their alt text.
function loadFiles() {
  return files.load([quiz.coverImage, ...quiz.questions.map((q) => q.image)]);
}

function answersEditor(q, i) {
  const base = `questions[${i}].answers`;
  if (q.type === 'SLIDE') return null;
  if (q.type === 'RANGE') {
    return el('div', { class: 'row' },
      ['min', 'max', 'minCorrect', 'maxCorrect'].map((key) => input(`${base}.${key}`, t(`edit.${key}`), q.answers, key, { type: 'number', step: '1' })),
      el('span', { class: 'error', id: `err-${base}` }));
  }
  const rows = q.answers.map((a, j) => el('div', { class: 'answer-row' },
    richInput(`${base}[${j}].answer`, t('edit.answer', { n: j + 1 }), a, 'answer', { maxlength: '2000' }),
    q.type === 'ABCD' || q.type === 'CHECK' ? input(`${base}[${j}].right`, t('edit.right'), a, 'right', { type: 'checkbox' }) : null,
    q.type === 'TEXT' ? input(`${base}[${j}].caseSensitive`, t('edit.caseSensitive'), a, 'caseSensitive', { type: 'checkbox' }) : null,
    el('button', { type: 'button', class: 'icon danger', 'aria-label': t('edit.removeAnswer', { n: j + 1 }),
      onclick: () => { q.answers.splice(j, 1); render(); } }, '✕')));
  return el('div', { class: 'stack' }, rows, el('span', { class: 'error', id: `err-${base}` }),
    el('button', { type: 'button', onclick: () => { q.answers.push({ ...blankAnswers(q.type)[1] ?? blankAnswers(q.type)[0], answer: '' }); render(`${base}[${q.answers.length - 1}].answer`); }, text: t('edit.addAnswer') }));
}

function questionEditor(q, i) {
  const kind = el('select', { id: `questions[${i}].type`, 'aria-describedby': `err-questions[${i}].type` },
    KINDS.map((k) => el('option', { value: k, text: `${k} – ${t(`kind.${k}`)}` })));
  kind.value = q.type;
  kind.addEventListener('change', () => {
    q.type = kind.value;
    q.answers = blankAnswers(q.type);
    if (q.answers === undefined) delete q.answers;
    render(`questions[${i}].type`);
  });
  return el('fieldset', { class: 'question-editor stack', id: `questions[${i}]` },
    el('legend', { text: t('edit.question', { n: i + 1 }) }),
    el('div', { class: 'row' },
      el('div', { class: 'field' }, el('label', { for: `questions[${i}].type`, text: t('edit.kind') }), kind,
        el('span', { class: 'error', id: `err-questions[${i}].type` })),
      input(`questions[${i}].time`, t('edit.time'), q, 'time', { type: 'number', min: '5', max: '600' }),
      input(`questions[${i}].hideResults`, t('edit.hideResults'), q, 'hideResults', { type: 'checkbox' })),
    richInput(`questions[${i}].question`, t('edit.questionText'), q, 'question', { type: 'textarea' }),
    files.field(`questions[${i}].image`, t('edit.picture'), t('edit.removeQuestionPicture', { n: i + 1 }), q, 'image'),
    answersEditor(q, i),
    el('span', { class: 'error', id: `err-questions[${i}]` }),
    el('div', { class: 'row' },
      el('button', { type: 'button', 'aria-label': t('edit.moveUp', { n: i + 1 }), disabled: i === 0,
        onclick: () => { quiz.questions.splice(i - 1, 0, quiz.questions.splice(i, 1)[0]); render(); } }, '↑'),
      el('button', { type: 'button', 'aria-label': t('edit.moveDown', { n: i + 1 }), disabled: i === quiz.questions.length - 1,
        onclick: () => { quiz.questions.splice(i + 1, 0, quiz.questions.splice(i, 1)[0]); render(); } }, '↓'),
      el('button', { type: 'button', class: 'danger', onclick: () => { quiz.questions.splice(i, 1); render(); }, text: t('edit.removeQuestion', { n: i + 1 }) })));
}

// The quiz's special event and subject tags (docs/events.md), saved apart from its content after each save.
let themes = { specials: [], tags: [] };
let classification = { specialEventId: null, tagIds: [] };
let savedClassification = JSON.stringify(classification);

function classificationFields() {
  const chosen = new Set(classification.tagIds);
  return el('fieldset', { class: 'stack', id: 'classification' },
    el('legend', { text: t('edit.classification') }),
    el('div', { class: 'field' }, el('label', { for: 'quiz-special', text: t('events.fieldSpecial') }),
      el('select', { id: 'quiz-special', onchange: (e) => { classification.specialEventId = e.target.value || null; } },
        el('option', { value: '', text: t('events.noSpecial') }),
        themes.specials.filter((s) => s.active || s.id === classification.specialEventId)
          .map((s) => el('option', { value: s.id, selected: s.id === classification.specialEventId, text: `${s.emoji} ${plain(s.name)}`.trim() })))),
    el('div', { class: 'row' }, themes.tags.map((tag) => el('label', { class: 'inline', for: `quiz-tag-${tag.id}` },
      el('input', { type: 'checkbox', id: `quiz-tag-${tag.id}`, value: tag.id, checked: chosen.has(tag.id), onchange: (e) => {
        classification.tagIds = e.target.checked ? [...classification.tagIds, tag.id] : classification.tagIds.filter((id) => id !== tag.id);
      } }), plain(tag.name)))));
}

function render(focusId) {
  const form = el('form', { class: 'card stack', id: 'editor', novalidate: true, onsubmit: save },
    el('h1', { text: quizId ? t('edit.title') : t('edit.newTitle') }),
    el('p', { class: 'hint', text: t('edit.formatHint') }),
    richInput('title', t('edit.quizTitle'), quiz, 'title', { maxlength: '3000' }),
    richInput('description', t('edit.description'), quiz, 'description', { type: 'textarea' }),
    files.field('coverImage', t('edit.cover'), t('edit.removeCover'), quiz, 'coverImage'),
    classificationFields(),
    quiz.questions.map(questionEditor),
    el('span', { class: 'error', id: 'err-questions' }),
    el('div', { class: 'row' },
      el('button', { type: 'button', id: 'add-question', onclick: () => { quiz.questions.push(newQuestion()); render(`questions[${quiz.questions.length - 1}].type`); }, text: t('edit.addQuestion') }),
      el('button', { type: 'submit', class: 'primary', id: 'save', text: t('edit.save') })),
    el('p', { class: 'error', id: 'err-form', role: 'alert' }));
  screen.replaceChildren(form);
  if (focusId) document.getElementById(focusId)?.focus();
}

async function save(e) {
  e.preventDefault();
  status.textContent = '';
  const body = { title: quiz.title, description: quiz.description || undefined, questions: quiz.questions,
    coverImage: quiz.coverImage, backgroundColor: quiz.backgroundColor, backgroundImage: quiz.backgroundImage };
  const saved = await saveDocument(screen, { path: '/api/v1/quizzes', id: quiz.id ?? quizId, body, version,
    conflict: t('edit.conflict') });
  if (!saved) return;
  quiz = saved;
  version = saved.version;
  // Only a changed classification is written (one request less for most saves).
  const changed = JSON.stringify(classification) !== savedClassification;
  const [classified] = await Promise.all([
    changed ? api('PUT', `/api/v1/quizzes/${quiz.id}/classification`, classification) : { ok: true }, loadFiles()]);
  if (changed && classified.ok) savedClassification = JSON.stringify(classification);
  history.replaceState(null, '', `/edit?quiz=${quiz.id}`);
  render();
  status.textContent = classified.ok ? t('edit.saved') : problemText(classified, t('common.error'));
}

async function main() {
  applyTexts();
  const [specials, tags] = await Promise.all([api('GET', '/api/v1/special-events'), api('GET', '/api/v1/subject-tags')]);
  themes = { specials: specials.ok ? specials.data : [], tags: tags.ok ? tags.data : [] };
  if (quizId) {
    const current = await api('GET', `/api/v1/quizzes/${quizId}/classification`);
    if (current.ok) {
      classification = { specialEventId: current.data.specialEvent?.id ?? null, tagIds: current.data.tags.map((tag) => tag.id) };
      savedClassification = JSON.stringify(classification);
    }
  }
  if (quizId) {
    const response = await api('GET', `/api/v1/quizzes/${quizId}`);
    if (!response.ok) { show(screen, el('section', { class: 'card' }, el('h1', { text: response.data?.detail ?? t('common.error') }))); return; }
    quiz = response.data;
    version = quiz.version;
    await loadFiles();
  } else {
    quiz.questions.push(newQuestion());
  }
  render('title');
}

main();
