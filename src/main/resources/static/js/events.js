// Scheduled events (docs/events.md): upcoming events by day with search, an event's page (register, unregister,
// add to a calendar, join a launched session with one tap), and the organiser's side (write, publish, close,
// reopen, archive, the list of players, launching a session's game).
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain } from './dom.js';

const screen = $('#screen');
const status = $('#status');
const dayFormat = dateTimeFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = dateTimeFormat({ hour: '2-digit', minute: '2-digit' });
const dateTime = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });
let me = null;
let poll = null;

function when(session) {
  const start = new Date(session.startsAt);
  return `${dayFormat.format(start)}, ${timeFormat.format(start)}–${timeFormat.format(new Date(session.endsAt))}`;
}

function places(event) {
  return event.placesLeft > 0 ? t('events.placesLeft', { n: event.placesLeft, capacity: event.capacity }) : t('events.full');
}

// --- the list ---------------------------------------------------------------------------------------------------

async function listScreen() {
  const search = el('input', { id: 'event-search', type: 'search', 'aria-describedby': 'event-count' });
  const withPlaces = el('input', { id: 'has-places', type: 'checkbox' });
  const results = el('div', { id: 'event-days', class: 'stack' });
  const count = el('p', { class: 'hint', id: 'event-count', 'aria-live': 'polite' });
  const load = async () => {
    const query = new URLSearchParams({ size: '100', hasPlaces: String(withPlaces.checked) });
    if (search.value.trim()) query.set('q', search.value.trim());
    const page = await api('GET', `/api/v1/events?${query}`);
    const items = page.ok ? page.data.items : [];
    count.textContent = t('events.count', { n: items.length });
    // A calendar by day: each day's events under its date.
    const days = new Map();
    for (const event of items) {
      const day = dayFormat.format(new Date(event.startsAt));
      if (!days.has(day)) days.set(day, []);
      days.get(day).push(event);
    }
    results.replaceChildren(...(items.length ? [...days].map(([day, events]) => el('section', { class: 'stack' },
      el('h2', { class: 'day', text: day }),
      el('ul', { class: 'quiz-list' }, events.map((event) => el('li', { class: 'quiz-card', dataset: { event: event.id } },
        el('div', { class: 'quiz-main' },
          el('a', { class: 'title', href: `/events?event=${event.id}`, html: event.title }),
          el('span', { class: 'hint', text: `${timeFormat.format(new Date(event.startsAt))} · ${event.organiser} · ${places(event)}` })))))))
      : [el('p', { text: t('events.none') })]));
  };
  let timer = null;
  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(load, 250); });
  withPlaces.addEventListener('change', load);
  show(screen, el('section', { class: 'card stack' },
    el('div', { class: 'row' },
      el('h1', { class: 'grow', text: t('events.upcoming') }),
      me ? el('button', { type: 'button', class: 'primary', id: 'new-event', onclick: () => editScreen(null), text: t('events.new') }) : null),
    el('div', { class: 'row' },
      el('div', { class: 'field grow' }, el('label', { for: 'event-search', text: t('events.search') }), search),
      el('label', { class: 'inline', for: 'has-places' }, withPlaces, t('events.hasPlaces'))),
    count, results),
  me ? await mine() : el('p', { class: 'hint', text: t('events.signInToRegister') }));
  await load();
}

