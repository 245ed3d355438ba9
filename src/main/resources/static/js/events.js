// Scheduled events (docs/events.md): upcoming events by day or as a month with search and filters (special event,
// subject tag, places left), an event's page (register, unregister, add to a calendar, join a launched session
// with one tap, report it), a special event's own page, the organiser's side (write with a picture, special event
// and tags, publish, close, reopen, archive, the list of players, launching a session's game), and the
// administrators' lists of special events and subject tags.
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, upload, problemText } from './api.js';
import { el, $, show, plain, framedPicture } from './dom.js';
import { reportButton } from './alerts.js';
import { cardList } from './cards.js';

const screen = $('#screen');
const status = $('#status');
const dayFormat = dateTimeFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = dateTimeFormat({ hour: '2-digit', minute: '2-digit' });
const dateTime = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });
let me = null;
let poll = null;
let view = 'days';
let month = null;

// A special event's badge in its colour, linking to its page.
function specialBadge(special) {
  if (!special) return null;
  const badge = el('a', { class: 'special-badge', href: `/events?special=${special.id}`, dataset: { special: special.id } },
    special.emoji ? `${special.emoji} ` : '', el('span', { html: special.name }));
  badge.style.setProperty('--special', special.colour);
  return badge;
}

function tagList(tags) {
  return tags?.length ? el('ul', { class: 'tag-list', 'aria-label': t('events.tags') }, tags.map((tag) => el('li', { html: tag.name }))) : null;
}

function eventCard(event) {
  return el('li', { class: 'quiz-card row', dataset: { event: event.id } },
    event.picture ? framedPicture(event.picture, 'event-picture') : null,
    el('div', { class: 'quiz-main' },
      el('a', { class: 'title', href: `/events?event=${event.id}`, html: event.title }),
      el('span', { class: 'hint', text: `${timeFormat.format(new Date(event.startsAt))} · ${event.organiser} · ${places(event)}` }),
      el('div', { class: 'row' }, specialBadge(event.specialEvent), tagList(event.tags))));
}

// Upcoming events by day (a calendar list).
function byDay(items) {
  const days = new Map();
  for (const event of items) {
    const day = dayFormat.format(new Date(event.startsAt));
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(event);
  }
  return items.length ? [...days].map(([day, events]) => el('section', { class: 'stack' },
    el('h2', { class: 'day', text: day }),
    el('ul', { class: 'quiz-list' }, events.map(eventCard))))
    : [el('p', { text: t('events.none') })];
}

const monthFormat = dateTimeFormat({ month: 'long', year: 'numeric' });
const weekdayFormat = dateTimeFormat({ weekday: 'short' });

// A month as a grid of weeks (Monday first) with each day's events.
function monthGrid(items, redraw) {
  const first = new Date(month.getFullYear(), month.getMonth(), 1);
  const start = new Date(first);
  start.setDate(1 - ((first.getDay() + 6) % 7));
  const key = (d) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
  const byDate = new Map();
  for (const event of items) {
    const k = key(new Date(event.startsAt));
    if (!byDate.has(k)) byDate.set(k, []);
    byDate.get(k).push(event);
  }
  const today = key(new Date());
  const weeks = [];
  for (let w = 0; w < 6; w++) {
    const days = [];
    for (let d = 0; d < 7; d++) {
      const date = new Date(start);
      date.setDate(start.getDate() + w * 7 + d);
      const events = byDate.get(key(date)) ?? [];
      days.push(el('td', { class: [date.getMonth() !== month.getMonth() ? 'other' : '', key(date) === today ? 'today' : ''].join(' ').trim() || null },
        el('span', { class: 'hint', text: String(date.getDate()) }),
        events.map((event) => el('a', { href: `/events?event=${event.id}`, dataset: { event: event.id },
          html: `${timeFormat.format(new Date(event.startsAt))} ${event.title}` }))));
    }
    weeks.push(el('tr', {}, days));
    const next = new Date(start);
    next.setDate(start.getDate() + (w + 1) * 7);
    if (next.getMonth() !== month.getMonth() && next > first) break;
  }
  const shift = (n) => { month = new Date(month.getFullYear(), month.getMonth() + n, 1); redraw(); };
  const weekdays = [];
  for (let d = 0; d < 7; d++) {
    const date = new Date(start);
    date.setDate(start.getDate() + d);
    weekdays.push(el('th', { scope: 'col', text: weekdayFormat.format(date) }));
  }
  return [el('div', { class: 'row' },
    el('button', { type: 'button', id: 'month-previous', onclick: () => shift(-1), text: t('events.monthPrevious') }),
    el('h2', { class: 'grow', id: 'month-title', text: monthFormat.format(first) }),
    el('button', { type: 'button', id: 'month-next', onclick: () => shift(1), text: t('events.monthNext') })),
  el('div', { class: 'table-wrap' }, el('table', { class: 'month', id: 'month' },
    el('caption', { class: 'visually-hidden', text: monthFormat.format(first) }),
    el('thead', {}, el('tr', {}, weekdays)), el('tbody', {}, weeks)))];
}

