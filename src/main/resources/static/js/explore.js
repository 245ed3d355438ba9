// Explore (docs/community.md): every public quiz, newest first, or a full-text search as you type, with sorting,
// filters and paging (GET /api/v1/community/quizzes).
import { t, applyTexts } from './messages.js';
import { api, problemText } from './api.js';
import { el, $, show, plain } from './dom.js';
import { cardList } from './cards.js';

const screen = $('#screen');
const status = $('#status');
const params = new URLSearchParams(location.search);
const KINDS = ['ABCD', 'CHECK', 'RANGE', 'VOTING', 'ORDER', 'TEXT', 'SLIDE'];
let page = 0;
let typing = null;

function query() {
  const q = new URLSearchParams();
  if ($('#q').value.trim()) q.set('q', $('#q').value.trim());
  if ($('#sort').value) q.set('sort', $('#sort').value);
  if ($('#kind').value) q.set('kinds', $('#kind').value);
  if ($('#pictures').checked) q.set('pictures', 'true');
  if (params.get('author')) q.set('author', params.get('author'));
  if ($('#special')?.value) q.set('specialEvent', $('#special').value);
  if ($('#tag')?.value) q.set('tag', $('#tag').value);
  return q;
}

async function search() {
  const q = query();
  history.replaceState(null, '', q.toString() ? `/explore?${q}` : '/explore');
  q.set('page', String(page));
  q.set('size', '20');
  const response = await api('GET', `/api/v1/community/quizzes?${q}`);
  if (!response.ok) {
    status.textContent = problemText(response, t('common.error'));
    return;
  }
  const data = response.data;
  $('#results').replaceWith(cardList('results', data.items));
  $('#previous').disabled = page === 0;
  $('#next').disabled = !data.hasNext;
  $('#page-info').textContent = t('community.page', { n: page + 1 });
  $('#typo-note').hidden = data.typoTolerance || !$('#q').value.trim();
  status.textContent = data.items.length ? t('community.shown', { n: data.items.length }) : t('community.none');
}

function restart() {
  page = 0;
  search();
}

async function render() {
  const [specials, tags] = await Promise.all([api('GET', '/api/v1/special-events'), api('GET', '/api/v1/subject-tags')]);
  const form = el('form', { id: 'search', role: 'search', class: 'stack', onsubmit: (e) => { e.preventDefault(); restart(); } },
    el('div', { class: 'field' },
      el('label', { for: 'q', text: t('community.searchLabel') }),
      el('input', { id: 'q', type: 'search', maxlength: '200', value: params.get('q') ?? '', autocomplete: 'off',
        oninput: () => { clearTimeout(typing); typing = setTimeout(restart, 300); } })),
    el('div', { class: 'row' },
      el('div', { class: 'field' }, el('label', { for: 'sort', text: t('community.sort') }),
        el('select', { id: 'sort', onchange: restart },
          ['', 'newest', 'plays', 'rating'].map((s) => el('option', { value: s, selected: s === (params.get('sort') ?? ''),
            text: t(`community.sort.${s || 'best'}`) })))),
      el('div', { class: 'field' }, el('label', { for: 'kind', text: t('community.kind') }),
        el('select', { id: 'kind', onchange: restart },
          el('option', { value: '', text: t('community.anyKind') }),
          KINDS.map((k) => el('option', { value: k, selected: k === params.get('kinds'), text: t(`community.kind.${k}`) })))),
      el('div', { class: 'field' }, el('label', { for: 'special', text: t('events.fieldSpecial') }),
        el('select', { id: 'special', onchange: restart },
          el('option', { value: '', text: t('events.anySpecial') }),
          (specials.ok ? specials.data : []).map((s) => el('option', { value: s.id, selected: s.id === params.get('specialEvent'), text: `${s.emoji} ${plain(s.name)}`.trim() })))),
      el('div', { class: 'field' }, el('label', { for: 'tag', text: t('events.tag') }),
        el('select', { id: 'tag', onchange: restart },
          el('option', { value: '', text: t('events.anyTag') }),
          (tags.ok ? tags.data : []).map((tag) => el('option', { value: tag.id, selected: tag.id === params.get('tag'), text: plain(tag.name) })))),
      el('label', { class: 'inline', for: 'pictures' },
        el('input', { type: 'checkbox', id: 'pictures', checked: params.get('pictures') === 'true', onchange: restart }),
        t('community.withPictures')),
      el('button', { type: 'submit', class: 'primary', text: t('community.search') })));
  show(screen, el('section', { class: 'card stack' },
    el('h1', { text: t('explore.title') }),
    form,
    el('p', { class: 'hint', id: 'typo-note', hidden: true, text: t('community.noTypos') }),
    el('div', { id: 'results' }),
    el('nav', { class: 'row', 'aria-label': t('community.pages') },
      el('button', { type: 'button', id: 'previous', disabled: true, onclick: () => { page -= 1; search(); }, text: t('community.previous') }),
      el('span', { id: 'page-info' }),
      el('button', { type: 'button', id: 'next', disabled: true, onclick: () => { page += 1; search(); }, text: t('community.next') }))));
  search();
}

applyTexts();
render();
