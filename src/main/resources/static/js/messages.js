// The web client's message catalogue: every English text here, keyed; the other languages in i18n/*.js with the
// same keys (a missing key falls back to English). Placeholders: {name}; numbers in them are formatted for the
// language. The language comes from the switcher (remembered per browser), else the browser's languages.
import de from './i18n/de.js';
import fr from './i18n/fr.js';
import es from './i18n/es.js';
import ar from './i18n/ar.js';

export const messages = {
  'app.name': 'Quizhall',
  'app.skip': 'Skip to content',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong. Try again.',
  'common.connecting': 'Connecting…',
  'common.reconnecting': 'Connection lost. Reconnecting…',
  'common.seconds': '{n} s',
  'common.timeLeft': 'Time left',
  'common.questionOf': 'Question {n} of {count}',
  'common.points': '{n} points',
  'common.players': '{n} players',
  'common.rank': 'Rank {rank} of {players}',
  'common.score': 'Score',
  'common.place': '{rank}.',
  'common.correctMark': 'Correct answer',
  'common.yourAnswer': 'Your answer',
  'common.bold': 'Bold',
  'common.italic': 'Italic',
  'common.formatting': 'Formatting: {field}',
  'common.invalid': 'Please fix the marked fields.',
  'common.language': 'Language',

  'kind.ABCD': 'Pick one',
  'kind.VOTING': 'Vote',
  'kind.CHECK': 'Pick every right answer',
  'kind.RANGE': 'Choose a number',
  'kind.TEXT': 'Type your answer',
  'kind.ORDER': 'Put in the right order',
  'kind.SLIDE': 'Information',

  'home.title': 'Quizhall',
  'home.tagline': 'Live quizzes for your class, self-hosted.',
  'home.join': 'Join a game',
  'home.login': 'Log in',
  'home.loginField': 'Username or email',
  'home.password': 'Password',
  'home.register': 'Create an account',
  'home.email': 'Email',
  'home.username': 'Username',
  'home.registerButton': 'Register',
  'home.registered': 'Account created. If an email was sent, open its link, then log in.',
  'home.signedInAs': 'Signed in as {name}',
  'home.logout': 'Log out',
  'home.myQuizzes': 'My quizzes',
  'home.noQuizzes': 'No quizzes yet. Create your first one.',
  'home.newQuiz': 'New quiz',
  'home.host': 'Host “{title}”',
  'home.hostShort': 'Host',
  'home.edit': 'Edit',
  'home.questionCount': '{n} questions',
  'home.questionCountOne': '1 question',
  'home.options': 'Game options',
  'home.customField': 'Ask each player for (optional, e.g. “Class”)',
  'home.randomize': 'Shuffle the answers',
  'home.startLocked': 'Start with the game locked',
  'home.loginFailed': 'Wrong username or password.',
  'home.throttled': 'Too many attempts. Wait a while and try again.',
  'home.notVerified': 'Open the link in the email we sent you first.',
  'home.getReady': 'Get-ready time before the answers open',
  'home.getReadyOff': 'Off',
  'home.getReadyHint': 'The question shows on the big screen first; phones show the answers when the time is up.',
  'home.answersOnPhones': 'Show the answers on phones too (for distance learning)',
  'home.streakBonus': 'Streak bonus: extra points for right answers in a row',
  'home.teamPlay': 'Team play',
  'home.teamNames': 'Teams (one name per line, 2 to 8)',
  'home.teamNamesDefault': 'Red\nBlue\nGreen',
  'home.teamAssignment': 'Teams are',
  'home.teamAuto': 'balanced by Quizhall',
  'home.teamChoose': 'chosen by the players',
  'sound.label': 'Sound',
  'home.pastGames': 'Past games',
  'home.myActivities': 'My activities',
  'home.public': 'Public',
  'home.private': 'Private',
  'home.publish': 'Publish',
  'home.publishLabel': 'Publish “{title}”',
  'home.unpublish': 'Unpublish',
  'home.unpublishLabel': 'Make “{title}” private',
  'home.copy': 'Copy',
  'home.copyLabel': 'Copy “{title}”',
  'home.export': 'Export',
  'home.exportLabel': 'Export “{title}” as a file',
  'home.delete': 'Delete',
  'home.deleteLabel': 'Delete “{title}”',
  'home.editLabel': 'Edit “{title}”',
  'home.published': '“{title}” is public now: anyone can open, play and copy it.',
  'home.unpublished': '“{title}” is private again.',
  'home.copied': 'Copied “{title}”. The copy is private.',
  'home.deleted': 'Deleted “{title}”.',
  'home.changed': '“{title}” was changed in the meantime. Look at it and try again.',
  'home.confirmDelete': 'Delete “{title}”?',
  'home.confirmDeleteText': 'The quiz and its questions are gone for good. Results of games already played stay.',
  'home.confirmDeleteButton': 'Delete the quiz',
  'home.cancel': 'Cancel',
  'home.import': 'Import a quiz file (.json)',
  'home.imported': 'Imported “{title}”.',
  'home.importNotJson': 'This file is not a quiz file (it is not JSON).',
  'home.importFailed': 'The quiz could not be imported: {reason}',

  'play.title': 'Join a game',
  'play.pin': 'Game PIN',
  'play.pinHint': 'Six digits, shown on the host’s screen',
  'play.next': 'Next',
  'play.nickname': 'Nickname',
  'play.joinButton': 'Join',
  'play.joinGame': 'Joining “{title}”',
  'play.unknownPin': 'No game with this PIN is running.',
  'play.locked': 'The host has locked this game.',
  'play.lobbyTitle': 'You’re in, {name}!',
  'play.lobbyWait': 'Waiting for the host to start…',
  'play.send': 'Send answer',
  'play.sent': 'Answer sent. Waiting for the others…',
  'play.moveUp': 'Move “{item}” up',
  'play.moveDown': 'Move “{item}” down',
  'play.right': 'Correct!',
  'play.wrong': 'Wrong',
  'play.noAnswer': 'No answer',
  'play.voted': 'Vote counted',
  'play.pointsGained': '+{n} points',
  'play.waitNext': 'Waiting for the next question…',
  'play.slide': 'Look at the host’s screen',
  'play.leaderboard': 'Leaderboard',
  'play.gameOver': 'Game over',
  'play.finalRank': 'You finished #{rank} of {players}',
  'play.kicked': 'The host removed you from this game.',
  'play.tokenGone': 'This game is no longer available. Join again.',
  'play.leave': 'Join another game',
  'play.number': 'Your number ({min} to {max})',
  'play.text': 'Your answer',
  'play.rightAnswer': 'Right answer: {answer}',
  'play.notSent': 'Not connected: your answer was not sent. Try again in a moment.',
  'play.lost': 'Your answer did not arrive. Please answer again.',
  'play.refused': 'Your answer was not accepted ({reason}). Please try again.',
  'play.tooLate': 'Too late: this question closed before your answer arrived.',
  'play.youAreIn': 'You’re in!',
  'play.lobbyPlayers': '{n} players in the game',
  'play.secondsLeft': '{n} seconds left',
  'play.pausedShort': 'Paused',
  'play.paused': 'The host paused the game.',
  'play.resumed': 'The game goes on.',
  'play.getReady': 'Get ready!',
  'play.lookAtScreen': 'Read the question on the big screen. The answers appear here in a moment.',
  'play.chooseOnScreen': 'Read the answers on the big screen and choose here',
  'play.option': 'Answer {letter}',
  'play.streak': '{n} right in a row',
  'play.streakBonus': 'including +{n} streak bonus',
  'play.chooseTeam': 'Your team',
  'play.team': 'Team: {name}',
  'play.teamResult': 'Team {name}: place {rank} ({n} points)',
  'play.teamFinal': 'Team {name} finished #{rank}',
  'play.extraTime': 'You have {n} seconds extra on every question.',
  'play.rankUp': 'Up {n} places',
  'play.rankDown': 'Down {n} places',
  'play.alreadyAnswered': 'You have already answered this question (maybe in another window).',

  'host.title': 'Host',
  'host.fullscreen': 'Fullscreen',
  'host.shortcuts': 'Keys: Space or → next step · P pause · F fullscreen',
  'host.endConfirmTitle': 'End the game now?',
  'host.endConfirmText': 'The questions not played yet are left out. Everyone sees the final standings.',
  'host.endCancel': 'Keep playing',
  'host.endConfirm': 'End game',
  'host.pause': 'Pause',
  'host.resume': 'Resume',
  'host.pausedBanner': 'Paused',
  'host.getReady': 'Get ready…',
  'host.answersOpen': 'Answer now!',
  'host.finish': 'Show the podium',
  'host.teamBoard': 'Teams',
  'host.member': '{name} {n}',
  'host.extraTime': 'Give {name} 30 seconds extra on every question',
  'host.report': 'This game’s report',
  'host.joinAt': 'Join at',
  'host.pin': 'Game PIN',
  'host.waiting': 'Waiting for players…',
  'host.playersJoined': 'Players ({n})',
  'host.kick': 'Remove {name}',
  'host.start': 'Start the game',
  'host.lock': 'Lock the game',
  'host.unlock': 'Unlock the game',
  'host.lockedNote': 'Locked: nobody can join.',
  'host.answered': '{answered} of {players} answered',
  'host.close': 'Close question',
  'host.next': 'Next question',
  'host.showLeaderboard': 'Show leaderboard',
  'host.end': 'End game',
  'host.results': 'Results',
  'host.hidden': 'Results hidden for this question.',
  'host.fastest': 'Fastest: {name} ({s} s)',
  'host.rightWrong': '{right} right, {wrong} wrong',
  'host.range': 'Right: {min} to {max}',
  'host.accepted': 'Accepted: {answers}',
  'host.podium': 'Podium',
  'host.finalTop': 'Final standings',
  'host.backHome': 'Back to my quizzes',
  'host.closedAfterReload': 'Question closed.',
  'host.count': '{n}×',
  'host.qr': 'QR code for {url}',
  'host.skip': 'Skip the next question',
  'host.skipped': 'Question {n} of {count} skipped',

  'edit.title': 'Edit quiz',
  'edit.newTitle': 'New quiz',
  'edit.quizTitle': 'Title',
  'edit.description': 'Description',
  'edit.question': 'Question {n}',
  'edit.questionText': 'Question text',
  'edit.kind': 'Kind',
  'edit.time': 'Seconds to answer',
  'edit.hideResults': 'Hide results from players',
  'edit.answer': 'Answer {n}',
  'edit.right': 'Right',
  'edit.caseSensitive': 'Case-sensitive',
  'edit.addAnswer': 'Add answer',
  'edit.removeAnswer': 'Remove answer {n}',
  'edit.addQuestion': 'Add question',
  'edit.removeQuestion': 'Remove question {n}',
  'edit.moveUp': 'Move question {n} up',
  'edit.moveDown': 'Move question {n} down',
  // The server names these in RANGE errors (QuizValidator.RANGE_LABELS): change both together.
  'edit.min': 'Lowest allowed number',
  'edit.max': 'Highest allowed number',
  'edit.minCorrect': 'Lowest right answer',
  'edit.maxCorrect': 'Highest right answer',
  'edit.color': 'Colour',
  'edit.backgroundColor': 'Background colour',
  'edit.backgroundImage': 'Background picture',
  'edit.save': 'Save',
  'edit.saved': 'Saved.',
  'edit.conflict': 'Someone else changed this quiz. Reload to see their version.',
  'edit.back': 'Back to my quizzes',
  'edit.formatHint': 'Texts may use bold and italic: select words, then press B or I (or Ctrl+B, Ctrl+I).',
  'edit.cover': 'Cover picture',
  'edit.picture': 'Picture',
  'edit.addPicture': 'Add a picture (PNG, JPEG, GIF or WebP)',
  'edit.altText': 'Describe the picture for people who cannot see it (alt text)',
  'edit.altSaved': 'Picture description saved.',
  'edit.removePicture': 'Remove the picture',
  'edit.removeCover': 'Remove the cover picture',
  'edit.removeQuestionPicture': 'Remove the picture of question {n}',
  'edit.uploading': 'Uploading…',
  'edit.uploaded': 'Picture uploaded. Save the quiz to keep it.',
  'edit.pictureGone': 'This picture is no longer available.',
  'edit.pictureType': 'Only PNG, JPEG, GIF and WebP pictures can be used.',
  'edit.pictureTooLarge': 'This picture is too large: {reason}',
  'edit.addPdf': 'Add a PDF',
  'edit.pdfFile': 'The PDF',
  'edit.pdfGone': 'This PDF is no longer available.',
  'edit.pdfRefused': 'This PDF cannot be used: {reason}',
  'edit.notAPdf': 'This file is not a PDF.',

  'activities.title': 'My activities',
  'activities.intro': 'Activities are pages that learners go through at their own pace, from a link, without an account.',
  'activities.new': 'New activity',
  'activities.myQuizzes': 'My quizzes',
  'activities.none': 'No activities yet. Create your first one.',
  'activities.pageCount': '{n} pages',
  'activities.pageCountOne': '1 page',
  'activities.edit': 'Edit',
  'activities.editLabel': 'Edit “{title}”',
  'activities.share': 'Share',
  'activities.shareLabel': 'Share “{title}”',
  'activities.export': 'Export',
  'activities.exportLabel': 'Export “{title}” as a file',
  'activities.delete': 'Delete',
  'activities.deleteLabel': 'Delete “{title}”',
  'activities.confirmDelete': 'Delete “{title}”?',
  'activities.confirmDeleteText': 'The activity is gone for good, and its share links stop working.',
  'activities.confirmDeleteButton': 'Delete the activity',
  'activities.deleted': 'Deleted “{title}”.',
  'activities.changed': '“{title}” was changed in the meantime. Look at it and try again.',
  'activities.import': 'Import an activity file (.json)',
  'activities.imported': 'Imported “{title}”.',
  'activities.importNotJson': 'This file is not an activity file (it is not JSON).',
  'activities.importFailed': 'The activity could not be imported: {reason}',
  'activities.signIn': 'Log in to see your activities.',
  'activities.toLogin': 'Log in',
  'share.title': 'Share “{title}”',
  'share.intro': 'Anyone with a link can open the activity on their phone, without an account, until the link expires or you revoke it.',
  'share.name': 'Name of the link (e.g. “Class 7b”)',
  'share.expires': 'Expires (optional)',
  'share.create': 'Create link',
  'share.created': 'Link “{name}” created.',
  'share.none': 'No links yet.',
  'share.links': 'Links',
  'share.link': 'Link “{name}”',
  'share.copy': 'Copy link',
  'share.copyLabel': 'Copy the link “{name}”',
  'share.copied': 'Link copied.',
  'share.qr': 'QR code for {url}',
  'share.revoke': 'Revoke',
  'share.revokeLabel': 'Revoke the link “{name}”',
  'share.revoked': 'Link “{name}” revoked: it no longer works.',
  'share.never': 'Never expires',
  'share.expiresAt': 'Expires {date}',
  'share.expired': 'Expired {date}',
  'share.close': 'Close',

  'aedit.title': 'Edit activity',
  'aedit.newTitle': 'New activity',
  'aedit.activityTitle': 'Title',
  'aedit.page': 'Page {n}',
  'aedit.kind': 'Kind',
  'aedit.pageTitle': 'Page title (optional)',
  'aedit.slideText': 'Text',
  'aedit.picture': 'Picture',
  'aedit.removePicture': 'Remove the picture of page {n}',
  'aedit.markdown': 'Markdown',
  'aedit.markdownHint': 'Headings (#), lists (-), **bold**, *italic*, [links](https://…) and tables. No pictures: use a slide for those.',
  'aedit.pdf': 'PDF',
  'aedit.removePdf': 'Remove the PDF of page {n}',
  'aedit.pair': 'Pair {n}',
  'aedit.card': 'Card {n}',
  'aedit.cardText': 'Text of card {card} of pair {pair}',
  'aedit.cardPicture': 'Picture of card {card} of pair {pair}',
  'aedit.removeCardPicture': 'Remove the picture of card {card} of pair {pair}',
  'aedit.addPair': 'Add pair',
  'aedit.removePair': 'Remove pair {n}',
  'aedit.question': 'Question',
  'aedit.answer': 'Answer {n}',
  'aedit.correct': 'Correct',
  'aedit.addAnswer': 'Add answer',
  'aedit.removeAnswer': 'Remove answer {n}',
  'aedit.addPage': 'Add page',
  'aedit.removePage': 'Remove page {n}',
  'aedit.moveUp': 'Move page {n} up',
  'aedit.moveDown': 'Move page {n} down',
  'aedit.conflict': 'Someone else changed this activity. Reload to see their version.',
  'aedit.back': 'Back to my activities',
  'pagekind.SLIDE': 'Slide: text and a picture',
  'pagekind.MARKDOWN': 'Markdown text',
  'pagekind.PDF': 'PDF document',
  'pagekind.MEMORY': 'Memory: match the pairs',
  'pagekind.ABCD': 'Question with instant feedback',

  'learn.title': 'Activity',
  'learn.pageOf': 'Page {n} of {count}',
  'learn.progress': 'Progress',
  'learn.back': 'Back',
  'learn.next': 'Next',
  'learn.finish': 'Finish',
  'learn.expiredTitle': 'This link has expired',
  'learn.expiredText': 'The activity is no longer shared with this link. Ask the person who gave it to you for a new one.',
  'learn.notFoundTitle': 'This link does not work',
  'learn.notFoundText': 'Check that the link is complete, or ask for a new one.',
  'learn.openPdf': 'Open the PDF',
  'learn.downloadPdf': 'Download the PDF',
  'learn.pdfFrame': 'PDF: {title}',
  'learn.check': 'Check my answer',
  'learn.right': '✓ Correct!',
  'learn.wrong': '✗ Not quite.',
  'learn.correctAnswer': '✓ correct answer',
  'learn.yourAnswer': 'your answer',
  'learn.checkFailed': 'Your answer could not be checked: {reason}',
  'learn.memoryHint': 'Turn over two cards. Find all the pairs.',
  'learn.card': 'Card {n}',
  'learn.cardHidden': 'Card {n}, face down',
  'learn.matched': 'matched',
  'learn.pairFound': 'A pair!',
  'learn.noPair': 'Not a pair. Try again.',
  'learn.memoryDone': 'All pairs found in {moves} moves.',
  'learn.done': 'You have finished!',
  'learn.score': 'Questions answered correctly: {right} of {count}',
  'learn.memories': 'Memory games completed: {done} of {count}',
  'learn.seen': 'Pages seen: {seen} of {count}',
  'learn.restart': 'Start again',
  'learn.keptHere': 'Your progress is kept in this browser only.',

  'results.title': 'Past games',
  'results.none': 'No finished games yet. Host a quiz, and its results appear here.',
  'results.quiz': 'Quiz',
  'results.played': 'Played',
  'results.players': 'Players',
  'results.details': 'Details',
  'results.detailsLabel': 'Details of “{title}”, played {date}',
  'results.back': 'All past games',
  'results.summary': 'Played {date} · {players} players',
  'results.standings': 'Standings',
  'results.rank': 'Rank',
  'results.player': 'Player',
  'results.score': 'Score',
  'results.customField': 'Extra field',
  'results.questions': 'Questions',
  'results.questionN': 'Question {n}',
  'results.answeredStat': '{answered} of {players} answered',
  'results.rightStat': '{right} right ({percent} %)',
  'results.timeStat': 'average time {s} s',
  'results.answer': 'Answer',
  'results.count': 'Count',
  'results.right': 'Right',
  'results.yes': '✓ right',
  'results.no': '✗ wrong',
  'results.time': 'Time',
  'results.points': 'Points',
  'results.everyAnswer': 'Every answer',
  'results.notFound': 'This game’s results are not available.',
  'results.noAnswers': 'Nobody answered.',

  // Player-facing refusals by their code (docs/live-protocol.md, section 15). An English page shows the server's own
  // message, which may be more specific; other languages show these.
  'error.nickname_taken': 'Someone in this game already has that nickname.',
  'error.lobby_locked': 'The host has locked this game.',
  'error.game_full': 'This game has no room for more players.',
  'error.game_over': 'This game has ended.',
  'error.game_not_found': 'No game with this PIN is running.',
  'error.kicked': 'The host removed you from this game.',
  'error.invalid_nickname': 'This nickname cannot be used (empty, or too long). Try another one.',
  'error.custom_field_required': 'Fill in the extra field.',
  'error.invalid_custom_field': 'The text in the extra field is too long.',
  'error.team_required': 'Choose a team.',
  'error.invalid_team': 'This game has no such team.',
  'error.question_closed': 'This question is not open for answers.',
  'error.answers_not_open': 'Answers open in a moment: read the question on the screen.',
  'error.question_paused': 'The host has paused the game; answer when it goes on.',
  'error.invalid_answer': 'This answer does not fit the question.',
  'error.unavailable': 'A server Quizhall needs is unreachable right now. Send again in a moment.',
  'error.too-many-requests': 'Too many attempts. Wait a minute.',
};

