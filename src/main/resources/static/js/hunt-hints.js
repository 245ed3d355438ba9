// Hints of puzzle hunts (docs/hunts.md, "Hints"): a team's hint page per puzzle (pools, canned hints with the reveal
// button, the request form, the team's requests, live from the team's feed) and the organisers' page (settings,
// canned hints per puzzle, the staff queue with claim, release, respond, edit and refund, live from the organisers'
// feed). hunts.js routes here (`&puzzle={shortId}&hints=1`, `&manage=hints`) and lends its helpers in `ctx`:
// { screen, link, say, toast, follow, updateText, me }.
import { t, dateTimeFormat } from './messages.js';
import { api, problemText } from './api.js';
import { el, show } from './dom.js';

const time = dateTimeFormat({ hour: '2-digit', minute: '2-digit' });

function refusal(code) {
  return code ? t(`hunts.hints.refusal.${code}`) : '';
}

// --- the team's page ------------------------------------------------------------------------------------------------

export async function hintsScreen(ctx, huntId, shortId) {
  const [huntResponse, response] = await Promise.all([
    api('GET', `/api/v1/hunts/${huntId}`), api('GET', `/api/v1/hunts/${huntId}/puzzles/${shortId}/hints`)]);
  if (!response.ok || !huntResponse.ok) {
    show(ctx.screen, el('section', { class: 'card' }, el('h1', { text: t('hunts.puzzleNotFound') }),
      ctx.link(`hunt=${huntId}`, t('hunts.backToHunt'))));
    return;
  }
  const hunt = huntResponse.data;
  const result = el('p', { id: 'hint-result', role: 'status' });
  const body = el('div', { class: 'stack' });
  let draft = '';
  const render = (page) => {
    const pools = page.settings.pools;
    const counts = [];
    if (pools !== 'PUZZLE') counts.push(t('hunts.hints.globalPool', { n: page.globalAvailable }));
    if (pools !== 'GLOBAL') counts.push(t('hunts.hints.puzzlePool', { n: page.puzzleAvailable }));
    const question = el('textarea', { id: 'hint-question', rows: '3', maxlength: String(page.maxQuestionLength),
      disabled: !page.requestAllowed, oninput: (e) => { draft = e.target.value; } });
    question.value = draft;
    const form = el('form', { class: 'stack', id: 'hint-request-form', hidden: page.settings.cannedPolicy === 'ONLY', onsubmit: async (e) => {
      e.preventDefault();
      const sent = await api('POST', `/api/v1/hunts/${huntId}/puzzles/${shortId}/hints/requests`, { question: question.value });
      result.textContent = sent.ok ? t('hunts.hints.requested') : problemText(sent, t('common.error'));
      if (sent.ok) { draft = ''; await reload(); }
    } },
    el('label', { for: 'hint-question', text: t('hunts.hints.question') }), question,
    page.requestAllowed ? null : el('p', { class: 'hint', id: 'hint-request-refusal', text: refusal(page.requestRefusal) }),
    el('button', { type: 'submit', class: 'primary', disabled: !page.requestAllowed, text: t('hunts.hints.ask') }));
    body.replaceChildren(
      el('p', { id: 'hint-pools', text: `${counts.join(' · ')} · ${t('hunts.hints.used', { n: page.hintsUsed })}` }),
      page.lockedUntil ? el('p', { class: 'hint', id: 'hint-lockout', text: t('hunts.hints.lockedUntil', { time: time.format(new Date(page.lockedUntil)) }) }) : null,
      el('h2', { text: t('hunts.hints.canned') }),
      el('ol', { class: 'quiz-list', id: 'canned-hints' }, page.revealed.map((hint) => el('li', { dataset: { number: String(hint.number) } },
        el('span', { class: 'rich', html: hint.content }),
        el('span', { class: 'hint', text: `${hint.username ?? ''} · ${time.format(new Date(hint.revealedAt))}` })))),
      el('div', { class: 'row' },
        el('button', { type: 'button', id: 'reveal-hint', disabled: !page.cannedAllowed, onclick: async () => {
          const sent = await api('POST', `/api/v1/hunts/${huntId}/puzzles/${shortId}/hints/canned`);
          result.textContent = sent.ok ? '' : problemText(sent, t('common.error'));
          if (sent.ok) await reload();
        }, text: t('hunts.hints.reveal', { n: page.cannedLeft }) }),
        page.cannedAllowed ? null : el('span', { class: 'hint', id: 'reveal-refusal', text: refusal(page.cannedRefusal) })),
      el('h2', { text: t('hunts.hints.requests') }),
      form,
      el('ol', { class: 'quiz-list', id: 'hint-requests' }, page.requests.map((r) => el('li', { dataset: { request: r.id, status: r.status } },
        el('span', { class: 'title', text: r.question }),
        el('span', { class: `badge hint-${r.status.toLowerCase()}`, text: t(`hunts.hints.status.${r.status}`) }),
        r.response ? el('div', { class: 'rich hint-response', html: r.response }) : null,
        el('span', { class: 'hint', text: `${r.username ?? ''} · ${time.format(new Date(r.createdAt))}${r.respondedAt ? ` → ${time.format(new Date(r.respondedAt))}` : ''}` })))));
  };
  const reload = async () => {
    const again = await api('GET', `/api/v1/hunts/${huntId}/puzzles/${shortId}/hints`);
    if (again.ok) render(again.data);
  };
  render(response.data);
  document.title = `${t('hunts.hints.title', { puzzle: response.data.puzzleName })} · ${hunt.name}`;
  show(ctx.screen, el('section', { class: 'card stack', id: 'hints', dataset: { puzzle: response.data.puzzle } },
    ctx.link(`hunt=${huntId}&puzzle=${response.data.puzzle}`, t('hunts.hints.backToPuzzle')),
    el('h1', { text: t('hunts.hints.title', { puzzle: response.data.puzzleName }) }),
    result, body));
  if (hunt.myTeam) {
    ctx.follow(`/topic/hunts.${huntId}.teams.${hunt.myTeam.id}`, (update) => {
      if (update.username !== ctx.me.username || update.kind === 'UNLOCK') ctx.toast(ctx.updateText(update));
      if (update.puzzle === response.data.puzzle) reload();
    });
  }
}