async function mine() {
  const [organised, registered] = await Promise.all([
    api('GET', '/api/v1/events/organised?size=100'), api('GET', '/api/v1/events/registered?size=100')]);
  const list = (id, page) => (page.ok && page.data.items.length
    ? el('ul', { class: 'quiz-list', id }, page.data.items.map((event) => el('li', { dataset: { event: event.id } },
      el('a', { class: 'title', href: `/events?event=${event.id}`, html: event.title }),
      el('span', { class: 'hint', text: `${dateTime.format(new Date(event.startsAt))} · ${t(`events.status.${event.status}`)}` }))))
    : el('p', { class: 'hint', text: t('events.none') }));
  return el('section', { class: 'card stack' },
    el('h2', { text: t('events.registeredByMe') }), list('registered-events', registered),
    el('p', {}, el('a', { href: '/api/v1/events/registered/calendar.ics', id: 'my-calendar', text: t('events.myCalendar') })),
    el('div', { class: 'row' },
      el('button', { type: 'button', id: 'calendar-feed', onclick: async () => {
        const response = await api('POST', '/api/v1/events/registered/calendar-feed', {});
        if (!response.ok) { status.textContent = problemText(response, t('common.error')); return; }
        const field = $('#calendar-feed-url');
        field.value = response.data.url;
        field.hidden = false;
        $('#calendar-feed-label').hidden = false;
        field.select();
      }, text: t('events.feedCreate') }),
      el('label', { for: 'calendar-feed-url', id: 'calendar-feed-label', hidden: true, text: t('events.feedLabel') }),
      el('input', { id: 'calendar-feed-url', readonly: true, hidden: true, class: 'grow' })),
    el('h2', { text: t('events.organisedByMe') }), list('organised-events', organised));
}

// --- one event ---------------------------------------------------------------------------------------------------

async function eventScreen(id) {
  clearInterval(poll);
  const response = await api('GET', `/api/v1/events/${id}`);
  if (!response.ok) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('events.notFound') }),
      el('a', { href: '/events', text: t('events.back') })));
    return;
  }
  const event = response.data;
  document.title = `${plain(event.title)} · ${t('app.name')}`;
  const sessions = el('ul', { class: 'quiz-list', id: 'sessions' }, event.sessions.map((session) => el('li', { dataset: { session: session.id } },
    el('span', { class: 'title', text: when(session) }),
    session.joinUrl && !event.me.organiser ? el('a', { class: 'button primary', id: 'join-now', href: `/play?pin=${session.pin}`, text: t('events.joinNow', { pin: session.pin }) }) : null,
    event.me.organiser && session.gameId ? el('a', { class: 'button', href: `/host/${session.gameId}`, text: t('events.hostScreen') }) : null,
    event.me.organiser && session.gameId ? el('a', { class: 'button', href: `/results?game=${session.gameId}`, text: t('events.report') }) : null,
    event.me.organiser && !session.launched && event.status !== 'DRAFT' && event.status !== 'ARCHIVED'
      ? el('button', { type: 'button', class: 'primary', dataset: { action: 'launch' }, onclick: () => launch(event, session), text: t('events.launch') }) : null)));
  const registration = me && !event.me.organiser && event.status !== 'DRAFT' && event.status !== 'ARCHIVED'
    ? (event.me.registered
      ? el('button', { type: 'button', id: 'unregister', onclick: () => change(event, 'DELETE', 'registration'), text: t('events.unregister') })
      : el('span', { class: 'row' },
        el('label', { class: 'inline', for: 'remind' }, el('input', { type: 'checkbox', id: 'remind', checked: true }), t('events.remindMe')),
        el('button', { type: 'button', class: 'primary', id: 'register', disabled: event.status !== 'OPEN',
          onclick: () => change(event, 'POST', 'registration', { remind: $('#remind').checked }), text: t('events.register') })))
    : null;
  show(screen, el('section', { class: 'card stack', id: 'event', dataset: { status: event.status } },
    el('a', { href: '/events', text: t('events.back') }),
    el('h1', { html: event.title }),
    el('p', { class: 'hint', text: `${t('events.by', { name: event.organiser })} · ${t(`events.status.${event.status}`)} · ${places(event)}` }),
    event.description ? el('p', { html: event.description }) : null,
    event.eligibility ? el('p', { class: 'hint', html: event.eligibility }) : null,
    el('h2', { text: t('events.sessions') }), sessions,
    event.me.registered ? el('p', { class: 'streak', id: 'registered-note', text: t('events.youAreRegistered') }) : null,
    event.me.registered ? el('p', { class: 'hint', id: 'remind-note', text: t(event.me.remind ? 'events.remindOn' : 'events.remindOff') }) : null,
    el('div', { class: 'row' }, registration,
      event.status !== 'DRAFT' ? el('a', { class: 'button', href: `/api/v1/events/${event.id}/calendar.ics`, text: t('events.addToCalendar') }) : null),
    me ? null : el('p', { class: 'hint' }, el('a', { href: '/', text: t('events.signInToRegister') }))),
  event.me.organiser ? await organiserPanel(event) : null);
  // Registered players wait here for the organiser to launch: the page looks again every 10 s around a session.
  const soon = event.sessions.some((s) => !s.launched && Date.parse(s.startsAt) - Date.now() < 3600_000 && Date.parse(s.endsAt) > Date.now());
  if (event.me.registered && soon) poll = setInterval(() => refreshJoin(event.id), 10_000);
}

