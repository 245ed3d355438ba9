// Puzzle hunts (docs/hunts.md): the list, a hunt's page (intro, prepuzzle, creating or joining a team, the team
// with its join code and members, the puzzle list), a puzzle's page (answer box, the team's submissions, live
// toasts), and the organisers' pages (hunt editor, puzzles with auto-responses, unlock rules with the tester,
// progress grid, feed).
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, problemText, upload } from './api.js';
import { el, $, show, plain, picture, fileUrl } from './dom.js';
import { watch } from './live.js';
import { boardScreen, rankingScreen, announcementsScreen, announcementsCard, announced, offerYesNo } from './hunt-board.js';
import { hintsScreen, staffHintsScreen } from './hunt-hints.js';

const screen = $('#screen');
const status = $('#status');
const dateTime = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });
const time = dateTimeFormat({ hour: '2-digit', minute: '2-digit' });
let me = null;
let live = null;

function go(query) {
  history.pushState(null, '', `/hunts${query ? `?${query}` : ''}`);
  main();
}

function link(query, text, attrs = {}) {
  return el('a', { href: `/hunts?${query}`, onclick: (e) => { e.preventDefault(); go(query); }, text, ...attrs });
}

function say(response) {
  status.textContent = response.ok ? '' : problemText(response, t('common.error'));
}

function toast(text) {
  const node = el('div', { class: 'toast', text });
  $('#toasts').append(node);
  setTimeout(() => node.remove(), 8000);
}

function updateText(update) {
  const params = { team: update.teamName ?? '', puzzle: update.puzzleName ?? update.puzzle ?? '', user: update.username ?? '' };
  if (update.kind === 'SUBMISSION') return t(`hunts.live.${update.outcome === 'CORRECT' ? 'correct' : 'submission'}`, { ...params, answer: update.text ?? '' });
  return t(`hunts.live.${update.kind.toLowerCase()}`, params);
}

// Live updates of the reader's team (or, for organisers, of every team). A page drawn again for the same feed keeps
// its connection and only changes what the updates do.
let liveDestination = null;
let liveHandler = null;
function follow(destination, onUpdate) {
  liveHandler = onUpdate;
  if (live && liveDestination === destination) return;
  if (live) live.close();
  live = null;
  liveDestination = destination;
  if (!me || !window.StompJs) return;
  live = watch({ destinations: [destination], onMessage: (_, update) => liveHandler(update),
    onConnect: () => document.body.setAttribute('data-live', 'connected') });
}

// --- the list ---------------------------------------------------------------------------------------------------

async function listScreen() {
  const [all, organised] = await Promise.all([
    api('GET', '/api/v1/hunts?size=100'), me ? api('GET', '/api/v1/hunts/organised') : Promise.resolve(null)]);
  const list = (id, hunts) => (hunts.length
    ? el('ul', { class: 'quiz-list', id }, hunts.map((hunt) => el('li', { dataset: { hunt: hunt.id } },
      link(`hunt=${hunt.id}`, hunt.name, { class: 'title' }),
      el('span', { class: 'hint', text: `${dateTime.format(new Date(hunt.displayStartsAt))} – ${dateTime.format(new Date(hunt.displayEndsAt))} · ${t(`hunts.state.${hunt.state}`)}${hunt.location ? ` · ${hunt.location}` : ''}` }))))
    : el('p', { class: 'hint', text: t('hunts.none') }));
  show(screen,
    el('section', { class: 'card stack' },
      el('div', { class: 'row' }, el('h1', { class: 'grow', text: t('hunts.title') }),
        me ? el('button', { type: 'button', class: 'primary', id: 'new-hunt', onclick: () => go('new=1'), text: t('hunts.new') }) : null),
      list('hunts', all.ok ? all.data.items : [])),
    organised?.ok ? el('section', { class: 'card stack' }, el('h2', { text: t('hunts.organisedByMe') }), list('organised-hunts', organised.data))
      : el('p', { class: 'hint', text: me ? '' : t('hunts.signIn') }));
}

// --- a hunt -------------------------------------------------------------------------------------------------------

