// Sends a participant's input to an activity, whatever its kind. Every input is the participant's
// WHOLE contribution (a dot vote's whole allocation, a check-in's word…), so a repeat can never double
// count. One call is in flight at a time; input given meanwhile replaces the pending one (newest wins)
// and goes out as soon as the call returns. A call whose outcome is unknown is repeated with the SAME
// submission id, which the server answers with "already counted" if it had stored it.
//
// Some input stands beside the contribution instead of replacing it (a statement proposed during a vote):
// sent with { aside: true }, it waits in line of its own, goes out before the pending contribution, is
// never replaced by newer input nor replaces it, and is not what onStored keeps as the last contribution.

import { hubErrorMessage, isServerAnswer, newId, retryDelay } from '/js/live-connection.js';

// The server starts every "could not store it just now" message with this; such a call is retried.
const NOT_SAVED = 'Not saved';
const TRYING_AGAIN = 'Not saved, trying again…';

// Input is normally stored within a fraction of a second. Past this, say so instead of a silent
// "Saving…": storage that hangs (rather than fails) can hold an answer for several seconds.
const SLOW_AFTER_MS = 2000;
const STILL_SAVING = 'Still saving — the server is taking longer than usual…';
const SAVED_AGAIN = 'Saved again — the server had lost your last change.';
const NOT_SENT = 'Not sent yet — it will be sent when the connection is back.';

/**
 * For "Too many actions at once — try again in 2 s.": the wait in ms. Such a refusal is about timing,
 * not about the input, so the input is kept and sent again (same submission id) after the wait.
 */
function throttleDelay(message) {
  const seconds = Number(/try again in (\d+)\s*s/i.exec(message)?.[1]);
  return Number.isFinite(seconds) ? Math.max(1, seconds) * 1000 : null;
}

/**
 * live: the connection from connectLive. Callbacks: onContribution(contribution) for every
 * contribution the server returns, onStored({ activityId, submissionId, input, contribution }) once
 * the server says a submission is stored, onError(text) for the alert region ('' clears it),
 * onStatus(text) for the save status, onChange() whenever what the page shows may have changed.
 */