async function refreshJoin(id) {
  const response = await api('GET', `/api/v1/events/${id}`);
  if (response.ok && response.data.sessions.some((s) => s.joinUrl) && !$('#join-now')) eventScreen(id);
}

async function change(event, method, path, body) {
  const response = await api(method, `/api/v1/events/${event.id}/${path}`, body);
  status.textContent = response.ok ? '' : problemText(response, t('common.error'));
  if (response.ok) await eventScreen(event.id);
}

async function launch(event, session) {
  const response = await api('POST', `/api/v1/events/${event.id}/sessions/${session.id}/launch`, {});
  if (!response.ok) {
    status.textContent = problemText(response, t('common.error'));
    return;
  }
  location.href = `/host/${response.data.gameId}`;
}

async function organiserPanel(event) {
  const registrations = await api('GET', `/api/v1/events/${event.id}/registrations`);
  const username = el('input', { id: 'add-username', autocomplete: 'off' });
  const actions = {
    DRAFT: [['publish', 'events.publish', {}], ['publish', 'events.publishSilently', { silent: true }]],
    OPEN: [['close', 'events.close']],
    CLOSED: [['reopen', 'events.reopen']],
    ARCHIVED: [],
  }[event.status];
  return el('section', { class: 'card stack', id: 'organiser' },
    el('h2', { text: t('events.organiser') }),
    el('div', { class: 'row' },
      ...actions.map(([path, key, body]) => el('button', { type: 'button', class: 'primary', dataset: { action: key }, onclick: () => change(event, 'POST', path, body ?? {}), text: t(key) })),
      event.status !== 'ARCHIVED' && !event.sessions.some((s) => s.launched)
        ? el('button', { type: 'button', id: 'edit-event', onclick: () => editScreen(event), text: t('events.edit') }) : null,
      event.status !== 'DRAFT' && event.status !== 'ARCHIVED'
        ? el('button', { type: 'button', id: 'archive', onclick: () => change(event, 'POST', 'archive', {}), text: t('events.archive') }) : null,
      el('button', { type: 'button', class: 'danger', id: 'delete-event', onclick: async () => {
        if (!window.confirm(t('events.confirmDelete'))) return;
        const response = await api('DELETE', `/api/v1/events/${event.id}`);
        if (response.ok) location.href = '/events';
      }, text: t('events.delete') })),
    el('h3', { text: t('events.players', { n: event.registered }) }),
    registrations.ok && registrations.data.length
      ? el('ul', { class: 'quiz-list', id: 'registrations' }, registrations.data.map((r) => el('li', { dataset: { player: r.userId } },
        el('span', { class: 'title', text: r.username }),
        el('span', { class: 'hint', text: r.beyondCapacity ? t('events.beyondCapacity') : r.addedByOrganiser ? t('events.addedByYou') : dateTime.format(new Date(r.registeredAt)) }),
        event.status !== 'ARCHIVED' ? el('button', { type: 'button', class: 'danger', 'aria-label': t('events.removeLabel', { name: r.username }),
          onclick: () => change(event, 'DELETE', `registrations/${r.userId}`), text: t('events.remove') }) : null)))
      : el('p', { class: 'hint', text: t('events.noPlayers') }),
    event.status !== 'DRAFT' && event.status !== 'ARCHIVED' ? el('form', { class: 'row', id: 'add-player', onsubmit: (e) => {
      e.preventDefault();
      change(event, 'POST', 'registrations', { username: username.value.trim() });
    } },
    el('div', { class: 'field grow' }, el('label', { for: 'add-username', text: t('events.addPlayer') }), username),
    el('button', { type: 'submit', text: t('events.add') })) : null);
}

// --- writing an event ----------------------------------------------------------------------------------------------