async function huntScreen(id) {
  const response = await api('GET', `/api/v1/hunts/${id}`);
  if (!response.ok) {
    show(screen, el('section', { class: 'card' }, el('h1', { text: t('hunts.notFound') }), link('', t('hunts.back'))));
    return;
  }
  const hunt = response.data;
  document.title = `${hunt.name} · ${t('app.name')}`;
  const ended = hunt.state === 'ENDED' || hunt.state === 'ARCHIVED';
  const puzzles = hunt.myTeam || ended ? await api('GET', `/api/v1/hunts/${id}/puzzles`) : null;
  show(screen,
    el('section', { class: 'card stack', id: 'hunt' },
      el('h1', { text: hunt.name }),
      el('p', { class: 'hint', id: 'hunt-when', text: `${dateTime.format(new Date(hunt.displayStartsAt))} – ${dateTime.format(new Date(hunt.displayEndsAt))} · ${t(`hunts.state.${hunt.state}`)}${hunt.location ? ` · ${hunt.location}` : ''}` }),
      hunt.intro ? el('div', { class: 'rich', html: hunt.intro }) : null,
      hunt.info ? el('details', {}, el('summary', { text: t('hunts.info') }), el('div', { class: 'rich', html: hunt.info })) : null,
      link(`hunt=${hunt.id}&board`, t('board.title'), { class: 'button', id: 'board-link' }),
      hunt.organiser ? organiserLinks(hunt) : null),
    hunt.myTeam || hunt.organiser || ended ? announcementsCard(id, null) : null,
    hunt.prepuzzle ? prepuzzle(hunt) : null,
    hunt.myTeam ? teamCard(hunt) : (me && !ended && hunt.state !== 'ARCHIVED' ? registration(hunt)
      : el('p', { class: 'hint', text: me ? '' : t('hunts.signIn') })),
    puzzles?.ok ? puzzleList(hunt, puzzles.data) : null);
  if (hunt.myTeam) {
    follow(`/topic/hunts.${id}.teams.${hunt.myTeam.id}`, (update) => {
      if (update.kind === 'ANNOUNCEMENT') { announced(update); return; }
      if (update.username !== me.username) toast(updateText(update));
      if (update.kind === 'UNLOCK' || update.kind === 'SOLVE' || update.kind === 'JOIN' || update.kind === 'LEAVE') refreshHunt(id);
    });
  }
}

let refreshing = null;
function refreshHunt(id) {
  clearTimeout(refreshing);
  refreshing = setTimeout(() => { if (new URLSearchParams(location.search).get('hunt') === id) huntScreen(id); }, 300);
}

function organiserLinks(hunt) {
  const q = (page) => `hunt=${hunt.id}&manage=${page}`;
  return el('nav', { class: 'row', id: 'organiser-links' },
    link(q('edit'), t('hunts.manage.edit'), { class: 'button' }),
    link(q('puzzles'), t('hunts.manage.puzzles'), { class: 'button' }),
    link(q('rules'), t('hunts.manage.rules'), { class: 'button' }),
    link(q('teams'), t('hunts.manage.teams'), { class: 'button' }),
    link(q('progress'), t('hunts.manage.progress'), { class: 'button' }),
    link(q('feed'), t('hunts.manage.feed'), { class: 'button' }),
    link(q('ranking'), t('board.settings'), { class: 'button' }),
    link(q('announcements'), t('board.announcements'), { class: 'button' }),
    link(q('hints'), t('hunts.manage.hints'), { class: 'button', id: 'manage-hints' }));
}

function prepuzzle(hunt) {
  const answer = el('input', { id: 'prepuzzle-answer', autocomplete: 'off' });
  const result = el('p', { id: 'prepuzzle-result', role: 'status' });
  return el('section', { class: 'card stack', id: 'prepuzzle' },
    el('h2', { text: t('hunts.prepuzzle') }), el('div', { class: 'rich', html: hunt.prepuzzle }),
    el('form', { class: 'row', onsubmit: async (e) => {
      e.preventDefault();
      const response = await api('POST', `/api/v1/hunts/${hunt.id}/prepuzzle/check`, { answer: answer.value });
      if (!response.ok) { say(response); return; }
      result.replaceChildren(el('strong', { text: t(`hunts.outcome.${response.data.outcome}`) }),
        response.data.reply ? el('span', { html: ` ${response.data.reply}` }) : '');
    } },
    el('div', { class: 'field grow' }, el('label', { for: 'prepuzzle-answer', text: t('hunts.answer') }), answer),
    el('button', { type: 'submit', text: t('hunts.check') })), result);
}

function registration(hunt) {
  const name = el('input', { id: 'team-name', maxlength: '40', required: true });
  const value = hunt.registrationField ? el('input', { id: 'team-field', required: true, maxlength: '80' }) : null;
  offerYesNo(hunt.id, value);
  const code = el('input', { id: 'join-code', maxlength: '9', autocomplete: 'off', required: true });
  const after = (response) => { say(response); if (response.ok) huntScreen(hunt.id); };
  return el('section', { class: 'card stack', id: 'registration' },
    el('h2', { text: t('hunts.createTeam') }),
    el('form', { class: 'stack', id: 'create-team', onsubmit: async (e) => {
      e.preventDefault();
      after(await api('POST', `/api/v1/hunts/${hunt.id}/teams`, { name: name.value, registrationValue: value?.value }));
    } },
    el('div', { class: 'field' }, el('label', { for: 'team-name', text: t('hunts.teamName') }), name),
    value ? el('div', { class: 'field' }, el('label', { for: 'team-field', text: hunt.registrationField }), value) : null,
    el('button', { type: 'submit', class: 'primary', text: t('hunts.create') })),
    el('h2', { text: t('hunts.joinTeam') }),
    el('form', { class: 'row', id: 'join-team', onsubmit: async (e) => {
      e.preventDefault();
      after(await api('POST', `/api/v1/hunts/${hunt.id}/teams/join`, { code: code.value }));
    } },
    el('div', { class: 'field grow' }, el('label', { for: 'join-code', text: t('hunts.joinCode') }), code),
    el('button', { type: 'submit', text: t('hunts.join') })));
}

