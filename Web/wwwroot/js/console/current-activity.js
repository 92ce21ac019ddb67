// The "On the board now" card: what every kind shares (title, status, timer, anonymity, who has taken
// part against who is present, open/close/reveal/timer, the highlighted next step), then the kind's own
// console body from the registry.

import { byTest, replace, setText, show } from '/js/dom.js';
import { distinguishNames, withMark } from '/js/people-names.js';
import { addStylesOf } from '/js/activities/registry.js';
import { createCountdown, stepTimerOf, facilitatorStatusText, normalizeStatus, participation, plural, takesInput, wordsOf } from '/js/activity-stage.js';
import { markNextStep, nextStep } from '/js/console/next-step.js';

const $ = (id) => document.getElementById(id);

const NEXT_WORDS = {
  add: 'Add an activity',
  show: 'Show the next activity on the board',
  open: (words) => words.open,
  close: (words) => `${words.close} when the room is ready`,
  reveal: (words) => words.reveal,
  kind: (words, next) => next.phrase,
};

export function setUpCurrentActivity(ctx, kinds) {
  const updateCountdown = createCountdown(byTest('time-left'));
  let mounted = null; // { activityId, instance }
  const current = () => ctx.snapshots.session?.currentActivityId;

  async function steer(command) {
    const activityId = current();
    if (!activityId) return;
    ctx.showError('');
    try {
      await ctx.steer(activityId, command);
    } catch (error) {
      ctx.showError(error.message);
    }
  }

  // Open, close, reveal and the timer are agenda steps: recorded for undo, and refused when another
  // facilitator moved on since this console last looked.
  const step = (name, options = {}) => {
    const activityId = current();
    if (activityId) ctx.step(name, { activityId, ...options });
  };
  byTest('open-voting').addEventListener('click', () => step('open'));
  byTest('close-voting').addEventListener('click', () => step('close'));
  byTest('reveal-results').addEventListener('click', () => step('reveal'));
  byTest('start-timer').addEventListener('click', () => {
    const minutes = Number(byTest('timer-minutes').value);
    if (!Number.isFinite(minutes) || minutes < 1 || minutes > 60) {
      ctx.showError('Choose a timer of 1 to 60 minutes.');
      return;
    }
    step('timer-start', { seconds: Math.round(minutes * 60) });
  });
  byTest('add-minute').addEventListener('click', () => step('timer-add', { seconds: 60 }));
  byTest('pause-timer').addEventListener('click', () => step('timer-pause'));
  byTest('resume-timer').addEventListener('click', () => step('timer-resume'));
  byTest('stop-timer').addEventListener('click', () => step('timer-stop'));
  byTest('raise-anonymity').addEventListener('click', () => {
    const ok = confirm('Make this activity anonymous?\n\nFrom now on nobody, not even you, sees who has taken part. This cannot be undone.');
    if (ok) steer({ name: 'raise-anonymity' });
  });

  function render() {
    const session = ctx.snapshots.session;
    if (!session?.exists) return;
    const view = ctx.snapshots.current();
    const kind = view ? kinds.get(view.kind) : undefined;
    const next = nextStep(session, view, kinds);
    showNextStep(next, kind);
    show($('no-current'), !view);
    show($('current-activity'), Boolean(view));
    if (!view) {
      setText(
        $('no-current'),
        session.currentActivityId
          ? 'Loading the activity…'
          : (session.activities ?? []).length === 0
            ? 'Nothing on the board yet. Add the first activity: it goes straight onto the board.'
            : 'Nothing on the board yet. Pick an activity from the agenda.',
      );
      return;
    }

    const words = wordsOf(kind);
    const stage = view.stage ?? {};
    const status = normalizeStatus(stage.status);
    setText($('current-title'), stage.title);
    const statusNode = byTest('activity-status');
    statusNode.dataset.status = status;
    // A kind this page has no module for still gets the shared controls, just no body of its own.
    setText(statusNode, facilitatorStatusText(status, words));
    updateCountdown(stage, stepTimerOf(session, view.activityId));

    const busy = (name) => ctx.busy.has(`step:${name}`);
    renderTimer(stepTimerOf(session, view.activityId), busy);
    const open = byTest('open-voting');
    open.disabled = status === 'open' || busy('open');
    setText(open, status === 'closed' ? words.reopen : words.open);
    const close = byTest('close-voting');
    close.disabled = status !== 'open' || busy('close');
    setText(close, words.close);
    const reveal = byTest('reveal-results');
    reveal.disabled = !stage.hideResultsUntilRevealed || stage.revealed || busy('reveal');
    setText(reveal, words.reveal);
    markNextStep(open, next.step === 'open');
    markNextStep(close, next.step === 'close');
    markNextStep(reveal, next.step === 'reveal');

    const taken = participation(stage, session, words);
    setText(byTest('voter-count'), taken.count);
    show($('participation-of'), taken.of !== null);
    setText($('participation-present'), taken.of ?? '');
    setText($('participation-verb'), taken.of === null ? taken.verb : `present ${taken.verb}`);
    renderPrivacy(stage, words);
    setText(
      $('visibility-note'),
      !stage.hideResultsUntilRevealed
        ? 'Everyone sees the results live.'
        : stage.revealed
          ? 'Results are revealed to everyone.'
          : 'Only you see these results. The board shows what the room is working on and how many have taken part until you reveal them.',
    );
    // Nothing to open, close, reveal or count (see takesInput): none of those controls. The step timer
    // stays ("ten minutes on this"), without the note that it closes the activity.
    const input = takesInput(kind);
    const shared = $('current-activity').querySelectorAll('.participation-line, .controls, #timer-note, #visibility-note');
    for (const node of [statusNode, ...shared]) show(node, input);
    if (!input) show($('privacy'), false);

    if (!kind) return;
    if (mounted?.activityId !== view.activityId) {
      addStylesOf(kind);
      const body = $('current-body');
      replace(body);
      const activityId = view.activityId;
      mounted = {
        activityId,
        instance: kind.console(body, {
          steer: (command) => ctx.steer(activityId, command),
          get names() {
            const names = distinguishNames(ctx.snapshots.session?.participants ?? []);
            return new Map([...names].map(([id, shown]) => [id, withMark(shown)]));
          },
          showError: ctx.showError,
        }),
      };
    }
    mounted.instance.update(view, session);
  }

  /** Start (also once closed: "two more minutes" reopens with a timer); then +1 minute, pause or resume, stop. */
  function renderTimer(timer, busy) {
    const stepping = [...ctx.busy].some((name) => name.startsWith('step:timer'));
    const paused = timer?.pausedSecondsLeft != null;
    const running = Boolean(timer) && !paused && Date.parse(timer.endsAt) > Date.now();
    byTest('start-timer').disabled = stepping || busy('timer-start');
    setText(byTest('start-timer'), timer ? 'Start again' : 'Start timer');
    show(byTest('add-minute'), Boolean(timer));
    show(byTest('pause-timer'), running);
    show(byTest('resume-timer'), paused);
    show(byTest('stop-timer'), Boolean(timer));
    for (const name of ['add-minute', 'pause-timer', 'resume-timer', 'stop-timer']) byTest(name).disabled = stepping;
  }

  /** "Next step: …" in words, beside the highlighted button, so colour is not what carries it. */
  function showNextStep(next, kind) {
    const words = wordsOf(kind);
    const text = NEXT_WORDS[next.step];
    const phrase = typeof text === 'function' ? text(words, next) : text;
    setText(byTest('next-step'), phrase ? `Next step: ${phrase}.` : '');
  }

  /** Anonymous: a tag. Not anonymous: who has taken part (never what), and the one-way switch to anonymous. */
  function renderPrivacy(stage, words) {
    const known = typeof stage.anonymous === 'boolean';
    show($('privacy'), known);
    show(byTest('anonymous-tag'), stage.anonymous === true);
    show($('anonymous-note'), stage.anonymous === true);
    setText($('anonymous-note'), `${words.anonymousNote.replace('the facilitator', 'you')}`);
    show(byTest('voters'), stage.anonymous === false);
    show(byTest('raise-anonymity'), stage.anonymous === false);
    byTest('raise-anonymity').disabled = ctx.busy.has('steer:raise-anonymity');
    // Cleared, not just hidden: once anonymous, no name of who took part stays anywhere in the page.
    setText(byTest('voters'), stage.anonymous === false ? whoText(stage.contributorIds ?? [], words) : '');
  }

  function whoText(ids, words) {
    if (ids.length === 0) return `${words.whoTookPart}: nobody yet`;
    const names = distinguishNames(ctx.snapshots.session?.participants ?? []);
    const known = ids.filter((id) => names.has(id)).map((id) => withMark(names.get(id)));
    // Removed participants stay counted, but they are no longer in the list of names.
    const gone = ids.length - known.length;
    const parts = gone > 0 ? [...known, `${gone} removed ${plural(gone, 'participant', 'participants')}`] : known;
    return `${words.whoTookPart}: ${parts.join(', ')}`;
  }

  ctx.onRender(render);
}
