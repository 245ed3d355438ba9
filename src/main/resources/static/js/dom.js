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

const metadata = new Map();

// A file's metadata (alt text, ThumbHash, size), visible under the same rules as the file; {} when unknown.
export function fileInfo(id) {
  if (!metadata.has(id)) {
    metadata.set(id, fetch(`/api/v1/storage/${encodeURIComponent(id)}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : {}))
      .catch(() => ({})));
  }
  return metadata.get(id);
}

// The alt text the teacher gave a file, from its metadata.
export function altTextOf(id) {
  return fileInfo(id).then((file) => file.altText ?? '');
}

// A stored picture with the teacher's description as its alt text (empty, so decorative, until it is known or
// when there is none). A picture that cannot be loaded is left out rather than shown broken.
export function picture(id, cls = 'picture') {
  const img = el('img', { class: cls, src: fileUrl(id), alt: '', dataset: { file: id } });
  img.addEventListener('error', () => img.remove());
  altTextOf(id).then((alt) => { img.alt = alt; });
  return img;
}

// A picture scaled to the space its frame gets (aspect ratio kept), with the blurred ThumbHash placeholder drawn
// in a canvas behind it until it has loaded (docs/storage.md, "ThumbHash").
export function framedPicture(id, cls = 'picture-frame') {
  const img = picture(id, 'framed');
  const frame = el('div', { class: cls }, img);
  if (img.complete && img.naturalWidth) return frame;
  fileInfo(id).then((file) => {
    if (!file.thumbhash || (img.complete && img.naturalWidth)) return;
    const canvas = thumbHashCanvas(file.thumbhash);
    if (!canvas) return;
    canvas.setAttribute('aria-hidden', 'true');
    canvas.className = 'placeholder';
    frame.prepend(canvas);
    const done = () => canvas.remove();
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
  });
  return frame;
}

// Decodes a ThumbHash (base64) into a small canvas: the inverse of storage.ThumbHash's encoder (header, then the
// DCT coefficients of the L, P, Q and A channels, 4 bits each), written from the format's description.
export function thumbHashCanvas(base64) {
  let hash;
  try {
    hash = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch (e) {
    return null;
  }
  if (hash.length < 5) return null;
  const header24 = hash[0] | (hash[1] << 8) | (hash[2] << 16);
  const header16 = hash[3] | (hash[4] << 8);
  const lDc = (header24 & 63) / 63;
  const pDc = ((header24 >> 6) & 63) / 31.5 - 1;
  const qDc = ((header24 >> 12) & 63) / 31.5 - 1;
  const lScale = ((header24 >> 18) & 31) / 31;
  const hasAlpha = (header24 >> 23) !== 0;
  const pScale = ((header16 >> 3) & 63) / 63;
  const qScale = ((header16 >> 9) & 63) / 63;
  const landscape = (header16 >> 15) !== 0;
  const limit = hasAlpha ? 5 : 7;
  const shortSide = header16 & 7;
  const lx = Math.max(3, landscape ? limit : shortSide);
  const ly = Math.max(3, landscape ? shortSide : limit);
  const aDc = hasAlpha ? (hash[5] & 15) / 15 : 1;
  const aScale = hasAlpha ? (hash[5] >> 4) / 15 : 1;
  let index = 0;
  const acStart = hasAlpha ? 6 : 5;
  const channel = (nx, ny, scale) => {
    const ac = [];
    for (let cy = 0; cy < ny; cy++) {
      for (let cx = cy ? 0 : 1; cx * ny < nx * (ny - cy); cx++, index++) {
        const byte = hash[acStart + (index >> 1)] ?? 0;
        ac.push((((byte >> ((index & 1) << 2)) & 15) / 7.5 - 1) * scale);
      }
    }
    return ac;
  };
  const lAc = channel(lx, ly, lScale);
  // As the format's reference decoder: colour terms a quarter stronger, every AC term doubled once (below).
  const pAc = channel(3, 3, pScale * 1.25);
  const qAc = channel(3, 3, qScale * 1.25);
  const aAc = hasAlpha ? channel(5, 5, aScale) : null;
  // The picture's shape as the coefficient counts tell it (before the minimum of 3 each channel keeps).
  const ratio = landscape ? limit / shortSide : shortSide / limit;
  const w = Math.round(ratio > 1 ? 32 : 32 * ratio);
  const h = Math.round(ratio > 1 ? 32 / ratio : 32);
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const image = context.createImageData(w, h);
  const sum = (ac, nx, ny, fx, fy) => {
    let value = 0;
    for (let cy = 0, j = 0; cy < ny; cy++) {
      for (let cx = cy ? 0 : 1; cx * ny < nx * (ny - cy); cx++, j++) value += ac[j] * fx[cx] * fy[cy] * 2;
    }
    return value;
  };
  const cosines = (n, size, at) => Array.from({ length: n }, (_, c) => Math.cos((Math.PI / size) * (at + 0.5) * c));
  for (let y = 0, i = 0; y < h; y++) {
    const fy = cosines(Math.max(ly, hasAlpha ? 5 : 3), h, y);
    for (let x = 0; x < w; x++, i += 4) {
      const fx = cosines(Math.max(lx, hasAlpha ? 5 : 3), w, x);
      const l = lDc + sum(lAc, lx, ly, fx, fy);
      const p = pDc + sum(pAc, 3, 3, fx, fy);
      const q = qDc + sum(qAc, 3, 3, fx, fy);
      const a = hasAlpha ? aDc + sum(aAc, 5, 5, fx, fy) : 1;
      const b = l - (2 / 3) * p;
      const r = (3 * l - b + q) / 2;
      const g = r - q;
      const clamp = (v) => Math.max(0, Math.min(255, Math.round(255 * v)));
      image.data[i] = clamp(r);
      image.data[i + 1] = clamp(g);
      image.data[i + 2] = clamp(b);
      image.data[i + 3] = clamp(a);
    }
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

// Shrinks a box's text until it fits its height (long questions on the projector), from maxRem down to minRem.
export function fitText(node, maxRem, minRem) {
  const fit = () => {
    if (!node.isConnected) return window.removeEventListener('resize', fit);
    let size = maxRem;
    node.style.fontSize = `${size}rem`;
    while (size > minRem && (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1)) {
      size = Math.max(minRem, size - 0.1);
      node.style.fontSize = `${size}rem`;
    }
  };
  requestAnimationFrame(fit);
  window.addEventListener('resize', fit);
}

const SVG = 'http://www.w3.org/2000/svg';

// A large circular countdown: a ring that empties and the seconds in its middle. set(fraction, text).
export function ring(label) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 120 120');
  svg.setAttribute('aria-hidden', 'true');
  const track = document.createElementNS(SVG, 'circle');
  const arc = document.createElementNS(SVG, 'circle');
  for (const circle of [track, arc]) {
    circle.setAttribute('cx', '60');
    circle.setAttribute('cy', '60');
    circle.setAttribute('r', '52');
  }
  track.setAttribute('class', 'ring-track');
  arc.setAttribute('class', 'ring-arc');
  const length = 2 * Math.PI * 52;
  arc.setAttribute('stroke-dasharray', String(length));
  svg.append(track, arc);
  const text = el('span', { class: 'ring-text' });
  const node = el('div', { class: 'ring', role: 'timer', 'aria-label': label }, svg, text);
  return {
    node,
    set(fraction, value) {
      arc.setAttribute('stroke-dashoffset', String(length * (1 - Math.max(0, Math.min(1, fraction)))));
      text.textContent = value;
      node.classList.toggle('low', fraction < 0.25);
    },
  };
}

// Screen-reader announcements of the time left: at most once at each of these marks (seconds).
const MARKS = [60, 30, 20, 10, 5];

export function timeAnnouncer(region, say) {
  let last = null;
  return (seconds) => {
    const mark = MARKS.find((m) => seconds <= m && seconds > m - 1);
    if (mark !== undefined && mark !== last) {
      last = mark;
      region.textContent = say(mark);
    }
  };
}
