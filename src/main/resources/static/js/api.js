// REST calls: same-origin cookies, and the XSRF-TOKEN cookie echoed as X-XSRF-TOKEN on state changes.

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

export async function api(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET') {
    if (!csrfToken()) await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
    headers['X-XSRF-TOKEN'] = csrfToken() ?? '';
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
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