function when(session) {
  const start = new Date(session.startsAt);
  return `${dayFormat.format(start)}, ${timeFormat.format(start)}–${timeFormat.format(new Date(session.endsAt))}`;
}

function places(event) {
  return event.placesLeft > 0 ? t('events.placesLeft', { n: event.placesLeft, capacity: event.capacity }) : t('events.full');
}

// --- the list ---------------------------------------------------------------------------------------------------

async function listScreen() {
  const [specials, tags] = await Promise.all([api('GET', '/api/v1/special-events'), api('GET', '/api/v1/subject-tags')]);
  const search = el('input', { id: 'event-search', type: 'search', 'aria-describedby': 'event-count' });
  const withPlaces = el('input', { id: 'has-places', type: 'checkbox' });
  const special = el('select', { id: 'special-filter' }, el('option', { value: '', text: t('events.anySpecial') }),
    (specials.ok ? specials.data : []).map((s) => el('option', { value: s.id, text: `${s.emoji} ${plain(s.name)}`.trim() })));
  const tag = el('select', { id: 'tag-filter' }, el('option', { value: '', text: t('events.anyTag') }),
    (tags.ok ? tags.data : []).map((s) => el('option', { value: s.id, text: plain(s.name) })));
  const results = el('div', { id: 'event-days', class: 'stack' });
  const count = el('p', { class: 'hint', id: 'event-count', 'aria-live': 'polite' });
  let items = [];
  let asked = 0;
  const draw = () => {
    results.replaceChildren(...(view === 'month' ? monthGrid(items, draw) : byDay(items)));
  };
  const load = async () => {
    const query = new URLSearchParams({ size: '100', hasPlaces: String(withPlaces.checked) });
    if (search.value.trim()) query.set('q', search.value.trim());
    if (special.value) query.set('specialEvent', special.value);
    if (tag.value) query.set('tag', tag.value);
    const mine = ++asked;
    const page = await api('GET', `/api/v1/events?${query}`);
    // Only the answer to the latest question counts: an earlier, slower one must not overwrite it.
    if (mine !== asked) return;
    items = page.ok ? page.data.items : [];
    count.textContent = t('events.count', { n: items.length });
    draw();
  };
  const views = el('div', { class: 'row', role: 'group', 'aria-label': t('events.view') },
    ['days', 'month'].map((v) => el('button', { type: 'button', id: `view-${v}`, 'aria-pressed': String(view === v),
      onclick: (e) => {
        view = v;
        views.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === e.currentTarget)));
        draw();
      }, text: t(`events.view.${v}`) })));
  let timer = null;
  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(load, 250); });
  for (const filter of [withPlaces, special, tag]) filter.addEventListener('change', load);
  show(screen, el('section', { class: 'card stack' },
    el('div', { class: 'row' },
      el('h1', { class: 'grow', text: t('events.upcoming') }),
      me ? el('button', { type: 'button', class: 'primary', id: 'new-event', onclick: () => editScreen(null), text: t('events.new') }) : null),
    el('div', { class: 'row' },
      el('div', { class: 'field grow' }, el('label', { for: 'event-search', text: t('events.search') }), search),
      el('div', { class: 'field' }, el('label', { for: 'special-filter', text: t('events.fieldSpecial') }), special),
      el('div', { class: 'field' }, el('label', { for: 'tag-filter', text: t('events.tag') }), tag),
      el('label', { class: 'inline', for: 'has-places' }, withPlaces, t('events.hasPlaces'))),
    views, count, results),
  me ? await mine() : el('p', { class: 'hint', text: t('events.signInToRegister') }),
  me && (me.roles ?? []).includes('ADMIN') ? themeAdmin(specials.ok ? specials.data : [], tags.ok ? tags.data : []) : null);
  await load();
}

// --- a special event's page ---------------------------------------------------------------------------------------

