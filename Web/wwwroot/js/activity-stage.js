// What every activity shows the same way, whatever its kind (the view's `stage`): its status, its
// timer, and how many of the people present have taken part. The three page shells draw these; kind
// modules only draw their own body.

import { setText } from '/js/dom.js';

const STATUS_NAMES = ['notOpened', 'open', 'closed'];

/** "notOpened" | "open" | "closed", whether the server sends the enum as a name or a number. */
export function normalizeStatus(status) {
  if (typeof status === 'number') return STATUS_NAMES[status] ?? 'notOpened';
  const name = String(status ?? '').toLowerCase();
  if (name === 'open') return 'open';
  if (name === 'closed') return 'closed';
  return 'notOpened';
}

export const plural = (count, one, many) => (count === 1 ? one : many);

/**
 * The words a shell uses around a kind. A kind module may override any of them with its own `words`
 * (a dot vote says "Open voting", a check-in "Open check-in"); the defaults fit every kind.
 */
const DEFAULT_WORDS = {
  open: 'Open',
  reopen: 'Reopen',
  close: 'Close',
  reveal: 'Reveal results',
  resultsOut: 'The results are out.',
  notOpened: 'Opens soon',
  isOpen: 'Open',
  isClosed: 'Closed',
  facilitatorNotOpened: 'Not open yet',
  facilitatorOpen: 'Open',
  facilitatorClosed: 'Closed',
  tookPart: 'have taken part',
  tookPartOne: 'has taken part',
  whoTookPart: 'Taken part',
  anonymousNote: 'Nobody, not even the facilitator, sees who has taken part.',
  namedNote: 'Not anonymous: the facilitator can see who has taken part, and their results download shows what each person gave.',
};

export function wordsOf(kind) {
  return { ...DEFAULT_WORDS, ...(kind?.words ?? {}) };
}

/**
 * Whether people take part in the kind's activities. A kind that says `takesInput: false` (something
 * only to be read or watched) has nothing to open, close, time, reveal or count, and the shells leave
 * those out for it. An unknown kind is assumed to take input.
 */
export function takesInput(kind) {
  return kind?.takesInput !== false;
}

/** How phones and the board describe the status. */
export function audienceStatusText(status, words = DEFAULT_WORDS) {
  switch (normalizeStatus(status)) {
    case 'open':
      return words.isOpen;
    case 'closed':
      return words.isClosed;
    default:
      return words.notOpened;
  }
}

/** How the console describes the status. */
export function facilitatorStatusText(status, words = DEFAULT_WORDS) {
  switch (normalizeStatus(status)) {
    case 'open':
      return words.facilitatorOpen;
    case 'closed':
      return words.facilitatorClosed;
    default:
      return words.facilitatorNotOpened;
  }
}

/**
 * "12 of 15 have taken part": contributors against the people present now. People who took part and
 * then left still count, so the count may pass the number present; then only the count is said.
 */
export function participation(stage, session, words = DEFAULT_WORDS) {
  const count = Number(stage?.contributors ?? 0);
  const present = Number(session?.presentCount ?? 0);
  const verb = plural(count, words.tookPartOne, words.tookPart);
  return { count, present, of: count <= present ? present : null, verb };
}

/**
 * Returns update(stage, timer) that keeps `node` showing the time left ("2:05 left", "Paused · 1:30
 * left", "Time's up"), hidden when there is none. `timer` is the session's step timer when it is on
 * this step; without one, an activity's own closing time counts. End times come from the server; the
 * countdown ticks locally.
 */
export function createCountdown(node) {
  let endsAt = null;
  let pausedLeft = null;
  const tick = () => {
    node.hidden = endsAt === null && pausedLeft === null;
    node.dataset.timer = pausedLeft !== null ? 'paused' : endsAt === null ? 'none' : endsAt <= Date.now() ? 'up' : 'running';
    if (node.hidden) return;
    const left = pausedLeft ?? Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    setText(node, pausedLeft !== null ? `Paused · ${clock} left` : left === 0 ? "Time's up" : `${clock} left`);
  };
  setInterval(tick, 1000);
  return (stage, timer = null) => {
    if (timer) {
      pausedLeft = timer.pausedSecondsLeft ?? null;
      endsAt = pausedLeft === null && timer.endsAt ? Date.parse(timer.endsAt) : null;
    } else {
      const running = stage && normalizeStatus(stage.status) === 'open' && stage.closesAt;
      pausedLeft = null;
      endsAt = running ? Date.parse(stage.closesAt) : null;
    }
    tick();
  };
}

/** The session's step timer when it is on `activityId`, else null. */
export function stepTimerOf(session, activityId) {
  const timer = session?.timer;
  return timer && timer.activityId === activityId ? timer : null;
}

/**
 * A signature of what changes for everyone (another activity, opened, closed, results out): the
 * phone and board bring such a change into view and let the room see it happen.
 */
export function stageMoment(view) {
  if (!view) return '';
  const stage = view.stage ?? {};
  return [view.activityId, normalizeStatus(stage.status), Boolean(stage.resultsVisibleToAll)].join('|');
}