function teamCard(hunt) {
  const team = hunt.myTeam;
  const editable = hunt.state !== 'ENDED' && hunt.state !== 'ARCHIVED';
  return el('section', { class: 'card stack', id: 'team' },
    el('h2', { text: t('hunts.yourTeam', { name: team.name }) }),
    el('p', {}, t('hunts.codeIs'), ' ', el('code', { id: 'team-code', text: team.joinCode })),
    el('p', { class: 'hint', text: t('hunts.teamTotals', { points: team.points, hints: team.hintsEarned }) }),
    el('p', {}, el('a', { href: `/account?notifyHunt=${encodeURIComponent(hunt.id)}#notifications-card`, id: 'notify-me', text: t('hunts.notifyMe') })),
    team.finishedAt ? el('p', { id: 'finished', text: t('hunts.finished', { time: dateTime.format(new Date(team.finishedAt)) }) }) : null,
    el('ul', { class: 'quiz-list', id: 'members' }, team.members.map((member) => el('li', { dataset: { member: member.userId } },
      el('span', { class: 'title', text: member.username }),
      editable && member.username !== me.username ? el('button', { type: 'button', class: 'danger',
        'aria-label': t('hunts.removeLabel', { name: member.username }), onclick: async () => {
          const response = await api('DELETE', `/api/v1/hunts/${hunt.id}/teams/${team.id}/members/${member.userId}`);
          say(response);
          if (response.ok) huntScreen(hunt.id);
        }, text: t('hunts.remove') }) : null))),
    editable ? el('button', { type: 'button', id: 'leave-team', onclick: async () => {
      if (!window.confirm(t('hunts.confirmLeave'))) return;
      const response = await api('DELETE', `/api/v1/hunts/${hunt.id}/team/members/me`);
      say(response);
      if (response.ok) huntScreen(hunt.id);
    }, text: t('hunts.leave') }) : null);
}

function puzzleList(hunt, puzzles) {
  return el('section', { class: 'card stack', id: 'puzzles' },
    el('h2', { text: t('hunts.puzzles') }),
    puzzles.length ? el('ul', { class: 'quiz-list' }, puzzles.map((puzzle) => el('li', { dataset: { puzzle: puzzle.shortId, state: puzzle.state } },
      link(`hunt=${hunt.id}&puzzle=${puzzle.shortId}`, puzzle.name, { class: 'title' }),
      el('span', { class: `badge state-${puzzle.state.toLowerCase()}`, text: t(`hunts.puzzleState.${puzzle.state}`) }),
      puzzle.answer ? el('span', { class: 'hint', text: puzzle.answer }) : null)))
      : el('p', { class: 'hint', text: t('hunts.noPuzzles') }));
}

// --- a puzzle -----------------------------------------------------------------------------------------------------

async function puzzleScreen(huntId, shortId) {
  const [huntResponse, response] = await Promise.all([
    api('GET', `/api/v1/hunts/${huntId}`), api('GET', `/api/v1/hunts/${huntId}/puzzles/${shortId}`)]);
  if (!response.ok || !huntResponse.ok) {
    show(screen, el('section', { class: 'card' }, el('h1', { text: t('hunts.puzzleNotFound') }), link(`hunt=${huntId}`, t('hunts.backToHunt'))));
    return;
  }
  const hunt = huntResponse.data;
  const puzzle = response.data;
  document.title = `${puzzle.name} · ${hunt.name}`;
  const answer = el('input', { id: 'answer', autocomplete: 'off', maxlength: '500' });
  const result = el('p', { id: 'result', role: 'status' });
  const history = el('ol', { class: 'quiz-list', id: 'submissions' });
  const renderHistory = (submissions) => history.replaceChildren(...submissions.map((s) => el('li', { dataset: { outcome: s.outcome } },
    el('span', { class: 'title', text: s.text }),
    el('span', { class: `badge outcome-${s.outcome.toLowerCase()}`, text: t(`hunts.outcome.${s.outcome}`) }),
    s.reply ? el('span', { html: s.reply }) : null,
    el('span', { class: 'hint', text: `${s.username ?? ''} · ${time.format(new Date(s.at))}` }))));
  renderHistory(puzzle.submissions);
  const solved = el('p', { id: 'solved', text: puzzle.state === 'SOLVED' ? t('hunts.solvedWith', { answer: puzzle.answer }) : '' });
  const reload = async () => {
    const again = await api('GET', `/api/v1/hunts/${huntId}/puzzles/${shortId}`);
    if (!again.ok) return;
    renderHistory(again.data.submissions);
    if (again.data.state === 'SOLVED') {
      solved.textContent = t('hunts.solvedWith', { answer: again.data.answer });
      form.hidden = true;
    }
  };
  const form = el('form', { class: 'row', id: 'answer-form', hidden: puzzle.state === 'SOLVED', onsubmit: async (e) => {
    e.preventDefault();
    const sent = await api('POST', `/api/v1/hunts/${huntId}/puzzles/${shortId}/submissions`, { answer: answer.value });
    if (!sent.ok) { result.textContent = problemText(sent, t('common.error')); return; }
    result.replaceChildren(el('strong', { text: t(`hunts.outcome.${sent.data.outcome}`) }),
      sent.data.reply ? el('span', { html: ` ${sent.data.reply}` }) : '',
      sent.data.recorded ? '' : el('span', { class: 'hint', text: ` ${t('hunts.notRecorded')}` }));
    answer.value = '';
    if (sent.data.recorded) await reload();
  } },
  el('div', { class: 'field grow' }, el('label', { for: 'answer', text: t('hunts.answer') }), answer),
  el('button', { type: 'submit', class: 'primary', text: t('hunts.submit') }));
  show(screen, el('section', { class: 'card stack', id: 'puzzle', dataset: { puzzle: puzzle.shortId } },
    link(`hunt=${huntId}`, t('hunts.backToHunt')),
    el('h1', { text: puzzle.name }),
    el('p', { class: 'hint', text: `${puzzle.shortId} · ${t(`hunts.type.${puzzle.type}`)}` }),
    el('div', { class: 'rich', id: 'puzzle-content', html: puzzle.content }),
    ...puzzle.pictures.map((id) => picture(id)),
    puzzle.pdf ? el('p', {}, el('a', { href: fileUrl(puzzle.pdf), id: 'puzzle-pdf', target: '_blank', rel: 'noopener', text: t('hunts.pdf') })) : null,
    puzzle.solution ? el('p', {}, el('a', { href: fileUrl(puzzle.solution), id: 'puzzle-solution', target: '_blank', rel: 'noopener', text: t('hunts.solution') })) : null,
    solved, form, result,
    hunt.myTeam ? el('p', {}, link(`hunt=${huntId}&puzzle=${puzzle.shortId}&hints=1`, t('hunts.hints.link'), { id: 'hints-link' })) : null,
    el('p', { class: 'hint', text: t('hunts.limit', { n: puzzle.submissionLimit, minutes: Math.round(puzzle.submissionWindowSeconds / 60) }) }),
    el('h2', { text: t('hunts.history') }), history),
    announcementsCard(huntId, shortId));
  answer.focus();
  if (hunt.myTeam) {
    follow(`/topic/hunts.${huntId}.teams.${hunt.myTeam.id}`, (update) => {
      if (update.kind === 'ANNOUNCEMENT') { announced(update); return; }
      if (update.username !== me.username || update.kind === 'UNLOCK') toast(updateText(update));
      if (update.puzzle === shortId) reload();
    });
  }
}