// --- the organisers' page -------------------------------------------------------------------------------------------

function select(id, values, current, label) {
  return el('select', { id }, values.map((value) => el('option', { value, selected: value === current, text: label(value) })));
}

export async function staffHintsScreen(ctx, huntId) {
  const [settingsResponse, puzzlesResponse] = await Promise.all([
    api('GET', `/api/v1/hunts/${huntId}/manage/hints`), api('GET', `/api/v1/hunts/${huntId}/manage/puzzles`)]);
  if (!settingsResponse.ok || !puzzlesResponse.ok) { ctx.say(settingsResponse.ok ? puzzlesResponse : settingsResponse); return; }
  const settings = settingsResponse.data;
  const pools = select('hint-pools-setting', ['GLOBAL', 'PUZZLE', 'BOTH'], settings.pools, (v) => t(`hunts.hints.pools.${v}`));
  const allocation = select('hint-allocation', ['PUZZLE_FIRST', 'SPLIT'], settings.allocation, (v) => t(`hunts.hints.allocation.${v}`));
  const policy = select('hint-policy', ['ONLY', 'FIRST', 'MIXED'], settings.cannedPolicy, (v) => t(`hunts.hints.policy.${v}`));
  const lockout = el('input', { id: 'hint-lockout-minutes', type: 'number', min: '0', value: String(settings.lockoutMinutes) });
  const field = (id, label, input) => el('div', { class: 'field' }, el('label', { for: id, text: label }), input);
  const settingsForm = el('form', { class: 'stack', id: 'hint-settings-form', onsubmit: async (e) => {
    e.preventDefault();
    const saved = await api('PUT', `/api/v1/hunts/${huntId}/manage/hints`, {
      pools: pools.value, allocation: allocation.value, cannedPolicy: policy.value, lockoutMinutes: Number(lockout.value) });
    ctx.say(saved);
    if (saved.ok) ctx.toast(t('hunts.hints.saved'));
  } },
  field('hint-pools-setting', t('hunts.hints.f.pools'), pools),
  field('hint-allocation', t('hunts.hints.f.allocation'), allocation),
  field('hint-policy', t('hunts.hints.f.policy'), policy),
  field('hint-lockout-minutes', t('hunts.hints.f.lockout'), lockout),
  el('button', { type: 'submit', class: 'primary', text: t('hunts.hints.saveSettings') }));

  // Canned hints of one puzzle, as rich text (a few formatting tags), in the order teams reveal them.
  const puzzle = el('select', { id: 'canned-puzzle' }, puzzlesResponse.data.map((p) => el('option', { value: p.shortId, text: `${p.shortId} · ${p.name}` })));
  const cannedList = el('ol', { class: 'stack', id: 'canned-editor' });
  const addHint = (value) => {
    const item = el('li', { class: 'row' },
      el('textarea', { rows: '2', class: 'grow canned-text', 'aria-label': t('hunts.hints.cannedHint') }),
      el('button', { type: 'button', class: 'danger', onclick: () => item.remove(), text: t('hunts.delete') }));
    item.querySelector('textarea').value = value;
    cannedList.append(item);
  };
  const loadCanned = async () => {
    cannedList.replaceChildren();
    if (!puzzle.value) return;
    const canned = await api('GET', `/api/v1/hunts/${huntId}/manage/puzzles/${puzzle.value}/hints`);
    if (!canned.ok) { ctx.say(canned); return; }
    canned.data.hints.forEach(addHint);
  };
  puzzle.addEventListener('change', loadCanned);
  const cannedForm = el('form', { class: 'stack', id: 'canned-form', onsubmit: async (e) => {
    e.preventDefault();
    const hints = [...cannedList.querySelectorAll('textarea')].map((area) => area.value);
    const saved = await api('PUT', `/api/v1/hunts/${huntId}/manage/puzzles/${puzzle.value}/hints`, { hints });
    ctx.say(saved);
    if (saved.ok) { ctx.toast(t('hunts.hints.saved')); await loadCanned(); }
  } },
  field('canned-puzzle', t('hunts.hints.f.puzzle'), puzzle),
  cannedList,
  el('div', { class: 'row' },
    el('button', { type: 'button', id: 'add-canned', onclick: () => addHint(''), text: t('hunts.hints.addCanned') }),
    el('button', { type: 'submit', class: 'primary', id: 'save-canned', text: t('hunts.hints.saveCanned') })));

  // The queue; what a staff member is typing survives the live reloads.
  const filter = select('hint-queue-status', ['', 'UNCLAIMED', 'CLAIMED', 'ANSWERED', 'REFUNDED'], '',
    (v) => (v ? t(`hunts.hints.status.${v}`) : t('hunts.hints.all')));
  const queue = el('ol', { class: 'quiz-list', id: 'hint-queue' });
  const drafts = new Map();
  const act = async (method, path, body) => {
    const done = await api(method, `/api/v1/hunts/${huntId}/manage/hint-requests/${path}`, body);
    ctx.say(done);
    await loadQueue();
    return done;
  };
  const responseForm = (r, edit) => {
    const area = el('textarea', { rows: '3', class: 'hint-answer', 'aria-label': t('hunts.hints.response'),
      oninput: (e) => drafts.set(r.id, e.target.value) });
    area.value = drafts.get(r.id) ?? (edit ? r.response ?? '' : '');
    return el('form', { class: 'stack', onsubmit: async (e) => {
      e.preventDefault();
      const sent = await act(edit ? 'PUT' : 'POST', `${r.id}/${edit ? 'response' : 'respond'}`, { response: area.value });
      if (sent.ok) { drafts.delete(r.id); await loadQueue(); }
    } }, area, el('button', { type: 'submit', class: 'primary', text: t(edit ? 'hunts.hints.saveEdit' : 'hunts.hints.respond') }));
  };
  const entry = (r) => {
    const mine = r.claimant === ctx.me.username;
    return el('li', { class: 'stack', dataset: { request: r.id, status: r.status } },
      el('span', { class: 'title', text: r.question }),
      el('span', { class: 'hint', text: `${r.teamName} · ${r.puzzle} ${r.puzzleName} · ${r.username ?? ''} · ${time.format(new Date(r.createdAt))}` }),
      el('span', { class: `badge hint-${r.status.toLowerCase()}`, text: `${t(`hunts.hints.status.${r.status}`)}${r.claimant ? ` · ${r.claimant}` : ''}` }),
      r.response ? el('div', { class: 'rich hint-response', html: r.response }) : null,
      r.history.length > 1 ? el('details', { class: 'hint-history' }, el('summary', { text: t('hunts.hints.history', { n: r.history.length }) }),
        el('ol', {}, r.history.map((v) => el('li', {}, el('span', { class: 'rich', html: v.response }),
          el('span', { class: 'hint', text: ` ${v.username ?? ''} · ${time.format(new Date(v.at))}` }))))) : null,
      el('div', { class: 'row' },
        r.status === 'UNCLAIMED' ? el('button', { type: 'button', class: 'claim', onclick: () => act('POST', `${r.id}/claim`), text: t('hunts.hints.claim') }) : null,
        r.status === 'CLAIMED' && mine ? el('button', { type: 'button', class: 'release', onclick: () => act('POST', `${r.id}/release`), text: t('hunts.hints.release') }) : null,
        r.status !== 'REFUNDED' ? el('button', { type: 'button', class: 'refund danger', onclick: () => {
          if (window.confirm(t('hunts.hints.confirmRefund'))) act('POST', `${r.id}/refund`);
        }, text: t('hunts.hints.refund') }) : null),
      r.status === 'CLAIMED' && mine ? responseForm(r, false) : null,
      r.status === 'ANSWERED' ? el('details', { class: 'hint-edit' }, el('summary', { text: t('hunts.hints.edit') }), responseForm(r, true)) : null);
  };
  const loadQueue = async () => {
    const listed = await api('GET', `/api/v1/hunts/${huntId}/manage/hint-requests${filter.value ? `?status=${filter.value}` : ''}`);
    if (!listed.ok) { ctx.say(listed); return; }
    queue.replaceChildren(...listed.data.map(entry));
    if (listed.data.length === 0) queue.append(el('li', { class: 'hint', text: t('hunts.hints.emptyQueue') }));
  };
  filter.addEventListener('change', loadQueue);

  show(ctx.screen, el('section', { class: 'card stack', id: 'staff-hints' },
    ctx.link(`hunt=${huntId}`, t('hunts.backToHunt')),
    el('h1', { text: t('hunts.manage.hints') }),
    el('h2', { text: t('hunts.hints.queue') }), field('hint-queue-status', t('hunts.hints.f.status'), filter), queue,
    el('h2', { text: t('hunts.hints.settings') }), settingsForm,
    el('h2', { text: t('hunts.hints.canned') }), cannedForm));
  await Promise.all([loadQueue(), loadCanned()]);
  let reloading = null;
  ctx.follow(`/topic/hunts.${huntId}.all`, (update) => {
    if (!update.kind.startsWith('HINT_')) return;
    if (update.kind === 'HINT_REQUEST') ctx.toast(ctx.updateText(update));
    clearTimeout(reloading);
    reloading = setTimeout(loadQueue, 300);
  });
}