async function specialScreen(id) {
  const response = await api('GET', `/api/v1/special-events/${id}`);
  if (!response.ok) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('events.notFound') }),
      el('a', { href: '/events', text: t('events.back') })));
    return;
  }
  const special = response.data;
  document.title = `${plain(special.name)} · ${t('app.name')}`;
  const [upcoming, quizzes] = await Promise.all([
    api('GET', `/api/v1/events?size=100&specialEvent=${id}`),
    api('GET', `/api/v1/community/quizzes?size=50&specialEvent=${id}`)]);
  const page = el('section', { class: 'card stack special-page', id: 'special-event', dataset: { special: id } },
    el('a', { href: '/events', text: t('events.back') }),
    el('div', { class: 'row' },
      special.emoji ? el('span', { class: 'emoji', 'aria-hidden': 'true', text: special.emoji }) : null,
      el('h1', { class: 'grow', html: special.name })),
    special.active ? null : el('p', { class: 'hint', text: t('events.specialOver') }),
    special.description ? el('p', { html: special.description }) : null,
    el('h2', { text: t('events.upcoming') }),
    upcoming.ok && upcoming.data.items.length
      ? el('ul', { class: 'quiz-list', id: 'special-events-list' }, upcoming.data.items.map(eventCard))
      : el('p', { text: t('events.none') }),
    el('h2', { text: t('events.specialQuizzes') }),
    cardList('special-quizzes', quizzes.ok ? quizzes.data.items : []));
  page.style.setProperty('--special', special.colour);
  show(screen, page);
}

// --- administrators: special events and subject tags -------------------------------------------------------------

