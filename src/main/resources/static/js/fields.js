// Form fields shared by the quiz editor and the activity editor: inputs bound to a model, rich text with Bold and
// Italic, stored files (pictures, and PDFs for activities) with upload, alt text and removal, and the server's
// validation errors shown next to their fields. Every control's id is its field's path in the request body
// (questions[3].answers[1].answer), so an error's `field` finds its place.
import { t } from './messages.js';
import { api, upload, problemText } from './api.js';
import { el, $, fileUrl } from './dom.js';

export const PICTURE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';

// One input bound to a member of the model; its id is the field's path in the request body.
export function input(path, label, object, key, attrs = {}) {
  const { rich, ...rest } = attrs;
  const type = rest.type ?? 'text';
  const control = type === 'textarea'
    ? el('textarea', { id: path, rows: rest.rows ?? '2' })
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
export function richInput(path, label, object, key, attrs = {}) {
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

// Stored files of one editor: `render(focusId)` redraws the form, `purpose` is sent with uploads ('activity' lets
// PDFs through, docs/storage.md). Metadata of the files on screen, by id; null for one that is gone.
export function fileFields({ render, purpose }) {
  const files = new Map();
  const status = $('#status');

  // A picture (or, with kind 'pdf', a PDF) of the model: upload, preview with alt text or a link, remove. The error
  // slot is the field's path in the request body, so the server's validation errors (a deleted file) show here too.
  function field(path, legend, removeLabel, object, key, kind = 'picture') {
    const id = object[key];
    const error = el('span', { class: 'error', id: `err-${path}`, role: 'alert' });
    if (!id) {
      const chooser = el('input', { type: 'file', id: path, accept: kind === 'pdf' ? 'application/pdf' : PICTURE_TYPES,
        'aria-describedby': `err-${path}`, onchange: () => uploadFile(chooser, path, object, key, error, kind) });
      return el('fieldset', { class: 'picture-field' }, el('legend', { text: legend }),
        el('label', { for: path, text: t(kind === 'pdf' ? 'edit.addPdf' : 'edit.addPicture') }), chooser, error);
    }
    const file = files.get(id);
    const remove = el('button', { type: 'button', class: 'danger', id: `remove-${path}`, text: removeLabel,
      onclick: () => { delete object[key]; render(path); } });
    if (file === null) {
      return el('fieldset', { class: 'picture-field' }, el('legend', { text: legend }),
        el('p', { class: 'notice', text: t(kind === 'pdf' ? 'edit.pdfGone' : 'edit.pictureGone') }), remove, error);
    }
    if (kind === 'pdf') {
      return el('fieldset', { class: 'picture-field' }, el('legend', { text: legend }),
        el('a', { href: fileUrl(id), id: `link-${path}`, target: '_blank', rel: 'noopener',
          text: file?.filename ?? t('edit.pdfFile') }),
        remove, error);
    }
    const alt = el('input', { id: `${path}.alt`, maxlength: '1000', value: file?.altText ?? '', 'aria-describedby': `err-${path}` });
    alt.addEventListener('change', () => describe(id, alt.value, error));
    return el('fieldset', { class: 'picture-field' }, el('legend', { text: legend }),
      el('div', { class: 'row' },
        el('img', { class: 'thumb', id: `thumb-${path}`, src: fileUrl(id), alt: file?.altText ?? '' }),
        el('div', { class: 'field grow' }, el('label', { for: `${path}.alt`, text: t('edit.altText') }), alt)),
      remove, error);
  }

  async function uploadFile(chooser, path, object, key, error, kind) {
    const chosen = chooser.files[0];
    if (!chosen) return;
    error.textContent = '';
    status.textContent = t('edit.uploading');
    chooser.disabled = true;
    const form = new FormData();
    form.append('file', chosen);
    if (purpose) form.append('purpose', purpose);
    const response = await upload('/api/v1/storage', form);
    chooser.disabled = false;
    if (!response.ok) {
      status.textContent = '';
      chooser.value = '';
      if (response.status === 401) { location.href = '/'; return; }
      error.textContent = response.status === 415 && kind === 'pdf' ? t('edit.pdfRefused', { reason: problemText(response, '') })
        : response.status === 415 ? t('edit.pictureType')
          : response.status === 413 ? t('edit.pictureTooLarge', { reason: problemText(response, '') })
            : problemText(response, t('common.error'));
      return;
    }
    const expected = kind === 'pdf' ? response.data.mimeType === 'application/pdf' : response.data.mimeType !== 'application/pdf';
    if (!expected) {
      chooser.value = '';
      status.textContent = '';
      error.textContent = t(kind === 'pdf' ? 'edit.notAPdf' : 'edit.pictureType');
      return;
    }
    files.set(response.data.id, response.data);
    object[key] = response.data.id;
    render(kind === 'pdf' ? `remove-${path}` : `${path}.alt`);
    status.textContent = t('edit.uploaded');
  }

  async function describe(id, altText, error) {
    error.textContent = '';
    const response = await api('PATCH', `/api/v1/storage/${id}`, { altText });
    if (!response.ok) {
      error.textContent = problemText(response, t('common.error'));
      return;
    }
    files.set(id, response.data);
    for (const thumb of document.querySelectorAll(`img.thumb[src="${fileUrl(id)}"]`)) thumb.alt = response.data.altText ?? '';
    status.textContent = t('edit.altSaved');
  }

  // Reads the metadata of every file the model shows, so previews get their alt text and names.
  async function load(ids) {
    await Promise.all(ids.filter((id) => id && !files.has(id)).map(async (id) => {
      const response = await api('GET', `/api/v1/storage/${id}`);
      files.set(id, response.ok ? response.data : null);
    }));
  }

  return { field, load };
}

// questions[3].answers[1].answer → questions[3].answers[1] → questions[3].answers → questions[3] → questions → ''
function parentPath(path) {
  const match = path.match(/^(.*)(\.[^.[\]]+|\[\d+\])$/);
  return match ? match[1] : '';
}

// Shows each error at its field, or at the closest enclosing path that has a place for it (#err-form at last).
// Labels of members the editors have no input for: an error about one shows at the enclosing field, and says what
// it is about in words, never as the member's name in the request body.
const MEMBER_LABELS = { color: 'edit.color', image: 'edit.picture', right: 'edit.right', caseSensitive: 'edit.caseSensitive',
  backgroundColor: 'edit.backgroundColor', backgroundImage: 'edit.backgroundImage' };

export function showErrors(screen, errors) {
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

// Saves what an editor shows: PUT with the version the edit started from (a stale one is 409, said with
// `conflict`), or POST for a new one; validation errors go to their fields. The saved document, or null.
export async function saveDocument(screen, { path, id, body, version, conflict }) {
  const response = id ? await api('PUT', `${path}/${id}`, { ...body, version }) : await api('POST', path, body);
  if (response.ok) return response.data;
  if (response.status === 401) {
    location.href = '/';
  } else if (response.status === 400 && response.data?.errors) {
    showErrors(screen, response.data.errors);
  } else {
    $('#err-form').textContent = response.status === 409 || response.status === 412 ? conflict
      : (response.data?.detail ?? t('common.error'));
  }
  return null;
}
