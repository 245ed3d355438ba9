// The account page: profile and avatar, password, sessions, API keys, passkeys, authenticator app, backup codes,
// linked providers, notification subscriptions (docs/notifications.md) and account deletion (docs/auth.md).
// Sensitive changes ask for a fresh proof first.
import { t, applyTexts } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show } from './dom.js';
import { passkeysSupported, registerPasskey, assertPasskey } from './webauthn.js';

const screen = $('#screen');
const status = $('#status');
let me = null;

const date = (iso) => (iso ? new Date(iso).toLocaleString() : t('account.never'));

function field(id, label, attrs = {}) {
  return el('div', { class: 'field' }, el('label', { for: id, text: label }),
    el('input', { id, name: id, 'aria-describedby': `err-${id}`, ...attrs }),
    el('span', { class: 'error', id: `err-${id}` }));
}

function section(id, title, ...children) {
  return el('section', { class: 'card stack', id, 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title`, text: title }), ...children);
}

// Tells the outcome; a refusal for want of a fresh proof points at the confirmation box.
function report(response, success) {
  if (response.ok) {
    status.textContent = success;
    return true;
  }
  if (response.data?.code === 'reauthentication-required') {
    status.textContent = t('account.reauthFirst');
    $('#reauth-password')?.focus();
  } else {
    status.textContent = problemText(response, t('common.error'));
  }
  return false;
}

// Shows secrets that are displayed once (backup codes, an API key) until the user dismisses them.
function showOnce(container, title, lines) {
  container.replaceChildren(el('div', { class: 'stack once', role: 'group', 'aria-label': title },
    el('p', { class: 'hint', text: title }),
    el('ul', { class: 'codes' }, lines.map((line) => el('li', {}, el('code', { text: line })))),
    el('button', { type: 'button', onclick: () => container.replaceChildren(), text: t('account.done') })));
}

function reauthSection() {
  const error = el('p', { class: 'error', role: 'alert', id: 'reauth-error' });
  const done = async (response) => {
    error.textContent = response.ok ? '' : problemText(response, t('common.error'));
    if (response.ok) status.textContent = t('account.reauthDone');
  };
  return section('reauth', t('account.reauth'),
    el('p', { class: 'hint', text: t('account.reauthHint') }),
    el('form', { class: 'stack', onsubmit: async (e) => {
        e.preventDefault();
        const password = $('#reauth-password').value;
        const code = $('#reauth-code').value.trim();
        await done(await api('POST', '/api/v1/account/reauthenticate', password ? { password } : { code }));
        e.target.reset();
      } },
      field('reauth-password', t('home.password'), { type: 'password', autocomplete: 'current-password' }),
      field('reauth-code', t('account.codeOr'), { autocomplete: 'one-time-code', inputmode: 'text' }),
      el('div', { class: 'row' },
        el('button', { type: 'submit', class: 'primary', text: t('account.confirm') }),
        passkeysSupported() ? el('button', { type: 'button', id: 'reauth-passkey', onclick: async () => done(
          await assertPasskey('/api/v1/account/reauthenticate/passkey/options', '/api/v1/account/reauthenticate/passkey')),
        text: t('account.confirmPasskey') }) : null)),
    error);
}

function profileSection() {
  const avatar = el('img', { class: 'avatar', id: 'avatar', src: `${me.avatarUrl}?v=${Date.now()}`, alt: t('account.avatarAlt'), width: 64, height: 64 });
  return section('profile', t('account.profile'),
    el('div', { class: 'row' }, avatar, el('div', { class: 'stack' },
      el('strong', { id: 'profile-username', text: me.username }),
      me.email ? el('span', { class: 'hint', text: me.email }) : null)),
    el('div', { class: 'field' }, el('label', { for: 'avatar-file', text: t('account.avatarUpload') }),
      el('input', { type: 'file', id: 'avatar-file', accept: 'image/png,image/jpeg,image/webp', onchange: async (e) => {
        const file = e.target.files[0];
        if (!file) return;
        const response = await fetch('/api/v1/account/avatar', { method: 'PUT', credentials: 'same-origin', body: file,
          headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-XSRF-TOKEN': xsrf() } });
        status.textContent = response.ok ? t('account.avatarSaved') : t('account.avatarRefused');
        avatar.src = `${me.avatarUrl}?v=${Date.now()}`;
      } })),
    el('button', { type: 'button', id: 'avatar-remove', onclick: async () => {
      if (report(await api('DELETE', '/api/v1/account/avatar'), t('account.avatarRemoved'))) avatar.src = `${me.avatarUrl}?v=${Date.now()}`;
    }, text: t('account.avatarRemove') }));
}

function xsrf() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function passwordSection() {
  return section('password', t('account.password'),
    el('form', { class: 'stack', onsubmit: async (e) => {
        e.preventDefault();
        const response = await api('POST', '/api/v1/account/password',
          { oldPassword: $('#old-password').value, newPassword: $('#new-password').value });
        if (report(response, t('account.passwordChanged'))) e.target.reset();
      } },
      field('old-password', t('account.oldPassword'), { type: 'password', autocomplete: 'current-password', required: true }),
      field('new-password', t('account.newPassword'), { type: 'password', autocomplete: 'new-password', minlength: '8', required: true }),
      el('button', { type: 'submit', class: 'primary', text: t('account.changePassword') })));
}

async function sessionsSection() {
  const list = el('ul', { class: 'plain-list', id: 'sessions' });
  const render = async () => {
    const response = await api('GET', '/api/v1/auth/sessions');
    list.replaceChildren(...(response.data ?? []).map((s) => el('li', { class: 'row', dataset: { session: s.id } },
      el('span', { class: 'grow', text: `${s.userAgent ?? t('account.unknownDevice')} · ${s.ipAddress ?? ''} · ${date(s.lastSeen)}` }),
      s.current ? el('span', { class: 'badge', text: t('account.thisDevice') })
        : el('button', { type: 'button', onclick: async () => {
          if (report(await api('DELETE', `/api/v1/auth/sessions/${s.id}`), t('account.sessionEnded'))) render();
        }, text: t('account.endSession') }))));
  };
  await render();
  return section('sessions-card', t('account.sessions'), list,
    el('button', { type: 'button', class: 'danger', id: 'logout-everywhere', onclick: async () => {
      await api('POST', '/api/v1/auth/logout-everywhere');
      location.href = '/';
    }, text: t('account.logoutEverywhere') }));
}

async function apiKeysSection() {
  const list = el('ul', { class: 'plain-list', id: 'api-keys' });
  const shown = el('div');
  const render = async () => {
    const response = await api('GET', '/api/v1/api-keys');
    list.replaceChildren(...(response.data ?? []).map((k) => el('li', { class: 'row' },
      el('span', { class: 'grow', text: `${k.name} · ${k.prefix}… · ${t('account.lastUsed', { when: date(k.lastUsedAt) })}` }),
      el('button', { type: 'button', class: 'danger', 'aria-label': t('account.deleteNamed', { name: k.name }), onclick: async () => {
        if (report(await api('DELETE', `/api/v1/api-keys/${k.id}`), t('account.deleted'))) render();
      }, text: t('home.delete') }))));
  };
  await render();
  return section('api-keys-card', t('account.apiKeys'), list, shown,
    el('form', { class: 'row', onsubmit: async (e) => {
        e.preventDefault();
        const response = await api('POST', '/api/v1/api-keys', { name: $('#api-key-name').value });
        if (report(response, t('account.apiKeyCreated'))) {
          showOnce(shown, t('account.apiKeyOnce'), [response.data.key]);
          e.target.reset();
          render();
        }
      } },
      field('api-key-name', t('account.apiKeyName'), { required: true, maxlength: '100' }),
      el('button', { type: 'submit', text: t('account.createApiKey') })));
}

async function passkeysSection() {
  const list = el('ul', { class: 'plain-list', id: 'passkeys' });
  const render = async () => {
    const response = await api('GET', '/api/v1/account/passkeys');
    const items = response.data ?? [];
    list.replaceChildren(...(items.length ? items.map((p) => el('li', { class: 'row', dataset: { passkey: p.id } },
      el('span', { class: 'grow', text: t('account.passkeyLine', { name: p.name, created: date(p.createdAt), used: date(p.lastUsedAt) }) }),
      el('button', { type: 'button', class: 'danger', 'aria-label': t('account.deleteNamed', { name: p.name }), onclick: async () => {
        if (report(await api('DELETE', `/api/v1/account/passkeys/${encodeURIComponent(p.id)}`), t('account.deleted'))) render();
      }, text: t('home.delete') })))
      : [el('li', { class: 'hint', text: t('account.noPasskeys') })]));
  };
  await render();
  const error = el('p', { class: 'error', role: 'alert', id: 'passkey-error' });
  return section('passkeys-card', t('account.passkeys'), list,
    passkeysSupported() ? el('form', { class: 'row', onsubmit: async (e) => {
        e.preventDefault();
        error.textContent = '';
        try {
          const response = await registerPasskey($('#passkey-name').value);
          if (report(response, t('account.passkeyAdded'))) {
            e.target.reset();
            render();
          }
        } catch (failure) {
          error.textContent = t('account.passkeyCancelled');
        }
      } },
      field('passkey-name', t('account.passkeyName'), { required: true, maxlength: '64', placeholder: t('account.passkeyPlaceholder') }),
      el('button', { type: 'submit', id: 'add-passkey', text: t('account.addPasskey') }))
      : el('p', { class: 'hint', text: t('account.noPasskeySupport') }),
    error);
}

async function totpSection() {
  const body = el('div', { class: 'stack', id: 'totp' });
  const codes = el('div', { id: 'backup-codes-shown' });
  const render = async () => {
    const state = (await api('GET', '/api/v1/account/second-factors')).data;
    const backup = el('div', { class: 'row' },
      el('span', { class: 'grow', id: 'backup-left', text: t('account.backupLeft', { n: state.backupCodesLeft }) }),
      el('button', { type: 'button', id: 'regenerate-backup', onclick: async () => {
        const response = await api('POST', '/api/v1/account/backup-codes');
        if (report(response, t('account.backupNew'))) {
          showOnce(codes, t('account.backupOnce'), response.data.codes);
          render();
        }
      }, text: t('account.backupRegenerate') }));
    if (state.totpEnabled) {
      body.replaceChildren(el('p', { id: 'totp-state', text: t('account.totpOn') }), backup,
        el('button', { type: 'button', class: 'danger', id: 'totp-off', onclick: async () => {
          if (report(await api('DELETE', '/api/v1/account/totp'), t('account.totpOff'))) render();
        }, text: t('account.turnOff') }));
      return;
    }
    body.replaceChildren(el('p', { id: 'totp-state', text: t('account.totpIsOff') }),
      state.passkeys > 0 ? backup : null,
      el('button', { type: 'button', id: 'totp-setup', onclick: setUp, text: t('account.totpSetUp') }));
  };
  const setUp = async () => {
    const setup = await api('POST', '/api/v1/account/totp/setup');
    if (!report(setup, t('account.totpScan'))) return;
    const error = el('p', { class: 'error', role: 'alert', id: 'totp-error' });
    body.replaceChildren(
      el('img', { class: 'qr', src: `${setup.data.qrCodeUrl}?v=${Date.now()}`, alt: t('account.qrAlt'), width: 200, height: 200 }),
      el('p', { class: 'hint' }, t('account.totpManual'), ' ', el('code', { id: 'totp-secret', text: setup.data.secret })),
      el('form', { class: 'row', onsubmit: async (e) => {
          e.preventDefault();
          const response = await api('POST', '/api/v1/account/totp/confirm', { code: $('#totp-code').value.trim() });
          if (!response.ok) {
            error.textContent = problemText(response, t('common.error'));
            return;
          }
          status.textContent = t('account.totpOnNow');
          await render();
          showOnce(codes, t('account.backupOnce'), response.data.codes);
        } },
        field('totp-code', t('account.totpCode'), { autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: '6', required: true }),
        el('button', { type: 'submit', class: 'primary', text: t('account.totpConfirm') })),
      error);
  };
  await render();
  return section('totp-card', t('account.totp'), el('p', { class: 'hint', text: t('account.totpHint') }), body, codes);
}

async function providersSection() {
  const providers = (await api('GET', '/api/v1/auth/providers')).data ?? [];
  if (!providers.length) return null;
  const list = el('ul', { class: 'plain-list', id: 'identities' });
  const render = async () => {
    const linked = (await api('GET', '/api/v1/account/identities')).data ?? [];
    const nameOf = (id) => providers.find((p) => p.id === id)?.name ?? id;
    list.replaceChildren(
      ...linked.map((i) => el('li', { class: 'row' },
        el('span', { class: 'grow', text: `${nameOf(i.provider)} · ${i.username ?? i.email ?? ''}` }),
        el('button', { type: 'button', class: 'danger', onclick: async () => {
          if (report(await api('DELETE', `/api/v1/account/identities/${i.id}`), t('account.unlinked'))) render();
        }, text: t('account.unlink') }))),
      ...providers.filter((p) => !linked.some((i) => i.provider === p.id)).map((p) => el('li', { class: 'row' },
        el('span', { class: 'grow', text: p.name }),
        el('button', { type: 'button', onclick: async () => {
          const response = await api('POST', `/api/v1/account/identities/${encodeURIComponent(p.id)}/link`);
          if (response.ok) location.href = response.data.redirect;
          else report(response, '');
        }, text: t('account.link') }))));
  };
  await render();
  return section('providers-card', t('account.providers'), list);
}

function deleteSection(hasPassword) {
  return section('delete-card', t('account.delete'),
    el('p', { class: 'hint', text: t('account.deleteHint') }),
    el('form', { class: 'stack', onsubmit: async (e) => {
        e.preventDefault();
        if (!confirm(t('account.deleteConfirm'))) return;
        const response = await api('POST', '/api/v1/account/delete', { password: $('#delete-password')?.value });
        if (report(response, '')) location.href = '/';
      } },
      hasPassword ? field('delete-password', t('home.password'), { type: 'password', autocomplete: 'current-password', required: true }) : null,
      el('button', { type: 'submit', class: 'danger', text: t('account.deleteButton') })));
}

// Notifications (docs/notifications.md): the user's subscriptions, and a form to add one. A webhook's signing
// secret is shown once, like an API key.
async function notificationsSection() {
  const options = (await api('GET', '/api/v1/notification-subscriptions/options')).data ?? { platforms: [], types: [] };
  const [listed, organised] = await Promise.all([api('GET', '/api/v1/hunts?size=100'), api('GET', '/api/v1/hunts/organised')]);
  const huntNames = new Map();
  for (const hunt of [...(organised.data ?? []), ...(listed.data?.items ?? [])]) huntNames.set(hunt.id, hunt.name);
  const huntsList = [...huntNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  const list = el('ul', { class: 'plain-list', id: 'notification-subscriptions' });
  const shown = el('div');
  const formError = el('p', { class: 'error', role: 'alert', id: 'notification-error' });
  const typeName = (type) => t(`notifications.type.${type}`);
  const render = async () => {
    const response = await api('GET', '/api/v1/notification-subscriptions');
    const items = response.data?.items ?? [];
    list.replaceChildren(...(items.length === 0 ? [el('li', { text: t('notifications.none') })] : items.map((s) => {
      const where = s.url ?? t('notifications.toVerifiedEmail');
      const label = `${typeName(s.type)} · ${s.platformName}${s.platformEnabled ? '' : ` (${t('notifications.platformOff')})`}`
        + `${s.huntId ? ` · ${huntNames.get(s.huntId) ?? t('notifications.huntShort', { id: s.huntId })}` : ''} · ${where}`;
      return el('li', { class: 'row', dataset: { subscription: s.id } },
        el('span', { class: 'grow', text: label }),
        el('button', { type: 'button', class: 'danger', 'aria-label': t('account.deleteNamed', { name: label }), onclick: async () => {
          if (report(await api('DELETE', `/api/v1/notification-subscriptions/${s.id}`), t('account.deleted'))) render();
        }, text: t('home.delete') }));
    })));
  };
  await render();
  if (options.platforms.length === 0) {
    return section('notifications-card', t('notifications.title'), el('p', { class: 'hint', text: t('notifications.noPlatforms') }), list);
  }
  const select = (id, label, choices) => el('div', { class: 'field' }, el('label', { for: id, text: label }),
    el('select', { id, name: id, 'aria-describedby': `err-${id}` }, choices.map(([value, text]) => el('option', { value, text }))),
    el('span', { class: 'error', id: `err-${id}` }));
  const platformField = select('notification-platform', t('notifications.platform'),
    options.platforms.map((p) => [p.id, `${p.name} (${t(`notifications.kind.${p.kind}`)})`]));
  const typeField = select('notification-type', t('notifications.type'), options.types.map((type) => [type, typeName(type)]));
  // Hunts to choose from: the public list and those the user organises (archived ones too); a link from a hunt's
  // page (?notifyHunt=) preselects that hunt.
  const wanted = new URLSearchParams(location.search).get('notifyHunt') ?? '';
  const huntChoices = [['', t('notifications.everyHunt')]];
  for (const hunt of [...huntsList, ...(wanted && !huntNames.has(wanted) ? [{ id: wanted, name: wanted }] : [])]) huntChoices.push([hunt.id, hunt.name]);
  const huntField = select('notification-hunt', t('notifications.hunt'), huntChoices);
  $('#notification-hunt', huntField).value = wanted;
  const urlField = field('notification-url', t('notifications.url'), { type: 'url', maxlength: '2000', placeholder: 'https://' });
  const kindOf = (id) => options.platforms.find((p) => p.id === id)?.kind;
  const syncUrl = () => {
    const needsUrl = kindOf($('#notification-platform', platformField).value) !== 'EMAIL';
    urlField.hidden = !needsUrl;
  };
  platformField.querySelector('select').addEventListener('change', syncUrl);
  const inputs = {
    platformId: ['notification-platform', t('notifications.platform')],
    type: ['notification-type', t('notifications.type')],
    huntId: ['notification-hunt', t('notifications.hunt')],
    url: ['notification-url', t('notifications.url')],
  };
  const form = el('form', { class: 'stack', id: 'notification-form', onsubmit: async (e) => {
      e.preventDefault();
      for (const [id] of Object.values(inputs)) {
        $(`#${id}`).removeAttribute('aria-invalid');
        $(`#err-${id}`).textContent = '';
      }
      formError.textContent = '';
      const platformId = $('#notification-platform').value;
      const hunt = $('#notification-hunt').value;
      const response = await api('POST', '/api/v1/notification-subscriptions', {
        platformId,
        type: $('#notification-type').value,
        huntId: hunt === '' ? null : hunt,
        url: kindOf(platformId) === 'EMAIL' ? null : $('#notification-url').value.trim(),
      });
      if (response.ok) {
        status.textContent = t('notifications.added');
        if (response.data.secret) showOnce(shown, t('notifications.secretOnce'), [response.data.secret]);
        form.reset();
        syncUrl();
        render();
        return;
      }
      let first = null;
      for (const error of response.data?.errors ?? []) {
        const [id, label] = inputs[error.field] ?? [];
        if (!id) continue;
        $(`#${id}`).setAttribute('aria-invalid', 'true');
        $(`#err-${id}`).textContent = `${label}: ${error.message}`;
        first ??= $(`#${id}`);
      }
      if (first) first.focus();
      else formError.textContent = problemText(response, t('common.error'));
    } },
    platformField, typeField, huntField, urlField, formError,
    el('button', { type: 'submit', text: t('notifications.add') }));
  syncUrl();
  return section('notifications-card', t('notifications.title'),
    el('p', { class: 'hint', text: t('notifications.intro') }), list, shown, form);
}

async function load() {
  const response = await api('GET', '/api/v1/auth/me');
  if (!response.ok) {
    location.href = '/';
    return;
  }
  me = response.data;
  $('#account').textContent = t('home.signedInAs', { name: me.username });
  const params = new URLSearchParams(location.search);
  if (params.has('linked')) status.textContent = t('account.linkedNow');
  if (params.has('link-error')) status.textContent = t(`account.linkError.${params.get('link-error')}`);
  const state = (await api('GET', '/api/v1/account/second-factors')).data;
  show(screen, el('div', { class: 'stack' },
    el('h1', { text: t('account.title') }),
    profileSection(),
    reauthSection(),
    state?.hasPassword ? passwordSection() : null,
    await passkeysSection(),
    await totpSection(),
    await providersSection(),
    await sessionsSection(),
    await apiKeysSection(),
    await notificationsSection(),
    deleteSection(state?.hasPassword)));
}

applyTexts();
load();
