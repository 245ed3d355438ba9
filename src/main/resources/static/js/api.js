// REST calls: same-origin cookies, and the XSRF-TOKEN cookie echoed as X-XSRF-TOKEN on state changes.

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

async function request(method, path, body, headers) {
  const all = { Accept: 'application/json, application/problem+json', ...headers };
  if (method !== 'GET') {
    if (!csrfToken()) await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
    all['X-XSRF-TOKEN'] = csrfToken() ?? '';
  }
  let response;
  try {
    response = await fetch(path, { method, headers: all, credentials: 'same-origin', body });
  } catch (e) {
    return { ok: false, status: 0, data: null };
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      data = null;
    }
  }
  return { ok: response.ok, status: response.status, data, headers: response.headers };
}

// A JSON request; extra headers (If-Match, ...) in the fourth argument.
export function api(method, path, body, headers = {}) {
  if (body === undefined) return request(method, path, undefined, headers);
  return request(method, path, JSON.stringify(body), { ...headers, 'Content-Type': 'application/json' });
}

// A multipart upload (docs/storage.md): the browser writes the boundary itself.
export function upload(path, form) {
  return request('POST', path, form, {});
}

// The human-readable part of a problem document: the detail and every invalid field.
export function problemText(response, fallback) {
  const errors = response.data?.errors ?? [];
  if (errors.length) return errors.map((e) => `${e.field}: ${e.message}`).join(' · ');
  return response.data?.detail ?? fallback;
}
