// Rankings and announcements of puzzle hunts (docs/hunts.md, "Rankings", "Announcements"): the leaderboard page
// (large, for a projector; groups when split; a banner while frozen), the organisers' ranking settings and
// announcement pages, the announcements card on the hunt and puzzle pages, and live announcement toasts. hunts.js
// only links here and dispatches its routes.
import { t, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain } from './dom.js';

const screen = $('#screen');
const status = $('#status');
const dateTime = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });
const time = dateTimeFormat({ hour: '2-digit', minute: '2-digit' });
const CRITERIA = ['FINAL_SOLVES', 'META_SOLVES', 'SOLVES', 'POINTS', 'LAST_SOLVE_AT', 'FINISHED_AT', 'HINTS_USED'];

function say(response) {
  status.textContent = response.ok ? '' : problemText(response, t('common.error'));
}

function back(huntId, go) {
  return el('a', { href: `/hunts?hunt=${huntId}`, onclick: (e) => { e.preventDefault(); go(`hunt=${huntId}`); }, text: t('hunts.backToHunt') });
}

// --- the leaderboard ----------------------------------------------------------------------------------------------

function cellText(criterion, value) {
  if (value === null || value === undefined) return '–';
  if (criterion === 'LAST_SOLVE_AT' || criterion === 'FINISHED_AT') return time.format(new Date(value));
  return String(value);
}

function groupTable(board, group) {
  return el('table', { class: 'leaderboard', dataset: { group: group.registrationValue ?? '' } },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('board.rank') }), el('th', { scope: 'col', text: t('hunts.team') }),
      ...board.columns.map((c) => el('th', { scope: 'col', text: t(`board.criterion.${c}`) })))),
    el('tbody', {}, group.teams.map((row) => el('tr', { dataset: { team: row.team, rank: String(row.rank) } },
      el('td', { class: 'rank', text: String(row.rank) }),
      el('th', { scope: 'row', class: 'name', text: row.name }),
      ...board.columns.map((c) => el('td', { text: cellText(c, row.values[c]) }))))));
}

let boardTimer = null;
export async function boardScreen(huntId, { go }) {
  clearTimeout(boardTimer);
  const response = await api('GET', `/api/v1/hunts/${huntId}/leaderboard`);
  if (!response.ok) { say(response); return; }
  const board = response.data;
  document.title = `${t('board.title')} · ${board.name}`;
  const empty = board.groups.every((g) => g.teams.length === 0);
  show(screen, el('section', { class: 'card stack board', id: 'board' },
    back(huntId, go),
    el('h1', { text: t('board.heading', { name: board.name }) }),
    board.frozen ? el('p', { class: 'banner', id: 'frozen', text: t('board.frozen', { time: dateTime.format(new Date(board.frozenAt)) }) }) : null,
    board.frozenForPlayers ? el('p', { class: 'banner', id: 'frozen-for-players', text: t('board.frozenForPlayers', { time: dateTime.format(new Date(board.frozenAt)) }) }) : null,
    empty ? el('p', { class: 'hint', text: board.state === 'NOT_YET_OPEN' ? t('board.notYet') : t('board.empty') }) : null,
    ...(empty ? [] : board.groups.map((group) => el('div', { class: 'stack' },
      board.registrationField ? el('h2', { text: `${board.registrationField}: ${group.registrationValue ? t(`board.answer.${group.registrationValue}`) : t('board.answer.other')}` }) : null,
      groupTable(board, group))))));
  // A projector keeps the page open: the board is read again every half minute while this page is shown.
  boardTimer = setTimeout(() => {
    const params = new URLSearchParams(location.search);
    if (params.get('hunt') === huntId && params.has('board')) boardScreen(huntId, { go });
  }, 30000);
}

// --- ranking settings (organisers) -------------------------------------------------------------------------------

