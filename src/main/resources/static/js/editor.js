// The quiz editor: every question kind; the server validates, and its errors appear next to their fields.
// Texts are the quiz's limited rich text (HTML with b, i, em, strong, small, mark, del, sub, sup), edited as is,
// with Bold and Italic buttons that put the tags around the selection. Pictures are uploaded to storage and
// referenced by id (docs/storage.md); their alt text belongs to the file.
import { t, applyTexts } from './messages.js';
import { api, upload, problemText } from './api.js';
import { el, $, show, fileUrl } from './dom.js';

const KINDS = ['ABCD', 'CHECK', 'RANGE', 'VOTING', 'ORDER', 'TEXT', 'SLIDE'];
const screen = $('#screen');
const status = $('#status');
const quizId = new URLSearchParams(location.search).get('quiz');
let quiz = { title: '', description: '', questions: [] };
let version = null;
// Metadata of the pictures on screen, by id; null for one that is gone (deleted, or not visible to me).
const files = new Map();
const PICTURE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';

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
  const { rich, ...rest } = attrs;
  const type = rest.type ?? 'text';
  const control = type === 'textarea'
    ? el('textarea', { id: path, rows: '2' })
    : el('input', { id: path, ...rest, type });
  if (type === 'checkbox') control.checked = Boolean(object[key]);
  else control.value = object[key] ?? '';
  control.setAttribute('aria-describedby', `err-${path}`);
  control.addEventListener(type === 'checkbox' ? 'change' : 'input', () => {
    object[key] = type === 'checkbox' ? control.checked : type === 'number' ? Number(control.value) : control.value;
  });
  const error = el('span', { class: 'error', id: `err-${path}` });
  if (type === 'checkbox') return el('span', { class: 'field' }, el('label', { class: 'inline', for: path }, control, label), error);
  if (rich) {
    control.addEventListener('keydown', (e) => {
      const tag = (e.ctrlKey || e.metaKey) && !e.altKey ? { b: 'b', i: 'i' }[e.key.toLowerCase()] : undefined;
      if (tag) {
        e.preventDefault();
        wrap(control, tag);
      }
    });
    return el('div', { class: 'field' },
      el('div', { class: 'label-row' }, el('label', { for: path, text: label }), formatButtons(control, path, label)),
      control, error);
  }
  return el('div', { class: 'field' }, el('label', { for: path, text: label }), control, error);
}

// Rich text: the same tags the server keeps (docs/quiz-format.md); the visible result shows in the game.
function richInput(path, label, object, key, attrs = {}) {
  return input(path, label, object, key, { ...attrs, rich: true });
}

function formatButtons(control, path, label) {
  const button = (tag, name, mark) => el('button', { type: 'button', class: 'format', id: `format-${tag}-${path}`,
    'aria-label': t(name), title: t(name),
    // Keep the selection where it is when the button is clicked with a mouse.
    onmousedown: (e) => e.preventDefault(),
    onclick: () => wrap(control, tag) }, el(tag, { text: mark }));
  return el('span', { class: 'format-buttons', role: 'group', 'aria-label': t('common.formatting', { field: label }) },
    button('b', 'common.bold', 'B'), button('i', 'common.italic', 'I'));
}

// Puts <tag>…</tag> around the selection (or an empty pair at the caret); selecting a tagged text again, with or
// without its tags, takes them off.
function wrap(control, tag) {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const { value } = control;
  const start = control.selectionStart ?? value.length;
  const end = control.selectionEnd ?? value.length;
  const before = value.slice(0, start);
  const inside = value.slice(start, end);
  const after = value.slice(end);
  let next;
  let from;
  let text;
  if (before.endsWith(open) && after.startsWith(close)) {
    next = before.slice(0, -open.length) + inside + after.slice(close.length);
    from = start - open.length;
    text = inside;
  } else if (inside.length >= open.length + close.length && inside.startsWith(open) && inside.endsWith(close)) {
    text = inside.slice(open.length, inside.length - close.length);
    next = before + text + after;
    from = start;
  } else {
    next = before + open + inside + close + after;
    from = start + open.length;
    text = inside;
  }
  control.value = next;
  control.focus();
  control.setSelectionRange(from, from + text.length);
  control.dispatchEvent(new Event('input'));
}