// --- organisers ---------------------------------------------------------------------------------------------------

function localValue(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function instant(value) {
  return value ? new Date(value).toISOString() : null;
}

function field(id, label, input) {
  input.id = id;
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), input);
}

async function editScreen(huntId) {
  const hunt = huntId ? (await api('GET', `/api/v1/hunts/${huntId}`)).data : null;
  const s = hunt?.settings ?? {};
  const input = (value, attrs = {}) => el('input', { value: value ?? '', ...attrs });
  const area = (value) => el('textarea', { rows: '4', text: value ? plain(value) : '' });
  const f = {
    name: input(hunt?.name, { required: true, maxlength: '120' }),
    intro: area(hunt?.intro), info: area(hunt?.info), location: input(hunt?.location),
    startsAt: input(localValue(hunt?.startsAt), { type: 'datetime-local', required: true }),
    endsAt: input(localValue(hunt?.endsAt), { type: 'datetime-local', required: true }),
    playtestStartsAt: input(localValue(s.playtestStartsAt), { type: 'datetime-local' }),
    playtestEndsAt: input(localValue(s.playtestEndsAt), { type: 'datetime-local' }),
    teamSize: input(String(hunt?.teamSize ?? 4), { type: 'number', min: '1', max: '100' }),
    registrationField: input(hunt?.registrationField),
    submissionLimit: input(s.submissionLimit ?? '', { type: 'number', min: '1' }),
    submissionWindowMinutes: input(s.submissionWindowSeconds ? String(s.submissionWindowSeconds / 60) : '', { type: 'number', min: '1' }),
    prepuzzleContent: area(hunt?.prepuzzle), prepuzzleAnswer: input(s.prepuzzleAnswer), prepuzzleReply: input(s.prepuzzleReply ? plain(s.prepuzzleReply) : ''),
  };
  const error = el('p', { class: 'error', id: 'hunt-error', role: 'alert' });
  const staff = el('input', { value: (s.organisers ?? []).join(', ') });
  show(screen, el('form', { class: 'card stack', id: 'hunt-form', onsubmit: async (e) => {
    e.preventDefault();
    const body = {
      name: f.name.value, intro: f.intro.value, info: f.info.value, location: f.location.value,
      startsAt: instant(f.startsAt.value), endsAt: instant(f.endsAt.value),
      playtestStartsAt: instant(f.playtestStartsAt.value), playtestEndsAt: instant(f.playtestEndsAt.value),
      teamSize: Number(f.teamSize.value), registrationField: f.registrationField.value,
      submissionLimit: f.submissionLimit.value ? Number(f.submissionLimit.value) : null,
      submissionWindowSeconds: f.submissionWindowMinutes.value ? Number(f.submissionWindowMinutes.value) * 60 : null,
      prepuzzleContent: f.prepuzzleContent.value, prepuzzleAnswer: f.prepuzzleAnswer.value, prepuzzleReply: f.prepuzzleReply.value,
      version: hunt?.version,
    };
    const saved = await api(hunt ? 'PUT' : 'POST', hunt ? `/api/v1/hunts/${hunt.id}` : '/api/v1/hunts', body);
    if (!saved.ok) { error.textContent = problemText(saved, t('common.error')); return; }
    if (hunt?.owner) {
      const named = await api('PUT', `/api/v1/hunts/${hunt.id}/organisers`, { usernames: staff.value.split(',').map((u) => u.trim()).filter(Boolean) });
      if (!named.ok) { error.textContent = problemText(named, t('common.error')); return; }
    }
    go(`hunt=${saved.data.id}`);
  } },
  el('h1', { text: hunt ? t('hunts.manage.edit') : t('hunts.new') }),
  field('hunt-name', t('hunts.f.name'), f.name), field('hunt-intro', t('hunts.f.intro'), f.intro),
  field('hunt-info', t('hunts.f.info'), f.info), field('hunt-location', t('hunts.f.location'), f.location),
  el('div', { class: 'row' }, field('hunt-start', t('hunts.f.start'), f.startsAt), field('hunt-end', t('hunts.f.end'), f.endsAt)),
  el('div', { class: 'row' }, field('hunt-playtest-start', t('hunts.f.playtestStart'), f.playtestStartsAt),
    field('hunt-playtest-end', t('hunts.f.playtestEnd'), f.playtestEndsAt)),
  el('div', { class: 'row' }, field('hunt-team-size', t('hunts.f.teamSize'), f.teamSize),
    field('hunt-field', t('hunts.f.registrationField'), f.registrationField)),
  el('div', { class: 'row' }, field('hunt-limit', t('hunts.f.submissionLimit'), f.submissionLimit),
    field('hunt-window', t('hunts.f.submissionWindow'), f.submissionWindowMinutes)),
  field('hunt-prepuzzle', t('hunts.f.prepuzzle'), f.prepuzzleContent),
  el('div', { class: 'row' }, field('hunt-prepuzzle-answer', t('hunts.f.prepuzzleAnswer'), f.prepuzzleAnswer),
    field('hunt-prepuzzle-reply', t('hunts.f.prepuzzleReply'), f.prepuzzleReply)),
  hunt?.owner ? field('hunt-staff', t('hunts.f.staff'), staff) : null,
  error,
  el('div', { class: 'row' }, el('button', { type: 'submit', class: 'primary', text: t('hunts.save') }),
    hunt ? el('button', { type: 'button', id: 'archive-hunt', onclick: async () => {
      const archived = await api('POST', `/api/v1/hunts/${hunt.id}/archive`, {});
      if (!archived.ok) { error.textContent = problemText(archived, t('common.error')); return; }
      go(`hunt=${hunt.id}`);
    }, text: t('hunts.archive') }) : null)));
  f.name.focus();
}