export async function rankingScreen(huntId, { go }) {
  const [response, huntResponse] = await Promise.all([
    api('GET', `/api/v1/hunts/${huntId}/manage/ranking`), api('GET', `/api/v1/hunts/${huntId}`)]);
  if (!response.ok || !huntResponse.ok) { say(response.ok ? huntResponse : response); return; }
  const settings = response.data;
  let rules = settings.rules.map((r) => ({ ...r }));
  const list = el('ol', { class: 'quiz-list', id: 'ranking-rules' });
  const unused = el('select', { id: 'add-criterion', 'aria-label': t('board.addRule') });
  const draw = () => {
    list.replaceChildren(...rules.map((rule, i) => el('li', { dataset: { criterion: rule.criterion } },
      el('span', { class: 'title', text: t(`board.criterion.${rule.criterion}`) }),
      el('label', { class: 'inline' }, el('input', { type: 'checkbox', checked: rule.visible, onchange: (e) => { rule.visible = e.target.checked; } }), t('board.visible')),
      el('button', { type: 'button', 'aria-label': t('board.up', { name: t(`board.criterion.${rule.criterion}`) }), disabled: i === 0,
        onclick: () => { [rules[i - 1], rules[i]] = [rules[i], rules[i - 1]]; draw(); }, text: '↑' }),
      el('button', { type: 'button', 'aria-label': t('board.down', { name: t(`board.criterion.${rule.criterion}`) }), disabled: i === rules.length - 1,
        onclick: () => { [rules[i + 1], rules[i]] = [rules[i], rules[i + 1]]; draw(); }, text: '↓' }),
      el('button', { type: 'button', class: 'danger', 'aria-label': t('board.removeRule', { name: t(`board.criterion.${rule.criterion}`) }),
        disabled: rules.length === 1, onclick: () => { rules.splice(i, 1); draw(); }, text: '×' }))));
    unused.replaceChildren(...CRITERIA.filter((c) => !rules.some((r) => r.criterion === c))
      .map((c) => el('option', { value: c, text: t(`board.criterion.${c}`) })));
  };
  draw();
  const freeze = el('input', { id: 'freeze-minutes', type: 'number', min: '1', max: '10080', value: settings.freezeMinutes ?? '' });
  const split = el('input', { id: 'split', type: 'checkbox', checked: settings.splitByRegistration, disabled: !huntResponse.data.registrationField });
  let version = settings.saved ? settings.version : null;
  show(screen, el('section', { class: 'card stack', id: 'ranking' },
    back(huntId, go),
    el('h1', { text: t('board.settings') }),
    el('p', { class: 'hint', text: t('board.settingsHint') }),
    list,
    el('div', { class: 'row' }, unused, el('button', { type: 'button', id: 'add-rule', onclick: () => {
      if (unused.value) { rules.push({ criterion: unused.value, visible: true }); draw(); }
    }, text: t('board.addRule') })),
    el('div', { class: 'field' }, el('label', { for: 'freeze-minutes', text: t('board.freezeMinutes') }), freeze),
    el('label', { class: 'inline' }, split, huntResponse.data.registrationField
      ? t('board.split', { field: huntResponse.data.registrationField }) : t('board.splitNeedsField')),
    el('button', { type: 'button', class: 'primary', id: 'save-ranking', onclick: async () => {
      const saved = await api('PUT', `/api/v1/hunts/${huntId}/manage/ranking`, {
        rules, freezeMinutes: freeze.value ? Number(freeze.value) : null, splitByRegistration: split.checked, version });
      say(saved);
      if (saved.ok) { version = saved.data.version; status.textContent = t('board.saved'); }
    }, text: t('common.save') })));
}

// --- announcements ------------------------------------------------------------------------------------------------

function announcementItem(a, actions) {
  return el('li', { dataset: { announcement: String(a.id), puzzle: a.puzzle ?? '' } },
    el('div', { class: 'rich grow', html: a.text }),
    el('span', { class: 'hint', text: [a.puzzle ? `${a.puzzle} · ${a.puzzleName}` : t('board.wholeHunt'), a.author ?? '',
      dateTime.format(new Date(a.createdAt)), a.edited ? t('board.edited') : ''].filter(Boolean).join(' · ') }),
    actions ?? null);
}

// The announcements card of a hunt's page (shortId null) or a puzzle's page: filled in when it loads, and again when
// one arrives live.
export function announcementsCard(huntId, shortId) {
  const list = el('ol', { class: 'quiz-list', id: 'announcements-list' });
  const card = el('section', { class: 'card stack', id: 'announcements', hidden: true, dataset: { hunt: huntId, puzzle: shortId ?? '' } },
    el('h2', { text: t('board.announcements') }), list);
  card.reload = async () => {
    const response = await api('GET', `/api/v1/hunts/${huntId}/announcements`);
    if (!response.ok) return;
    const shown = response.data.filter((a) => !shortId || a.puzzle === shortId || !a.puzzle);
    list.replaceChildren(...shown.map((a) => announcementItem(a)));
    card.hidden = shown.length === 0;
  };
  card.reload();
  return card;
}

