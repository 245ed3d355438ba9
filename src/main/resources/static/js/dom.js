// Small DOM helpers: elements are built with textContent, never from strings, except rich text from the server
// (sanitised on the server to a few formatting tags, see docs/quiz-format.md).

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name === 'html') node.innerHTML = value; // only for server-sanitised rich text
    else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

// Shows one screen of a page and moves keyboard focus to its heading, so screen readers announce it.
export function show(container, ...children) {
  container.replaceChildren(...children);
  const heading = container.querySelector('h1, h2');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

// Visible text of server rich text, for labels.
export function plain(html) {
  // A DOMParser document is inert: nothing in it loads or runs.
  return new DOMParser().parseFromString(html ?? '', 'text/html').body.textContent;
}

export const SHAPES = ['▲', '◆', '●', '■'];
export const LETTERS = 'ABCDEFGHIJKLMNOP';

// The option's shape and letter, so options never differ by colour alone.
export function optionMark(i) {
  return el('span', { class: `mark shape-${i % 4}`, 'aria-hidden': 'true' }, SHAPES[i % 4], ' ', LETTERS[i] ?? '');
}

// Counts down from deadline - serverTime, measured from now (not the device's wall clock).
export function countdown(question, onTick, onDone) {
  const end = performance.now() + Math.max(0, question.deadline - question.serverTime);
  let timer = null;
  const tick = () => {
    const left = Math.max(0, end - performance.now());
    onTick(Math.ceil(left / 1000), left);
    if (left <= 0) {
      clearInterval(timer);
      if (onDone) onDone();
    }
  };
  timer = setInterval(tick, 250);
  tick();
  return () => clearInterval(timer);
}

// Where a stored file's bytes are (docs/storage.md). Players may load a running game's pictures without an account.
export function fileUrl(id) {
  return `/api/v1/storage/${encodeURIComponent(id)}/download`;
}

const descriptions = new Map();

// The alt text the teacher gave a file, from its metadata (visible under the same rules as the file).
export function altTextOf(id) {
  if (!descriptions.has(id)) {
    descriptions.set(id, fetch(`/api/v1/storage/${encodeURIComponent(id)}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : {}))
      .then((file) => file.altText ?? '')
      .catch(() => ''));
  }
  return descriptions.get(id);
}

// A stored picture with the teacher's description as its alt text (empty, so decorative, until it is known or
// when there is none). A picture that cannot be loaded is left out rather than shown broken.
export function picture(id, cls = 'picture') {
  const img = el('img', { class: cls, src: fileUrl(id), alt: '', dataset: { file: id } });
  img.addEventListener('error', () => img.remove());
  altTextOf(id).then((alt) => { img.alt = alt; });
  return img;
}