const catalogues = { en: messages, de, fr, es, ar };

/** The languages offered in the switcher, by their own names. */
export const LANGUAGES = [['en', 'English'], ['de', 'Deutsch'], ['fr', 'Français'], ['es', 'Español'], ['ar', 'العربية']];
const RIGHT_TO_LEFT = new Set(['ar']);
const STORAGE_KEY = 'quizhall.language';

function chooseLocale() {
  try {
    const chosen = localStorage.getItem(STORAGE_KEY);
    if (chosen && catalogues[chosen]) return chosen;
  } catch (e) { /* storage blocked: the browser's languages decide */ }
  for (const language of navigator.languages ?? [navigator.language]) {
    const base = String(language).toLowerCase().split('-')[0];
    if (catalogues[base]) return base;
  }
  return 'en';
}

/** The language of this page ('en', 'de', 'fr', 'es', 'ar'). */
export const locale = chooseLocale();
const numbers = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 1 });

export function t(key, params = {}) {
  let text = catalogues[locale][key] ?? messages[key] ?? key;
  for (const [name, value] of Object.entries(params)) {
    text = text.split(`{${name}}`).join(typeof value === 'number' ? numbers.format(value) : String(value));
  }
  return text;
}

/**
 * A refusal from the server in the page's language: the catalogue's text for its code (error.<code>) when the page
 * is not in English and has one, else the server's own (English) message.
 */