// What the hunt and puzzle pages do with an ANNOUNCEMENT from the team feed: a toast, and the card read again.
export function announced(update) {
  const node = el('div', { class: 'toast announcement', text: t('board.toast', { text: plain(update.text) }) });
  $('#toasts').append(node);
  setTimeout(() => node.remove(), 15000);
  $('#announcements')?.reload?.();
}

export async function announcementsScreen(huntId, { go }) {
  const [response, puzzles] = await Promise.all([
    api('GET', `/api/v1/hunts/${huntId}/announcements`), api('GET', `/api/v1/hunts/${huntId}/manage/puzzles`)]);
  if (!response.ok || !puzzles.ok) { say(response.ok ? puzzles : response); return; }
  const puzzleOptions = (selected) => [el('option', { value: '', text: t('board.wholeHunt') }),
    ...puzzles.data.map((p) => el('option', { value: p.shortId, selected: p.shortId === selected, text: `${p.shortId} · ${p.name}` }))];
  const text = el('textarea', { id: 'announcement-text', rows: '3', maxlength: '20000', required: true });
  const puzzle = el('select', { id: 'announcement-puzzle' }, puzzleOptions(null));
  const edit = (a) => {
    const area = el('textarea', { rows: '3', 'aria-label': t('board.text') });
    area.value = a.text;
    const which = el('select', { 'aria-label': t('board.puzzle') }, puzzleOptions(a.puzzle));
    return el('details', {}, el('summary', { text: t('board.edit') }),
      el('div', { class: 'stack' }, area, which, el('div', { class: 'row' },
        el('button', { type: 'button', class: 'primary', onclick: async () => {
          const saved = await api('PUT', `/api/v1/hunts/${huntId}/manage/announcements/${a.id}`, { text: area.value, puzzle: which.value || null });
          say(saved);
          if (saved.ok) announcementsScreen(huntId, { go });
        }, text: t('common.save') }),
        el('button', { type: 'button', class: 'danger', onclick: async () => {
          if (!window.confirm(t('board.confirmDelete'))) return;
          const deleted = await api('DELETE', `/api/v1/hunts/${huntId}/manage/announcements/${a.id}`);
          say(deleted);
          if (deleted.ok) announcementsScreen(huntId, { go });
        }, text: t('board.delete') }))));
  };
  show(screen, el('section', { class: 'card stack', id: 'manage-announcements' },
    back(huntId, go),
    el('h1', { text: t('board.announcements') }),
    el('form', { class: 'stack', id: 'announcement-form', onsubmit: async (e) => {
      e.preventDefault();
      const posted = await api('POST', `/api/v1/hunts/${huntId}/manage/announcements`, { text: text.value, puzzle: puzzle.value || null });
      say(posted);
      if (posted.ok) announcementsScreen(huntId, { go });
    } },
    el('div', { class: 'field' }, el('label', { for: 'announcement-text', text: t('board.text') }), text),
    el('div', { class: 'field' }, el('label', { for: 'announcement-puzzle', text: t('board.puzzle') }), puzzle),
    el('p', { class: 'hint', text: t('board.textHint') }),
    el('button', { type: 'submit', class: 'primary', text: t('board.post') })),
    el('ol', { class: 'quiz-list', id: 'all-announcements' }, response.data.map((a) => announcementItem(a, edit(a))))));
}

// With a board split by the registration field, a new team answers it yes or no: the text field becomes a choice.
export async function offerYesNo(huntId, input) {
  if (!input) return;
  const response = await api('GET', `/api/v1/hunts/${huntId}/leaderboard`);
  if (!response.ok || !response.data.registrationField || !input.isConnected) return;
  const choice = el('select', { id: input.id, required: true, onchange: (e) => { input.value = e.target.value; } },
    el('option', { value: 'yes', text: t('board.answer.yes') }), el('option', { value: 'no', text: t('board.answer.no') }));
  input.value = 'yes';
  input.removeAttribute('id');
  input.hidden = true;
  input.after(choice);
}