async function puzzlesScreen(huntId) {
  const response = await api('GET', `/api/v1/hunts/${huntId}/manage/puzzles`);
  if (!response.ok) { say(response); return; }
  const list = el('ul', { class: 'quiz-list', id: 'manage-puzzles' }, response.data.map((puzzle) => el('li', { dataset: { puzzle: puzzle.shortId } },
    el('span', { class: 'title', text: `${puzzle.position}. ${puzzle.name} (${puzzle.shortId})` }),
    el('span', { class: 'hint', text: `${t(`hunts.type.${puzzle.type}`)} · ${puzzle.answer}` }),
    el('button', { type: 'button', onclick: () => puzzleForm(huntId, puzzle), text: t('hunts.edit') }),
    el('button', { type: 'button', class: 'danger', onclick: async () => {
      if (!window.confirm(t('hunts.confirmDeletePuzzle'))) return;
      const deleted = await api('DELETE', `/api/v1/hunts/${huntId}/manage/puzzles/${puzzle.shortId}`);
      say(deleted);
      if (deleted.ok) puzzlesScreen(huntId);
    }, text: t('hunts.delete') }))));
  show(screen, el('section', { class: 'card stack' },
    link(`hunt=${huntId}`, t('hunts.backToHunt')),
    el('div', { class: 'row' }, el('h1', { class: 'grow', text: t('hunts.manage.puzzles') }),
      el('button', { type: 'button', class: 'primary', id: 'new-puzzle', onclick: () => puzzleForm(huntId, null), text: t('hunts.newPuzzle') })),
    list));
}

