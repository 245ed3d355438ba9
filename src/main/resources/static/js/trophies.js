// Trophies (docs/trophies.md): every trophy with its holders, mine, a trophy's top 10; administrators define
// trophies and award or take them back by hand.
import { t, applyTexts, dateTimeFormat } from './messages.js';
import { api, upload, problemText } from './api.js';
import { el, $, show, framedPicture } from './dom.js';

const screen = $('#screen');
const status = $('#status');
const dateFormat = dateTimeFormat({ dateStyle: 'medium' });

// A trophy's icon (an uploaded picture with its ThumbHash placeholder), or nothing.
function icon(trophy) {
  return trophy.icon ? framedPicture(trophy.icon, 'trophy-icon') : null;
}

function held(trophy) {
  return trophy.counting ? t('trophies.times', { n: trophy.quantity }) : dateFormat.format(new Date(trophy.firstAwardedAt));
}

async function leaderboard(trophy) {
  const board = await api('GET', `/api/v1/trophies/${trophy.id}/leaderboard`);
  const box = $('#leaderboard');
  if (!board.ok) return;
  box.replaceChildren(
    el('h2', { text: t('trophies.topOf', { name: trophy.name }) }),
    board.data.top.length
      ? el('ol', { class: 'board', id: 'leaderboard-list' }, board.data.top.map((entry) => el('li', {},
        el('span', { class: 'place', text: t('common.place', { rank: entry.rank }) }),
        el('span', { class: 'name', text: entry.username }),
        el('span', { class: 'points', text: trophy.counting ? String(entry.quantity) : dateFormat.format(new Date(entry.firstAwardedAt)) }))))
      : el('p', { class: 'hint', text: t('trophies.nobodyYet') }));
  box.querySelector('h2').focus?.();
}

function adminForms(trophies) {
  const name = el('input', { id: 'trophy-name', maxlength: '60' });
  const description = el('input', { id: 'trophy-description', maxlength: '300' });
  const counting = el('input', { id: 'trophy-counting', type: 'checkbox' });
  const which = el('select', { id: 'award-trophy' }, trophies.map((trophy) => el('option', { value: trophy.id, text: trophy.name })));
  const username = el('input', { id: 'award-username', autocomplete: 'off' });
  const award = async (delta) => {
    const response = await api('POST', `/api/v1/admin/trophies/${which.value}/awards`, { username: username.value.trim(), delta });
    status.textContent = response.ok ? t('trophies.nowHolds', { name: response.data.username, n: response.data.quantity }) : problemText(response, t('common.error'));
    if (response.ok) await main(false);
  };
  return el('section', { class: 'card stack', id: 'trophy-admin' },
    el('h2', { text: t('trophies.admin') }),
    el('form', { class: 'row', id: 'new-trophy', onsubmit: async (e) => {
      e.preventDefault();
      const response = await api('POST', '/api/v1/admin/trophies', { name: name.value, description: description.value, counting: counting.checked });
      status.textContent = response.ok ? '' : problemText(response, t('common.error'));
      if (response.ok) await main(false);
    } },
    el('div', { class: 'field' }, el('label', { for: 'trophy-name', text: t('trophies.name') }), name),
    el('div', { class: 'field grow' }, el('label', { for: 'trophy-description', text: t('trophies.description') }), description),
    el('label', { class: 'inline', for: 'trophy-counting' }, counting, t('trophies.counting')),
    el('button', { type: 'submit', text: t('trophies.define') })),
    el('form', { class: 'row', id: 'trophy-icon-form', onsubmit: async (e) => {
      e.preventDefault();
      const file = $('#trophy-icon-file').files[0];
      let id = null;
      if (file) {
        const form = new FormData();
        form.append('file', file);
        const uploaded = await upload('/api/v1/storage', form);
        if (!uploaded.ok) { status.textContent = problemText(uploaded, t('common.error')); return; }
        id = uploaded.data.id;
      }
      const response = await api('PUT', `/api/v1/admin/trophies/${$('#icon-trophy').value}/icon`, { icon: id });
      status.textContent = response.ok ? '' : problemText(response, t('common.error'));
      if (response.ok) await main(false);
    } },
    el('div', { class: 'field' }, el('label', { for: 'icon-trophy', text: t('trophies.trophy') }),
      el('select', { id: 'icon-trophy' }, trophies.map((trophy) => el('option', { value: trophy.id, text: trophy.name })))),
    el('div', { class: 'field' }, el('label', { for: 'trophy-icon-file', text: t('trophies.iconFile') }),
      el('input', { id: 'trophy-icon-file', type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp' })),
    el('button', { type: 'submit', id: 'set-icon', text: t('trophies.setIcon') })),
    el('div', { class: 'row' },
      el('div', { class: 'field' }, el('label', { for: 'award-trophy', text: t('trophies.trophy') }), which),
      el('div', { class: 'field' }, el('label', { for: 'award-username', text: t('trophies.username') }), username),
      el('button', { type: 'button', class: 'primary', id: 'award', onclick: () => award(1), text: t('trophies.award') }),
      el('button', { type: 'button', id: 'revoke', onclick: () => award(-1), text: t('trophies.revoke') })));
}

async function main(focus = true) {
  applyTexts();
  const [account, all] = await Promise.all([api('GET', '/api/v1/auth/me'), api('GET', '/api/v1/trophies')]);
  const me = account.ok ? account.data : null;
  const mine = me ? await api('GET', '/api/v1/trophies/mine') : null;
  const trophies = all.ok ? all.data : [];
  const content = [
    el('section', { class: 'card stack' },
      el('h1', { text: t('trophies.title') }),
      el('ul', { class: 'quiz-list', id: 'trophies' }, trophies.map((trophy) => el('li', { class: 'quiz-card', dataset: { trophy: trophy.id } },
        icon(trophy),
        el('div', { class: 'quiz-main' },
          el('span', { class: 'title', text: trophy.icon ? trophy.name : `🏆 ${trophy.name}` }),
          el('span', { class: 'hint', text: `${trophy.description} · ${t('trophies.holders', { n: trophy.holders })}` })),
        el('button', { type: 'button', 'aria-label': t('trophies.showTop', { name: trophy.name }), onclick: () => leaderboard(trophy), text: t('trophies.top') }))))),
    el('section', { class: 'card stack', id: 'leaderboard', 'aria-live': 'polite' }),
  ];
  if (mine?.ok) {
    content.splice(1, 0, el('section', { class: 'card stack' },
      el('h2', { text: t('trophies.mine') }),
      mine.data.length
        ? el('ul', { class: 'quiz-list', id: 'my-trophies' }, mine.data.map((trophy) => el('li', { class: 'row' }, icon(trophy),
          el('span', { class: 'title', text: trophy.icon ? trophy.name : `🏆 ${trophy.name}` }), el('span', { class: 'hint', text: held(trophy) }))))
        : el('p', { class: 'hint', text: t('trophies.noneYet') })));
  }
  if (me && (me.roles ?? []).includes('ADMIN')) content.push(adminForms(trophies));
  if (focus) show(screen, ...content);
  else screen.replaceChildren(...content);
}

main();