// A datetime-local value (the browser's time zone) for an instant, and back.
function localValue(iso) {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

async function editScreen(event) {
  clearInterval(poll);
  const quizzes = await api('GET', '/api/v1/quizzes?size=100');
  const title = el('input', { id: 'event-title', value: event ? plain(event.title) : '', required: true, maxlength: '200' });
  const description = el('textarea', { id: 'event-description', rows: '3', text: event ? plain(event.description) : '' });
  const capacity = el('input', { id: 'event-capacity', type: 'number', min: '1', value: String(event?.capacity ?? 30) });
  const curated = el('input', { id: 'event-curated', type: 'checkbox', checked: Boolean(event?.curated) });
  const quiz = el('select', { id: 'event-quiz' }, el('option', { value: '', text: t('events.noQuiz') }),
    ...(quizzes.ok ? quizzes.data.items : []).map((q) => el('option', { value: q.id, selected: q.id === event?.quizId, text: plain(q.title) })));
  const sessionList = el('ol', { class: 'stack', id: 'session-fields' });
  const addSession = (session) => {
    const n = sessionList.children.length + 1;
    const start = el('input', { type: 'datetime-local', id: `session-${n}-start`, required: true, value: session ? localValue(session.startsAt) : '' });
    const end = el('input', { type: 'datetime-local', id: `session-${n}-end`, required: true, value: session ? localValue(session.endsAt) : '' });
    sessionList.append(el('li', { class: 'row session' },
      el('div', { class: 'field' }, el('label', { for: start.id, text: t('events.starts', { n }) }), start),
      el('div', { class: 'field' }, el('label', { for: end.id, text: t('events.ends', { n }) }), end)));
  };
  (event?.sessions.length ? event.sessions : [null]).forEach(addSession);
  const error = el('p', { class: 'error', id: 'event-error', role: 'alert' });
  show(screen, el('form', { class: 'card stack', id: 'event-form', onsubmit: async (e) => {
    e.preventDefault();
    const body = {
      title: title.value, description: description.value, capacity: Number(capacity.value), curated: curated.checked,
      quizId: quiz.value || null, version: event?.version,
      sessions: [...sessionList.querySelectorAll('.session')].map((row) => {
        const [start, end] = row.querySelectorAll('input');
        return { startsAt: start.value ? new Date(start.value).toISOString() : null, endsAt: end.value ? new Date(end.value).toISOString() : null };
      }),
    };
    const response = event ? await api('PUT', `/api/v1/events/${event.id}`, body) : await api('POST', '/api/v1/events', body);
    if (!response.ok) {
      error.textContent = problemText(response, t('common.error'));
      return;
    }
    history.pushState(null, '', `/events?event=${response.data.id}`);
    eventScreen(response.data.id);
  } },
  el('h1', { text: event ? t('events.edit') : t('events.new') }),
  el('div', { class: 'field' }, el('label', { for: 'event-title', text: t('events.fieldTitle') }), title),
  el('div', { class: 'field' }, el('label', { for: 'event-description', text: t('events.fieldDescription') }), description),
  el('div', { class: 'field' }, el('label', { for: 'event-quiz', text: t('events.fieldQuiz') }), quiz),
  el('div', { class: 'field' }, el('label', { for: 'event-capacity', text: t('events.fieldCapacity') }), capacity),
  el('label', { class: 'inline', for: 'event-curated' }, curated, t('events.fieldCurated')),
  el('h2', { text: t('events.sessions') }), sessionList,
  el('button', { type: 'button', id: 'add-session', onclick: () => addSession(null), text: t('events.addSession') }),
  error,
  el('div', { class: 'row' },
    el('button', { type: 'submit', class: 'primary', id: 'save-event', text: t('events.save') }),
    el('a', { class: 'button', href: event ? `/events?event=${event.id}` : '/events', text: t('events.cancel') }))));
  title.focus();
}

async function main() {
  applyTexts();
  const account = await api('GET', '/api/v1/auth/me');
  me = account.ok ? account.data : null;
  if (me) $('.me').textContent = me.username;
  const id = new URLSearchParams(location.search).get('event');
  if (id) await eventScreen(id);
  else await listScreen();
}

window.addEventListener('popstate', () => main());
main();