// A stored file of a puzzle: a chooser that uploads at once, then the file (a thumbnail or a link) with Remove.
// `get`/`set` hold the file id the form sends; PDFs are uploaded for documents ('activity' lets them through).
function fileSlot(id, label, kind, get, set) {
  const slot = el('fieldset', { class: 'picture-field', id });
  const error = el('span', { class: 'error', id: `err-${id}`, role: 'alert' });
  const draw = () => {
    const current = get();
    if (current) {
      slot.replaceChildren(el('legend', { text: label }),
        kind === 'pdf'
          ? el('a', { href: fileUrl(current), target: '_blank', rel: 'noopener', id: `${id}-link`, text: t('hunts.openFile') })
          : picture(current, 'thumb'),
        el('button', { type: 'button', class: 'danger', id: `${id}-remove`, onclick: () => { set(null); draw(); }, text: t('hunts.remove') }),
        error);
      return;
    }
    const chooser = el('input', { type: 'file', id: `${id}-file`, accept: kind === 'pdf' ? 'application/pdf' : 'image/*',
      'aria-describedby': `err-${id}`, onchange: async () => {
        if (!chooser.files[0]) return;
        const form = new FormData();
        form.append('file', chooser.files[0]);
        form.append('purpose', kind === 'pdf' ? 'activity' : 'quiz');
        chooser.disabled = true;
        const uploaded = await upload('/api/v1/storage', form);
        chooser.disabled = false;
        if (!uploaded.ok) { error.textContent = problemText(uploaded, t('common.error')); return; }
        set(uploaded.data.id);
        draw();
      } });
    slot.replaceChildren(el('legend', { text: label }), el('label', { for: `${id}-file`, text: t('hunts.chooseFile') }), chooser, error);
  };
  draw();
  return slot;
}

function puzzleForm(huntId, puzzle) {
  const input = (value, attrs = {}) => el('input', { value: value ?? '', ...attrs });
  const check = (value) => el('input', { type: 'checkbox', checked: Boolean(value) });
  const f = {
    shortId: input(puzzle?.shortId, { required: true, pattern: '[0-9A-Fa-f]{3,8}', maxlength: '8' }),
    position: input(String(puzzle?.position ?? 1), { type: 'number', min: '0' }),
    name: input(puzzle?.name, { required: true }),
    type: el('select', {}, ...['STANDARD', 'META', 'FINAL', 'NON_SCORING'].map((type) => el('option', { value: type, selected: puzzle?.type === type, text: t(`hunts.type.${type}`) }))),
    answer: input(puzzle?.answer, { required: true }),
    allowSpaces: check(puzzle?.allowSpaces), caseSensitive: check(puzzle?.caseSensitive), allowNonAlphanumeric: check(puzzle?.allowNonAlphanumeric),
    content: el('textarea', { rows: '6', text: puzzle ? plain(puzzle.content) : '' }),
  };
  const stored = { pdf: puzzle?.pdf ?? null, solution: puzzle?.solution ?? null, pictures: [...(puzzle?.pictures ?? [])] };
  const pictures = el('div', { class: 'stack', id: 'puzzle-pictures' });
  const drawPictures = () => pictures.replaceChildren(
    ...stored.pictures.map((id, i) => fileSlot(`puzzle-picture-${i + 1}`, t('hunts.f.picture', { n: i + 1 }), 'picture',
      () => stored.pictures[i], (value) => { stored.pictures.splice(i, 1); if (value) stored.pictures.splice(i, 0, value); drawPictures(); })),
    fileSlot(`puzzle-picture-${stored.pictures.length + 1}`, t('hunts.f.addPicture'), 'picture',
      () => null, (value) => { if (value) stored.pictures.push(value); drawPictures(); }));
  drawPictures();
  const responses = el('ol', { class: 'stack', id: 'responses' });
  const addResponse = (response) => {
    const n = responses.children.length + 1;
    responses.append(el('li', { class: 'row response' },
      field(`response-${n}-pattern`, t('hunts.f.pattern'), input(response?.pattern)),
      field(`response-${n}-reply`, t('hunts.f.reply'), input(response ? plain(response.reply) : '')),
      el('button', { type: 'button', class: 'danger', onclick: (e) => e.target.closest('li').remove(), text: t('hunts.remove') })));
  };
  (puzzle?.responses ?? []).forEach(addResponse);
  const error = el('p', { class: 'error', id: 'puzzle-error', role: 'alert' });
  const flag = (id, label, box) => { box.id = id; return el('label', { class: 'inline', for: id }, box, label); };
  show(screen, el('form', { class: 'card stack', id: 'puzzle-form', onsubmit: async (e) => {
    e.preventDefault();
    const body = {
      shortId: f.shortId.value, position: Number(f.position.value), name: f.name.value, type: f.type.value, answer: f.answer.value,
      allowSpaces: f.allowSpaces.checked, caseSensitive: f.caseSensitive.checked, allowNonAlphanumeric: f.allowNonAlphanumeric.checked,
      content: f.content.value, pictures: stored.pictures, pdf: stored.pdf, solution: stored.solution,
      responses: [...responses.querySelectorAll('.response')].map((row) => ({
        pattern: row.querySelector('[id$="-pattern"]').value, reply: row.querySelector('[id$="-reply"]').value })),
      version: puzzle?.version,
    };
    const saved = await api(puzzle ? 'PUT' : 'POST',
      puzzle ? `/api/v1/hunts/${huntId}/manage/puzzles/${puzzle.shortId}` : `/api/v1/hunts/${huntId}/manage/puzzles`, body);
    if (!saved.ok) { error.textContent = problemText(saved, t('common.error')); return; }
    puzzlesScreen(huntId);
  } },
  el('h1', { text: puzzle ? puzzle.name : t('hunts.newPuzzle') }),
  el('div', { class: 'row' }, field('puzzle-short-id', t('hunts.f.shortId'), f.shortId), field('puzzle-position', t('hunts.f.position'), f.position),
    field('puzzle-type', t('hunts.f.type'), f.type)),
  field('puzzle-name', t('hunts.f.name'), f.name), field('puzzle-answer', t('hunts.answer'), f.answer),
  el('div', { class: 'row' }, flag('puzzle-spaces', t('hunts.f.allowSpaces'), f.allowSpaces),
    flag('puzzle-case', t('hunts.f.caseSensitive'), f.caseSensitive), flag('puzzle-symbols', t('hunts.f.allowNonAlphanumeric'), f.allowNonAlphanumeric)),
  field('puzzle-content', t('hunts.f.content'), f.content),
  pictures,
  el('div', { class: 'row' },
    fileSlot('puzzle-pdf', t('hunts.f.pdf'), 'pdf', () => stored.pdf, (value) => { stored.pdf = value; }),
    fileSlot('puzzle-solution', t('hunts.f.solution'), 'pdf', () => stored.solution, (value) => { stored.solution = value; })),
  el('h2', { text: t('hunts.responses') }), el('p', { class: 'hint', text: t('hunts.responsesHint') }), responses,
  el('button', { type: 'button', id: 'add-response', onclick: () => addResponse(null), text: t('hunts.addResponse') }),
  error,
  el('div', { class: 'row' }, el('button', { type: 'submit', class: 'primary', text: t('hunts.save') }),
    el('button', { type: 'button', onclick: () => puzzlesScreen(huntId), text: t('hunts.cancel') }))));
  f.shortId.focus();
}