export function createContributionSender({ live, onContribution, onStored, onError: showError, onStatus, onChange }) {
  // Whether the alert region holds a message this sender put there. A stored acknowledgement clears
  // only such a message: one the kind showed itself (ctx.showError) stays until new input replaces it.
  let ownError = false;
  const onError = (text) => {
    ownError = text !== '';
    showError(text);
  };
  let desired = null; // { activityId, submissionId, input, again, waiters } not yet confirmed by the server
  const asides = []; // input given { aside: true }, in order, each not yet confirmed by the server
  let sending = null;
  let retryTimer = null;
  let retryAttempt = 0;

  /** Settles everyone waiting on a submission (ctx.submit's promises): the answer, or null if replaced. */
  function settle(submission, answer) {
    for (const resolve of submission.waiters.splice(0)) resolve(answer);
  }

  function replaceDesired(submission) {
    if (desired && desired !== sending) settle(desired, null);
    desired = submission;
  }

  /** What goes out next: the oldest aside input, else the contribution. */
  const next = () => asides[0] ?? desired;

  /** Whether `submission` still waits for the server (neither confirmed nor refused nor replaced). */
  const waiting = (submission) => desired === submission || asides.includes(submission);

  /** The server settled `submission` (stored or refused): it no longer waits. */
  function done(submission) {
    if (desired === submission) desired = null;
    const at = asides.indexOf(submission);
    if (at >= 0) asides.splice(at, 1);
  }

  function retryLater(delay = retryDelay(retryAttempt++)) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      flush();
    }, delay);
  }

  async function flush() {
    if (sending || !next()) return;
    if (!live.connected) {
      // Say so at once, instead of leaving the last "Saved" on screen for input that has not gone out.
      onStatus(NOT_SENT);
      return;
    }
    clearTimeout(retryTimer);
    retryTimer = null;
    const submission = (sending = next());
    onStatus(submission.again ? 'Your last change is missing on the server — sending it again…' : 'Saving…');
    const slow = setTimeout(() => {
      if (sending === submission) onStatus(STILL_SAVING);
    }, SLOW_AFTER_MS);

    let answer;
    try {
      answer = await live.invoke('Submit', submission.activityId, submission.submissionId, submission.input);
    } catch (error) {
      clearTimeout(slow);
      sending = null;
      const message = hubErrorMessage(error);
      const notSaved = message.startsWith(NOT_SAVED);
      const throttled = isServerAnswer(error) ? throttleDelay(message) : null;
      if (throttled !== null) {
        onError(message);
        onStatus('Not saved yet — it will be sent again shortly.');
        if (waiting(submission)) retryLater(throttled);
      } else if (isServerAnswer(error) && !notSaved) {
        // Refused (e.g. "That activity is not part of this session."): the server's contribution stands.
        done(submission);
        settle(submission, { accepted: false, rejection: message });
        onStatus('');
        onError(message);
        onChange();
      } else {
        // Not stored yet, not delivered, or the reply was lost: nobody knows whether it counted, so
        // keep the input and send it again with the SAME submission id.
        if (notSaved) onError(TRYING_AGAIN);
        onStatus(notSaved ? '' : NOT_SENT);
        if (live.connected) retryLater(); // otherwise the page calls flush() after reconnecting
      }
      if (!waiting(submission)) settle(submission, null); // replaced while its outcome was unknown
      if (next() && next() !== submission) flush();
      return;
    }

    clearTimeout(slow);
    sending = null;
    if (answer?.contribution) onContribution(answer.contribution);
    const rejection = String(answer?.rejection ?? '');
    if (answer?.accepted) {
      retryAttempt = 0;
      if (!submission.aside) onStored?.({ activityId: submission.activityId, submissionId: submission.submissionId, input: submission.input, contribution: answer.contribution });
      settle(submission, answer);
      if (waiting(submission)) {
        done(submission);
        if (ownError) onError('');
        onStatus(submission.again ? SAVED_AGAIN : 'Saved');
      }
    } else if (throttleDelay(rejection) !== null) {
      onError(rejection);
      onStatus('Not saved yet — it will be sent again shortly.');
      if (waiting(submission)) retryLater(throttleDelay(rejection));
    } else if (rejection.startsWith(NOT_SAVED)) {
      // Held in memory but not stored yet: repeat with the same submission id after a short backoff.
      onError(TRYING_AGAIN);
      onStatus('');
      if (waiting(submission)) retryLater();
    } else {
      // Refused (limits, closed…): show why; the page falls back to the server's contribution.
      done(submission);
      settle(submission, answer);
      onStatus('');
      onError(rejection || 'Your change was not saved.');
    }
    if (!waiting(submission)) settle(submission, null);
    onChange();
    if (next() && next() !== submission) flush(); // input given while this call was in flight
  }

  return {
    /** The input waiting for the server for this activity, or null when there is none. */
    pending: (activityId) => (desired?.activityId === activityId ? desired.input : null),

    /**
     * Replaces the input (a new submission, with a new id) and sends it. Resolves with the server's
     * answer once this input is stored or refused, or with null if newer input replaced it first.
     * With { aside: true } the input is sent beside the pending one instead (see the top of this file).
     */
    submit(activityId, input, { aside = false } = {}) {
      return new Promise((resolve) => {
        const submission = { activityId, submissionId: newId(), input, aside, waiters: [resolve] };
        if (aside) asides.push(submission);
        else replaceDesired(submission);
        retryAttempt = 0;
        onError('');
        onChange();
        flush();
      });
    },

    /**
     * Sends input the server already acknowledged once, under its original submission id: for a phone
     * that finds, on reconnecting, that the server holds an older contribution than it was told was
     * saved. The server lost it, so it is new to the server and counts once.
     */
    sendAgain(activityId, input, submissionId) {
      if (desired?.activityId === activityId) return; // newer input is on its way anyway
      replaceDesired({ activityId, submissionId, input, again: true, waiters: [] });
      retryAttempt = 0;
      onChange();
      flush();
    },

    /** Sends whatever is pending; call after every (re)connect. */
    flush,
  };
}