export function errorText(code, serverMessage, fallback) {
  const key = `error.${code}`;
  if (locale !== 'en' && code && catalogues[locale][key]) return catalogues[locale][key];
  return serverMessage ?? fallback ?? t('common.error');
}

/** Dates and times for the page's language. */
export function dateTimeFormat(options) {
  return new Intl.DateTimeFormat(locale, options);
}

// A <select> in the header bar that switches the language (the page loads again in it).
function languageSwitcher() {
  const bar = document.querySelector('header.bar');
  if (!bar || document.getElementById('language')) return;
  const select = document.createElement('select');
  select.id = 'language';
  select.className = 'language';
  select.setAttribute('aria-label', t('common.language'));
  for (const [code, name] of LANGUAGES) {
    const option = document.createElement('option');
    option.value = code;
    option.lang = code;
    option.textContent = name;
    option.selected = code === locale;
    select.append(option);
  }
  select.addEventListener('change', () => {
    try { localStorage.setItem(STORAGE_KEY, select.value); } catch (e) { /* not remembered */ }
    location.reload();
  });
  bar.append(select);
}

// Fills elements marked with data-i18n (text), data-i18n-label (aria-label) and data-i18n-placeholder; sets the
// page's language and direction (right to left for Arabic) and adds the language switcher.
export function applyTexts(root = document) {
  document.documentElement.lang = locale;
  document.documentElement.dir = RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  const title = document.querySelector('title[data-i18n]');
  if (title) document.title = title.textContent;
  if (root === document) languageSwitcher();
}