function themeAdmin(specials, tags) {
  const name = el('input', { id: 'special-name', maxlength: '60', required: true });
  const emoji = el('input', { id: 'special-emoji', maxlength: '16' });
  const colour = el('input', { id: 'special-colour', type: 'color', value: '#2a6f97' });
  const description = el('input', { id: 'special-description', maxlength: '2000' });
  const tagName = el('input', { id: 'tag-name', maxlength: '40', required: true });
  const note = el('p', { class: 'hint', id: 'theme-note', role: 'status' });
  const act = async (method, path, body) => {
    const response = await api(method, path, body);
    note.textContent = response.ok ? '' : problemText(response, t('common.error'));
    if (response.ok) await listScreen();
  };
  return el('section', { class: 'card stack', id: 'theme-admin' },
    el('h2', { text: t('events.themeAdmin') }),
    el('h3', { text: t('events.specialEvents') }),
    el('ul', { class: 'quiz-list', id: 'special-admin-list' }, specials.map((s) => el('li', { class: 'row', dataset: { special: s.id } },
      el('span', { class: 'grow' }, specialBadge(s), s.active ? '' : ` (${t('events.inactive')})`),
      el('button', { type: 'button', 'aria-label': t(s.active ? 'events.endSpecialLabel' : 'events.resumeSpecialLabel', { name: plain(s.name) }),
        onclick: () => act('PUT', `/api/v1/admin/special-events/${s.id}`, { name: s.name, emoji: s.emoji, colour: s.colour, description: s.description, active: !s.active }),
        text: t(s.active ? 'events.endSpecial' : 'events.resumeSpecial') }),
      el('button', { type: 'button', class: 'danger', 'aria-label': t('events.removeLabel', { name: plain(s.name) }),
        onclick: () => window.confirm(t('events.confirmRemoveSpecial')) && act('DELETE', `/api/v1/admin/special-events/${s.id}`), text: t('events.remove') })))),
    el('form', { class: 'row', id: 'new-special', onsubmit: (e) => {
      e.preventDefault();
      act('POST', '/api/v1/admin/special-events', { name: name.value, emoji: emoji.value, colour: colour.value, description: description.value, active: true });
    } },
    el('div', { class: 'field' }, el('label', { for: 'special-name', text: t('events.specialName') }), name),
    el('div', { class: 'field' }, el('label', { for: 'special-emoji', text: t('events.specialEmoji') }), emoji),
    el('div', { class: 'field' }, el('label', { for: 'special-colour', text: t('events.specialColour') }), colour),
    el('div', { class: 'field grow' }, el('label', { for: 'special-description', text: t('events.fieldDescription') }), description),
    el('button', { type: 'submit', id: 'add-special', text: t('events.addSpecial') })),
    el('h3', { text: t('events.subjectTags') }),
    el('ul', { class: 'quiz-list', id: 'tag-admin-list' }, tags.map((tag) => el('li', { class: 'row', dataset: { tag: tag.id } },
      el('span', { class: 'grow', html: tag.name }),
      el('button', { type: 'button', class: 'danger', 'aria-label': t('events.removeLabel', { name: plain(tag.name) }),
        onclick: () => act('DELETE', `/api/v1/admin/subject-tags/${tag.id}`), text: t('events.remove') })))),
    el('form', { class: 'row', id: 'new-tag', onsubmit: (e) => {
      e.preventDefault();
      act('POST', '/api/v1/admin/subject-tags', { name: tagName.value });
    } },
    el('div', { class: 'field grow' }, el('label', { for: 'tag-name', text: t('events.tagName') }), tagName),
    el('button', { type: 'submit', id: 'add-tag', text: t('events.addTag') })),
    note);
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
    session.ladderUrl && !event.me.organiser && Date.parse(session.endsAt) > Date.now()
      ? el('a', { class: 'button primary', id: 'start-run', href: `/ladder?start=${encodeURIComponent(event.ladder)}`, text: t('events.startRun') }) : null,
    event.ladder && session.launched ? el('button', { type: 'button', dataset: { action: 'leaderboard' }, 'aria-controls': 'session-leaderboard',
      onclick: () => sessionLeaderboard(event, session), text: t('events.sessionLeaderboard') }) : null,
    event.me.organiser && session.gameId ? el('a', { class: 'button', href: `/host/${session.gameId}`, text: t('events.hostScreen') }) : null,
    event.me.organiser && session.gameId ? el('a', { class: 'button', href: `/results?game=${session.gameId}`, text: t('events.report') }) : null,
    event.me.organiser && !session.launched && event.status !== 'DRAFT' && event.status !== 'ARCHIVED'
      ? el('button', { type: 'button', class: 'primary', dataset: { action: 'launch' }, onclick: () => launch(event, session),
        text: t(event.ladder ? 'events.launchLadder' : 'events.launch') }) : null)));
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
    event.picture ? framedPicture(event.picture, 'event-picture large') : null,
    el('h1', { html: event.title }),
    event.specialEvent || event.tags.length ? el('div', { class: 'row' }, specialBadge(event.specialEvent), tagList(event.tags)) : null,
    el('p', { class: 'hint', text: `${t('events.by', { name: event.organiser })} · ${t(`events.status.${event.status}`)} · ${places(event)}` }),
    event.description ? el('p', { html: event.description }) : null,
    event.eligibility ? el('p', { class: 'hint', html: event.eligibility }) : null,
    event.ladder ? el('p', { class: 'hint', id: 'runs-ladder', text: t('events.runsLadder', { ladder: event.ladder }) }) : null,
    el('h2', { text: t('events.sessions') }), sessions,
    el('div', { id: 'session-leaderboard', 'aria-live': 'polite' }),
    event.me.registered ? el('p', { class: 'streak', id: 'registered-note', text: t('events.youAreRegistered') }) : null,
    event.me.registered ? el('p', { class: 'hint', id: 'remind-note', text: t(event.me.remind ? 'events.remindOn' : 'events.remindOff') }) : null,
    el('div', { class: 'row' }, registration,
      event.status !== 'DRAFT' ? el('a', { class: 'button', href: `/api/v1/events/${event.id}/calendar.ics`, text: t('events.addToCalendar') }) : null),
    me ? null : el('p', { class: 'hint' }, el('a', { href: '/', text: t('events.signInToRegister') })),
    me && !event.me.organiser && event.status !== 'DRAFT' ? reportButton({ kind: 'EVENT', id: event.id }) : null),
  event.me.organiser ? await organiserPanel(event) : null);
  // Registered players wait here for the organiser to launch: the page looks again every 10 s around a session.
  const soon = event.sessions.some((s) => !s.launched && Date.parse(s.startsAt) - Date.now() < 3600_000 && Date.parse(s.endsAt) > Date.now());
  if (event.me.registered && soon) poll = setInterval(() => refreshJoin(event.id), 10_000);
}

async function refreshJoin(id) {
  const response = await api('GET', `/api/v1/events/${id}`);
  if (response.ok && response.data.sessions.some((s) => s.joinUrl || s.ladderUrl) && !$('#join-now') && !$('#start-run')) eventScreen(id);
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
  if (response.data.gameId) location.href = `/host/${response.data.gameId}`;
  else await eventScreen(event.id);
}