// A picture of the quiz (its cover) or of a question: upload, thumbnail with alt text, remove. The error slot is
// the field's path in the request body, so the server's validation errors (a deleted file) show here too.
function pictureField(path, legend, removeLabel, object, key) {
  const id = object[key];
  const error = el('span', { class: 'error', id: `err-${path}`, role: 'alert' });
  if (!id) {
    const chooser = el('input', { type: 'file', id: path, accept: PICTURE_TYPES, 'aria-describedby': `err-${path}`,
      onchange: () => uploadPicture(chooser, path, object, key, error) });
    return el('fieldset', { class: 'picture-field' }, el('legend', { text: legend }),
      el('label', { for: path, text: t('edit.addPicture') }), chooser, error);
  }
  const file = files.get(id);
  const remove = el('button', { type: 'button', class: 'danger', id: `remove-${path}`, text: removeLabel,
    onclick: () => { delete object[key]; render(path); } });
  if (file === null) {
    return el('fieldset', { class: 'picture-field' }, el('legend', { text: legend }),
      el('p', { class: 'notice', text: t('edit.pictureGone') }), remove, error);
  }
  const alt = el('input', { id: `${path}.alt`, maxlength: '1000', value: file?.altText ?? '', 'aria-describedby': `err-${path}` });
  alt.addEventListener('change', () => describePicture(id, alt.value, error));
  return el('fieldset', { class: 'picture-field' }, el('legend', { text: legend }),
    el('div', { class: 'row' },
      el('img', { class: 'thumb', id: `thumb-${path}`, src: fileUrl(id), alt: file?.altText ?? '' }),
      el('div', { class: 'field grow' }, el('label', { for: `${path}.alt`, text: t('edit.altText') }), alt)),
    remove, error);
}

async function uploadPicture(chooser, path, object, key, error) {
  const chosen = chooser.files[0];
  if (!chosen) return;
  error.textContent = '';
  status.textContent = t('edit.uploading');
  chooser.disabled = true;
  const form = new FormData();
  form.append('file', chosen);
  const response = await upload('/api/v1/storage', form);
  chooser.disabled = false;
  if (!response.ok) {
    status.textContent = '';
    chooser.value = '';
    if (response.status === 401) { location.href = '/'; return; }
    error.textContent = response.status === 415 ? t('edit.pictureType')
      : response.status === 413 ? t('edit.pictureTooLarge', { reason: problemText(response, '') })
        : problemText(response, t('common.error'));
    return;
  }
  files.set(response.data.id, response.data);
  object[key] = response.data.id;
  render(`${path}.alt`);
  status.textContent = t('edit.uploaded');
}

async function describePicture(id, altText, error) {
  error.textContent = '';
  const response = await api('PATCH', `/api/v1/storage/${id}`, { altText });
  if (!response.ok) {
    error.textContent = problemText(response, t('common.error'));
    return;
  }
  files.set(id, response.data);
  const thumb = screen.querySelector(`img.thumb[src="${fileUrl(id)}"]`);
  if (thumb) thumb.alt = response.data.altText ?? '';
  status.textContent = t('edit.altSaved');
}

// Reads the metadata of every picture the quiz shows, so thumbnails get their alt text.
async function loadFiles() {
  const ids = [quiz.coverImage, ...quiz.questions.map((q) => q.image)].filter((id) => id && !files.has(id));
  await Promise.all(ids.map(async (id) => {
    const response = await api('GET', `/api/v1/storage/${id}`);
    files.set(id, response.ok ? response.data : null);
  }));
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
    pictureField(`questions[${i}].image`, t('edit.picture'), t('edit.removeQuestionPicture', { n: i + 1 }), q, 'image'),
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
    el('p', { class: 'hint', text: t('edit.formatHint') }),
    richInput('title', t('edit.quizTitle'), quiz, 'title', { maxlength: '3000' }),
    richInput('description', t('edit.description'), quiz, 'description', { type: 'textarea' }),
    pictureField('coverImage', t('edit.cover'), t('edit.removeCover'), quiz, 'coverImage'),
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

// Labels of members the editor has no input for: an error about one shows at the enclosing field, and says what it
// is about in words, never as the member's name in the request body.
const MEMBER_LABELS = { color: 'edit.color', image: 'edit.picture', right: 'edit.right', caseSensitive: 'edit.caseSensitive',
  backgroundColor: 'edit.backgroundColor', backgroundImage: 'edit.backgroundImage' };

// Shows each error at its field, or at the closest enclosing path that has a place for it.
function showErrors(errors) {
  for (const slot of screen.querySelectorAll('.error')) slot.textContent = '';
  for (const control of screen.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  let first = null;
  for (const { field, message } of errors) {
    let path = field;
    while (path && !document.getElementById(`err-${path}`)) path = parentPath(path);
    const slot = document.getElementById(`err-${path || 'form'}`);
    const member = MEMBER_LABELS[field.match(/([A-Za-z]+)$/)?.[1]];
    const text = path !== field && member ? `${t(member)}: ${message}` : message;
    slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
    const control = document.getElementById(path);
    if (control && control.matches('input, select, textarea')) {
      control.setAttribute('aria-invalid', 'true');
      first = first ?? control;
    }
  }
  $('#err-form').textContent = t('common.invalid');
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
    await loadFiles();
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
    await loadFiles();
  } else {
    quiz.questions.push(newQuestion());
  }
  render('title');
}

main();
