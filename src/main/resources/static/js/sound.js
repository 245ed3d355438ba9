// Sounds made with the Web Audio API (no sound files): a quiet lobby tune and short cues for answers opening, the
// last seconds, results and the podium on the host screen, and right/wrong on phones. Off by default on phones,
// on by default on the host screen; the choice is remembered per browser and page (localStorage), and a muted page
// makes no sound at all. Browsers start audio only after the first click or key press on the page.
const KEY = `quizhall.sound.${document.body.classList.contains('host') ? 'host' : 'player'}`;
const DEFAULT_ON = document.body.classList.contains('host');

let context = null;
let musicTimer = null;

function stored() {
  try {
    const value = localStorage.getItem(KEY);
    return value === null ? DEFAULT_ON : value === 'on';
  } catch (e) {
    return DEFAULT_ON;
  }
}

let on = stored();

function audio() {
  if (!on) return null;
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return null;
  if (!context) context = new Context();
  if (context.state === 'suspended') context.resume().catch(() => {});
  return context.state === 'running' ? context : null;
}

// Resume audio at the first interaction (autoplay rules).
for (const type of ['pointerdown', 'keydown']) {
  document.addEventListener(type, () => { if (on) audio(); }, { capture: true });
}

function tone(frequency, start, length, volume = 0.12, type = 'sine') {
  const ctx = audio();
  if (!ctx) return;
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = type;
  oscillator.frequency.value = frequency;
  const at = ctx.currentTime + start;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(volume, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(at);
  oscillator.stop(at + length + 0.05);
}

const LOBBY_TUNE = [392, 494, 587, 494, 440, 523, 659, 523];

export const sounds = {
  enabled: () => on,
  toggle() {
    on = !on;
    try { localStorage.setItem(KEY, on ? 'on' : 'off'); } catch (e) { /* private mode: not remembered */ }
    if (!on) sounds.stopMusic();
  },
  music() {
    if (musicTimer || !on) return;
    let step = 0;
    musicTimer = setInterval(() => {
      tone(LOBBY_TUNE[step % LOBBY_TUNE.length], 0, 0.35, 0.05, 'triangle');
      step++;
    }, 450);
  },
  stopMusic() {
    if (musicTimer) clearInterval(musicTimer);
    musicTimer = null;
  },
  join: () => tone(880, 0, 0.12, 0.06),
  open: () => { tone(523, 0, 0.15); tone(784, 0.12, 0.25); },
  tick: () => tone(1000, 0, 0.08, 0.08, 'square'),
  reveal: () => { tone(392, 0, 0.2); tone(523, 0.15, 0.2); tone(659, 0.3, 0.4); },
  fanfare: () => [523, 659, 784, 1047].forEach((f, i) => tone(f, i * 0.18, 0.35, 0.1, 'triangle')),
  right: () => { tone(659, 0, 0.15); tone(988, 0.12, 0.3); },
  wrong: () => tone(196, 0, 0.4, 0.1, 'sawtooth'),
};

// Makes a button the page's mute switch: a toggle (aria-pressed = sound on) with a constant name.
export function bindSoundButton(button, label, onChange = () => {}) {
  const render = () => {
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.className = 'sound-icon';
    icon.textContent = '♪';
    button.replaceChildren(icon, ' ', label);
    button.setAttribute('aria-pressed', sounds.enabled() ? 'true' : 'false');
  };
  button.addEventListener('click', () => { sounds.toggle(); render(); onChange(); });
  render();
}