async function rulesScreen(huntId) {
  const [saved, puzzles] = await Promise.all([
    api('GET', `/api/v1/hunts/${huntId}/manage/rules`), api('GET', `/api/v1/hunts/${huntId}/manage/puzzles`)]);
  if (!saved.ok) { say(saved); return; }
  const source = el('textarea', { id: 'rules-source', rows: '12', spellcheck: 'false', class: 'code', text: saved.data.source });
  const errors = el('ul', { class: 'error', id: 'rules-errors', role: 'alert' });
  const at = el('input', { id: 'test-at', type: 'datetime-local', value: localValue(new Date().toISOString()) });
  const solves = el('div', { class: 'stack', id: 'test-solves' }, ...(puzzles.ok ? puzzles.data : []).map((puzzle) => el('div', { class: 'row' },
    el('label', { for: `solve-${puzzle.shortId}`, text: `${puzzle.name} (${puzzle.shortId})` }),
    el('input', { type: 'datetime-local', id: `solve-${puzzle.shortId}`, dataset: { puzzle: puzzle.shortId } }))));
  const outcome = el('div', { id: 'test-outcome', class: 'stack' });
  const showErrors = (response) => errors.replaceChildren(...(response.data?.errors ?? [{ message: problemText(response, t('common.error')) }])
    .map((e) => el('li', { text: e.line ? t('hunts.ruleError', { line: e.line, column: e.column, message: e.message }) : e.message })));
  show(screen, el('section', { class: 'card stack' },
    link(`hunt=${huntId}`, t('hunts.backToHunt')),
    el('h1', { text: t('hunts.manage.rules') }),
    el('p', { class: 'hint', text: t('hunts.rulesHint') }),
    el('label', { for: 'rules-source', text: t('hunts.rules') }), source, errors,
    el('button', { type: 'button', class: 'primary', id: 'save-rules', onclick: async () => {
      const response = await api('PUT', `/api/v1/hunts/${huntId}/manage/rules`, { source: source.value });
      if (!response.ok) { showErrors(response); return; }
      errors.replaceChildren();
      status.textContent = t('hunts.rulesSaved');
    }, text: t('hunts.save') })),
  el('section', { class: 'card stack', id: 'tester' },
    el('h2', { text: t('hunts.tester') }),
    field('test-at', t('hunts.testAt'), at), el('h3', { text: t('hunts.testSolves') }), solves,
    el('button', { type: 'button', id: 'run-test', onclick: async () => {
      const solved = {};
      solves.querySelectorAll('input').forEach((input) => { if (input.value) solved[input.dataset.puzzle] = instant(input.value); });
      const response = await api('POST', `/api/v1/hunts/${huntId}/manage/rules/test`, { source: source.value, at: instant(at.value), solves: solved });
      if (!response.ok) { showErrors(response); outcome.replaceChildren(); return; }
      errors.replaceChildren();
      const r = response.data;
      outcome.replaceChildren(
        el('p', { text: t('hunts.testTotals', { points: r.points, hints: r.hints }) }),
        el('ul', { class: 'quiz-list', id: 'test-unlocks' }, Object.entries(r.unlocks).sort((a, b) => a[1].localeCompare(b[1])).map(([id, when]) =>
          el('li', { dataset: { puzzle: id } }, el('span', { class: 'title', text: id }), el('span', { class: 'hint', text: dateTime.format(new Date(when)) })))),
        r.nextChange ? el('p', { text: t('hunts.nextChange', { time: dateTime.format(new Date(r.nextChange)) }) }) : null,
        el('ul', { class: 'quiz-list' }, r.rules.map((rule) => el('li', {},
          el('code', { text: `${rule.line}: ${rule.rule}${rule.puzzle ? ` (${rule.puzzle})` : ''}` }),
          el('span', { class: 'hint', text: t('hunts.fired', { n: rule.times }) })))));
    }, text: t('hunts.runTest') }), outcome));
}