// A ladder session's leaderboard: the registered players' best runs since the launch (docs/events.md).
async function sessionLeaderboard(event, session) {
  const response = await api('GET', `/api/v1/events/${event.id}/sessions/${session.id}/leaderboard`);
  const box = $('#session-leaderboard');
  if (!response.ok) { status.textContent = problemText(response, t('common.error')); return; }
  box.replaceChildren(el('h2', { text: t('events.sessionLeaderboardOf', { when: when(session) }) }),
    response.data.entries.length
      ? el('ol', { class: 'board', id: 'session-board' }, response.data.entries.map((entry) => el('li', {},
        el('span', { class: 'place', text: t('common.place', { rank: entry.rank }) }),
        el('span', { class: 'name', text: entry.username }),
        el('span', { class: 'points', text: String(entry.prize) }))))
      : el('p', { class: 'hint', text: t('events.noRunsYet') }));
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
  const [quizzes, specials, tags, ladders] = await Promise.all([
    api('GET', '/api/v1/quizzes?size=100'), api('GET', '/api/v1/special-events'), api('GET', '/api/v1/subject-tags'),
    api('GET', '/api/v1/ladders')]);
  const ladder = el('select', { id: 'event-ladder' }, el('option', { value: '', text: t('events.noLadder') }),
    (ladders.ok ? ladders.data : []).map((l) => el('option', { value: l.slug, selected: l.slug === event?.ladder, text: l.name })));
  const special = el('select', { id: 'event-special' }, el('option', { value: '', text: t('events.noSpecial') }),
    (specials.ok ? specials.data : []).filter((s) => s.active || s.id === event?.specialEvent?.id)
      .map((s) => el('option', { value: s.id, selected: s.id === event?.specialEvent?.id, text: `${s.emoji} ${plain(s.name)}`.trim() })));
  const chosenTags = new Set((event?.tags ?? []).map((tag) => tag.id));
  const tagBoxes = el('fieldset', { id: 'event-tags' }, el('legend', { text: t('events.tags') }),
    (tags.ok ? tags.data : []).map((tag) => el('label', { class: 'inline', for: `event-tag-${tag.id}` },
      el('input', { type: 'checkbox', id: `event-tag-${tag.id}`, value: tag.id, checked: chosenTags.has(tag.id) }), plain(tag.name))));
  let picture = event?.picture ?? null;
  const preview = el('div', { id: 'event-picture-preview' }, picture ? framedPicture(picture, 'event-picture') : null);
  const pictureInput = el('input', { id: 'event-picture', type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp' });
  const removePicture = el('button', { type: 'button', id: 'remove-picture', hidden: !picture, text: t('events.removePicture') });
  removePicture.addEventListener('click', () => { picture = null; preview.replaceChildren(); removePicture.hidden = true; });
  pictureInput.addEventListener('change', async () => {
    const file = pictureInput.files[0];
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    const uploaded = await upload('/api/v1/storage', form);
    if (!uploaded.ok) { $('#event-error').textContent = problemText(uploaded, t('common.error')); return; }
    picture = uploaded.data.id;
    preview.replaceChildren(framedPicture(picture, 'event-picture'));
    removePicture.hidden = false;
  });
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
      quizId: quiz.value || null, ladder: ladder.value || null, version: event?.version, specialEventId: special.value || null, picture,
      tagIds: [...tagBoxes.querySelectorAll('input:checked')].map((box) => box.value),
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
  el('div', { class: 'field' }, el('label', { for: 'event-ladder', text: t('events.fieldLadder') }), ladder),
  el('div', { class: 'field' }, el('label', { for: 'event-capacity', text: t('events.fieldCapacity') }), capacity),
  el('label', { class: 'inline', for: 'event-curated' }, curated, t('events.fieldCurated')),
  el('div', { class: 'field' }, el('label', { for: 'event-special', text: t('events.fieldSpecial') }), special),
  tagBoxes,
  el('div', { class: 'field' }, el('label', { for: 'event-picture', text: t('events.fieldPicture') }), pictureInput),
  preview, removePicture,
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
  const params = new URLSearchParams(location.search);
  month = new Date(new Date().getFullYear(), new Date().getMonth(), 1);
  if (params.get('event')) await eventScreen(params.get('event'));
  else if (params.get('special')) await specialScreen(params.get('special'));
  else await listScreen();
}

window.addEventListener('popstate', () => main());
main();
