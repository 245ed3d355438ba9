// My dashboard (docs/dashboard.md): registered sessions to come, statistics, favourite subjects, twelve months of
// activity as a chart, trophies and recently hosted games.
import { t, applyTexts, dateTimeFormat, locale } from './messages.js';
import { api } from './api.js';
import { el, $, show, framedPicture } from './dom.js';
import { barChart } from './charts.js';

const screen = $('#screen');
const dateTime = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat(locale);
const formatNumber = (n) => numberFormat.format(n);
const monthFormat = dateTimeFormat({ month: 'short', year: '2-digit', timeZone: 'UTC' });

function tile(id, label, value) {
  return el('div', { class: 'card stat', id }, el('p', { class: 'stat-value', text: value }), el('p', { class: 'hint', text: label }));
}

async function main() {
  applyTexts();
  const response = await api('GET', '/api/v1/dashboard');
  if (response.status === 401) {
    show(screen, el('section', { class: 'card stack' }, el('h1', { text: t('dashboard.signIn') }), el('a', { href: '/', text: t('audit.home') })));
    return;
  }
  const d = response.data;
  const s = d.stats;
  const entries = d.activity.map((m) => ({
    label: monthFormat.format(new Date(`${m.month}-01T00:00:00Z`)),
    value: m.gamesHosted + m.ladderRuns + m.registrations,
  }));
  show(screen,
    el('section', { class: 'card stack' },
      el('h1', { text: t('dashboard.title') }),
      el('h2', { text: t('dashboard.upcoming') }),
      d.upcoming.length
        ? el('ul', { class: 'quiz-list', id: 'upcoming' }, d.upcoming.map((u) => el('li', {},
          el('a', { class: 'title', href: `/events?event=${u.eventId}`, html: u.title }),
          el('span', { class: 'hint', text: dateTime.format(new Date(u.startsAt)) }))))
        : el('p', { class: 'hint' }, t('dashboard.noUpcoming'), ' ', el('a', { href: '/events', text: t('dashboard.findEvents') }))),
    el('section', { class: 'stats', id: 'stats', 'aria-label': t('dashboard.stats') },
      tile('games-hosted', t('dashboard.gamesHosted'), formatNumber(s.gamesHosted)),
      tile('players-reached', t('dashboard.playersReached'), formatNumber(s.playersReached)),
      tile('ladder-runs', t('dashboard.ladderRuns'), formatNumber(s.ladderRuns)),
      tile('accuracy', t('dashboard.accuracy'), s.accuracy == null ? '–' : `${formatNumber(Math.round(s.accuracy * 100))} %`),
      tile('best-prize', t('dashboard.bestPrize'), formatNumber(s.bestPrize)),
      tile('minutes', t('dashboard.minutesPlayed'), formatNumber(s.minutesPlayed)),
      tile('registrations', t('dashboard.eventsRegistered'), formatNumber(s.eventsRegistered))),
    el('section', { class: 'card stack' },
      el('h2', { text: t('dashboard.activity') }),
      barChart('activity-chart', t('dashboard.activityLabel', { summary: entries.map((e) => `${e.label}: ${e.value}`).join(', ') }), entries),
      d.favouriteSubjects.length ? el('p', { id: 'subjects', text: t('dashboard.subjects', { list: d.favouriteSubjects.join(', ') }) }) : null),
    el('section', { class: 'card stack' },
      el('h2', { text: t('dashboard.trophies') }),
      d.trophies.length
        ? el('ul', { class: 'quiz-list', id: 'dashboard-trophies' }, d.trophies.map((trophy) => el('li', { class: 'row' },
        trophy.icon ? framedPicture(trophy.icon, 'trophy-icon') : null,
          el('span', { class: 'title', text: trophy.icon ? trophy.name : `🏆 ${trophy.name}` }),
          trophy.counting ? el('span', { class: 'hint', text: t('trophies.times', { n: trophy.quantity }) }) : null)))
        : el('p', { class: 'hint', text: t('trophies.noneYet') }),
      el('a', { href: '/trophies', text: t('dashboard.allTrophies') })),
    el('section', { class: 'card stack' },
      el('h2', { text: t('dashboard.recentlyHosted') }),
      d.recentlyHosted.length
        ? el('ul', { class: 'quiz-list', id: 'recently-hosted' }, d.recentlyHosted.map((g) => el('li', {},
          el('a', { class: 'title', href: `/results?game=${g.gameId}`, html: g.title }),
          el('span', { class: 'hint', text: `${dateTime.format(new Date(g.at))} · ${t('dashboard.players', { n: g.players })}` }))))
        : el('p', { class: 'hint', text: t('dashboard.noneHosted') })));
}

main();