async function teamsScreen(huntId) {
  const response = await api('GET', `/api/v1/hunts/${huntId}/teams`);
  if (!response.ok) { say(response); return; }
  show(screen, el('section', { class: 'card stack' },
    link(`hunt=${huntId}`, t('hunts.backToHunt')),
    el('h1', { text: t('hunts.manage.teams') }),
    el('ul', { class: 'quiz-list', id: 'all-teams' }, response.data.map((team) => el('li', { dataset: { team: team.id } },
      el('span', { class: 'title', text: team.name }),
      el('span', { class: 'hint', text: `${team.joinCode} · ${team.members.map((m) => m.username).join(', ')}${team.registrationValue ? ` · ${team.registrationValue}` : ''}` }),
      el('label', { class: 'inline' }, el('input', { type: 'checkbox', checked: team.playtester, onchange: async (e) => {
        say(await api('PUT', `/api/v1/hunts/${huntId}/teams/${team.id}/playtester`, { playtester: e.target.checked }));
      } }), t('hunts.playtester')))))));
}

async function progressScreen(huntId) {
  const response = await api('GET', `/api/v1/hunts/${huntId}/manage/progress`);
  if (!response.ok) { say(response); return; }
  const grid = response.data;
  const cell = (c) => el('td', { class: `state-${c.state.toLowerCase()}`, dataset: { puzzle: c.shortId, state: c.state },
    title: t(`hunts.puzzleState.${c.state}`),
    text: c.solvedAt ? time.format(new Date(c.solvedAt)) : c.unlockedAt ? '·' : '' });
  show(screen, el('section', { class: 'card stack' },
    link(`hunt=${huntId}`, t('hunts.backToHunt')),
    el('h1', { text: t('hunts.manage.progress') }),
    el('p', { class: 'hint', text: t('hunts.gridLegend') }),
    el('div', { class: 'table-scroll' }, el('table', { id: 'progress' },
      el('thead', {}, el('tr', {}, el('th', { text: t('hunts.team') }), el('th', { text: t('hunts.points') }),
        ...grid.puzzles.map((p) => el('th', { scope: 'col', title: p.name, text: p.shortId })))),
      el('tbody', {}, grid.teams.map((team) => el('tr', { dataset: { team: team.id } },
        el('th', { scope: 'row', text: `${team.name}${team.finishedAt ? ' ✓' : ''}` }), el('td', { text: String(team.points) }),
        ...team.cells.map(cell))))))));
  follow(`/topic/hunts.${huntId}.all`, () => {
    clearTimeout(refreshing);
    refreshing = setTimeout(() => progressScreen(huntId), 500);
  });
}

async function feedScreen(huntId) {
  const response = await api('GET', `/api/v1/hunts/${huntId}/manage/feed?limit=100`);
  if (!response.ok) { say(response); return; }
  const entry = (u) => el('li', { dataset: { kind: u.kind } },
    el('span', { class: 'hint', text: time.format(new Date(u.at)) }), el('span', { class: 'title', text: updateText(u) }));
  const list = el('ol', { class: 'quiz-list', id: 'feed' }, response.data.map(entry));
  show(screen, el('section', { class: 'card stack' },
    link(`hunt=${huntId}`, t('hunts.backToHunt')), el('h1', { text: t('hunts.manage.feed') }), list));
  follow(`/topic/hunts.${huntId}.all`, (update) => list.prepend(entry(update)));
}

// What hunt-hints.js borrows from this page.
function hintContext() {
  return { screen, link, say, toast, follow, updateText, me };
}

async function main() {
  applyTexts();
  if (me === null) {
    const account = await api('GET', '/api/v1/auth/me');
    me = account.ok ? account.data : false;
    if (me) $('.me').textContent = me.username;
  }
  if (live) { live.close(); live = null; liveDestination = null; }
  document.body.removeAttribute('data-live');
  const params = new URLSearchParams(location.search);
  const hunt = params.get('hunt');
  const manage = params.get('manage');
  if (params.get('new') && me) await editScreen(null);
  else if (hunt && params.get('puzzle') && params.has('hints')) await hintsScreen(hintContext(), hunt, params.get('puzzle'));
  else if (hunt && params.get('puzzle')) await puzzleScreen(hunt, params.get('puzzle'));
  else if (hunt && params.has('board')) await boardScreen(hunt, { go });
  else if (hunt && manage) {
    const board = { ranking: rankingScreen, announcements: announcementsScreen }[manage];
    if (board) await board(hunt, { go });
    else await ({ edit: editScreen, puzzles: puzzlesScreen, rules: rulesScreen, teams: teamsScreen, progress: progressScreen, feed: feedScreen,
      hints: (id) => staffHintsScreen(hintContext(), id) }[manage] ?? huntScreen)(hunt);
  } else if (hunt) await huntScreen(hunt);
  else await listScreen();
}

window.addEventListener('popstate', () => main());
main();
