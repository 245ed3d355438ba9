// The quiz editor: every question kind; the server validates, and its errors appear next to their fields.
// Texts are the quiz's limited rich text (HTML with b, i, em, strong, small, mark, del, sub, sup), edited as is.
import { t, applyTexts } from './messages.js';
import { api } from './api.js';
import { el, $, show } from './dom.js';

const KINDS = ['ABCD', 'CHECK', 'RANGE', 'VOTING', 'ORDER', 'TEXT', 'SLIDE'];
const screen = $('#screen');
const status = $('#status');
const quizId = new URLSearchParams(location.search).get('quiz');
let quiz = { title: '', description: '', questions: [] };
let version = null;

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

// One input bound to a member of the model; its id is the field's path in the request body.
function input(path, label, object, key, attrs = {}) {
  const type = attrs.type ?? 'text';
  const control = type === 'textarea'
    ? el('textarea', { id: path, rows: '2' })
    : el('input', { id: path, ...attrs, type });
  if (type === 'checkbox') control.checked = Boolean(object[key]);
  else control.value = object[key] ?? '';
  control.setAttribute('aria-describedby', `err-${path}`);
  control.addEventListener(type === 'checkbox' ? 'change' : 'input', () => {
    object[key] = type === 'checkbox' ? control.checked : type === 'number' ? Number(control.value) : control.value;
  });
  const error = el('span', { class: 'error', id: `err-${path}` });
  if (type === 'checkbox') return el('span', { class: 'field' }, el('label', { class: 'inline', for: path }, control, label), error);
  return el('div', { class: 'field' }, el('label', { for: path, text: label }), control, error);
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
    input(`${base}[${j}].answer`, t('edit.answer', { n: j + 1 }), a, 'answer', { maxlength: '2000' }),
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
    input(`questions[${i}].question`, t('edit.questionText'), q, 'question', { type: 'textarea' }),
    answersEditor(q, i),
    el('span', { class: 'error', id: `err-questions[${i}]` }),
    el('div', { class: 'row' },
      el('button', { type: 'button', 'aria-label': t('edit.moveUp', { n: i + 1 }), disabled: i === 0,
        onclick: () => { quiz.questions.splice(i - 1, 0, quiz.questions.splice(i, 1)[0]); render(); } }, '↑'),
      el('button', { type: 'button', 'aria-label': t('edit.moveDown', { n: i + 1 }), disabled: i === quiz.questions.length - 1,
        onclick: () => { quiz.questions.splice(i + 1, 0, quiz.questions.splice(i, 1)[0]); render(); } }, '↓'),
      el('button', { type: 'button', class: 'danger', onclick: () => { quiz.questions.splice(i, 1); render(); }, text: t('edit.removeQuestion', { n: i + 1 }) })));
}

function render(focusId) {
  const form = el('form', { class: 'card stack', id: 'editor', novalidate: true, onsubmit: save },
    el('h1', { text: quizId ? t('edit.title') : t('edit.newTitle') }),
    input('title', t('edit.quizTitle'), quiz, 'title', { maxlength: '3000' }),
    input('description', t('edit.description'), quiz, 'description', { type: 'textarea' }),
    quiz.questions.map(questionEditor),
    el('span', { class: 'error', id: 'err-questions' }),
    el('div', { class: 'row' },
      el('button', { type: 'button', id: 'add-question', onclick: () => { quiz.questions.push(newQuestion()); render(`questions[${quiz.questions.length - 1}].type`); }, text: t('edit.addQuestion') }),
      el('button', { type: 'submit', class: 'primary', id: 'save', text: t('edit.save') })),
    el('p', { class: 'error', id: 'err-form', role: 'alert' }));
  screen.replaceChildren(form);
  if (focusId) document.getElementById(focusId)?.focus();
}

// questions[3].answers[1].answer → questions[3].answers[1] → questions[3].answers → questions[3] → questions → ''
function parentPath(path) {
  const match = path.match(/^(.*)(\.[^.[\]]+|\[\d+\])$/);
  return match ? match[1] : '';
}

// Shows each error at its field, or at the closest enclosing path that has a place for it.
function showErrors(errors) {
  for (const slot of screen.querySelectorAll('.error')) slot.textContent = '';
  for (const control of screen.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  let first = null;
  for (const { field, message } of errors) {
    let path = field;
    while (path && !document.getElementById(`err-${path}`)) path = parentPath(path);
    const slot = document.getElementById(`err-${path || 'form'}`);
    slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    const control = document.getElementById(path);
    if (control && control.matches('input, select, textarea')) {
      control.setAttribute('aria-invalid', 'true');
      first = first ?? control;
    }
  }
  $('#err-form').textContent = t('edit.invalid');
  if (first) first.focus();
}

async function save(e) {
  e.preventDefault();
  status.textContent = '';
  const body = { title: quiz.title, description: quiz.description || undefined, questions: quiz.questions,
    coverImage: quiz.coverImage, backgroundColor: quiz.backgroundColor, backgroundImage: quiz.backgroundImage };
  const response = quizId || quiz.id
    ? await api('PUT', `/api/v1/quizzes/${quiz.id ?? quizId}`, { ...body, version })
    : await api('POST', '/api/v1/quizzes', body);
  if (response.ok) {
    quiz = response.data;
    version = response.data.version;
    history.replaceState(null, '', `/edit?quiz=${quiz.id}`);
    render();
    status.textContent = t('edit.saved');
    return;
  }
  if (response.status === 401) { location.href = '/'; return; }
  if (response.status === 400 && response.data?.errors) return showErrors(response.data.errors);
  $('#err-form').textContent = response.status === 409 || response.status === 412 ? t('edit.conflict') : (response.data?.detail ?? t('common.error'));
}

async function main() {
  applyTexts();
  if (quizId) {
    const response = await api('GET', `/api/v1/quizzes/${quizId}`);
    if (!response.ok) { show(screen, el('section', { class: 'card' }, el('h1', { text: response.data?.detail ?? t('common.error') }))); return; }
    quiz = response.data;
    version = quiz.version;
  } else {
    quiz.questions.push(newQuestion());
  }
  render('title');
}

main();
