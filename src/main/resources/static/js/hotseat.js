// The hot seat inside a live game (docs/live-protocol.md, "Hot seat"): the prize ladder with the contestant's
// level, what the lifelines showed, and for the contestant the lifeline buttons and walking away. The host's
// projector, the contestant's phone and the audience's phones all draw it from the same HotSeatStatus.
import { t, locale } from './messages.js';
import { el, optionMark } from './dom.js';

const money = new Intl.NumberFormat(locale);
const LIFELINES = ['fifty', 'audience', 'switch'];

export const prize = (n) => money.format(n ?? 0);

// The round's state in one line: who is in the seat and what they have, or how it ended.
export function hotSeatHeadline(status) {
  if (!status.contestantName) return t('hotseat.choosing');
  if (status.outcome === 'playing') return t('hotseat.playing', { name: status.contestantName, prize: prize(status.prize) });
  return t(`hotseat.${status.outcome}`, { name: status.contestantName, prize: prize(status.prize) });
}

// The prize ladder, top prize at the top; the level being played is marked.
export function prizeLadder(status) {
  const playing = status.level + 1;
  return el('ol', { class: 'prize-ladder', id: 'hot-seat-ladder', 'aria-label': t('ladder.prizes') },
    status.rungs.map((rung, i) => {
      const level = i + 1;
      const current = status.outcome === 'playing' && status.contestantName && level === playing;
      const won = level <= status.level;
      return el('li', { class: [rung.safe ? 'safe' : '', current ? 'current' : '', won ? 'won' : ''].join(' ').trim(),
        'aria-current': current ? 'step' : null, dataset: { level: String(level) } },
        el('span', { text: String(level) }),
        el('span', { text: prize(rung.prize) + (rung.safe ? ` (${t('ladder.safe')})` : '') }));
    }));
}

// The room's answers when the contestant asked, as bars in the options' colours.
export function audiencePoll(status, question) {
  if (!status.poll || !question || status.poll.question !== question.index) return null;
  return el('figure', { class: 'stack', id: 'hot-seat-poll' },
    el('figcaption', { text: t('ladder.poll') }),
    el('ul', { class: 'bars' }, question.choices.map((c, i) => {
      const percent = status.poll.percentages[String(c.id)] ?? 0;
      return el('li', { class: `shape-${i % 4}`, dataset: { option: String(c.id), percent: String(percent) } },
        el('span', {}, optionMark(i)),
        el('progress', { max: '100', value: String(percent), 'aria-label': `${optionMark(i).textContent}: ${percent} %` }),
        el('span', { class: 'count', text: `${percent} %` }));
    })),
    el('p', { class: 'hint poll-note', text: t('ladder.pollAnswers', { n: status.poll.answers }) }));
}

// The option ids the 50:50 took away from the question in play.
export function removedOptions(status, question) {
  return question && status.removed && status.question === question.index ? new Set(status.removed) : new Set();
}

// The contestant's lifelines and walking away, while a level's question is open and they have not answered.
export function contestantControls(status, send) {
  return el('div', { class: 'stack', id: 'hot-seat-controls' },
    el('div', { class: 'lifelines', id: 'lifelines' }, LIFELINES.map((name) => el('button', { type: 'button',
      id: `lifeline-${name}`, disabled: !status.lifelines.includes(name),
      'aria-pressed': String(!status.lifelines.includes(name)),
      onclick: () => send(name), text: t(`ladder.lifeline.${name === 'fifty' ? 'fifty-fifty' : name}`) }))),
    el('button', { type: 'button', class: 'danger', id: 'walk-away', onclick: () => send('walk'),
      text: t('ladder.walkAway', { prize: prize(status.prize) }) }));
}

// What the question in play is: a level of the ladder (with its prize), or the fastest-finger question.
export function hotSeatQuestionLabel(status) {
  if (!status.contestantName) return t('hotseat.fastestFingerQuestion');
  const level = Math.min(status.level + 1, status.rungs.length);
  return t('hotseat.levelOf', { n: level, count: status.rungs.length, prize: prize(status.rungs[level - 1].prize) });
}

// The panel beside a question or a result: the headline, the ladder and the poll. Compact (the projector while a
// question is open): the level in play instead of the whole ladder, so everything fits one screen.
export function hotSeatPanel(status, question, extra = null, compact = false) {
  return el('aside', { class: `card stack hot-seat${compact ? ' compact' : ''}`, id: 'hot-seat', dataset: { outcome: status.outcome } },
    el('h2', { id: 'hot-seat-headline', text: hotSeatHeadline(status) }),
    extra,
    audiencePoll(status, question),
    compact ? el('p', { class: 'hot-seat-level', id: 'hot-seat-level', text: hotSeatQuestionLabel(status) }) : prizeLadder(status));
}
