// Sends a participant's dots. Every change is the WHOLE allocation (placing, moving and removing dots
// are all one CastDots call), so a repeat can never double count. One call is in flight at a time;
// taps made meanwhile replace the pending allocation and go out as soon as the call returns.

import { hubErrorMessage, isServerAnswer, newId } from '/js/live-connection.js';

// The server starts every "could not store it just now" message with this; such a call is retried.
const NOT_SAVED = 'Not saved';
const TRYING_AGAIN = 'Not saved, trying again…';

// A vote is normally stored within a fraction of a second. Past this, say so instead of a silent
// "Saving…": storage that hangs (rather than fails) can hold an answer for several seconds.
const SLOW_AFTER_MS = 2000;
const STILL_SAVING = 'Still saving — the server is taking longer than usual…';
const SAVED_AGAIN = 'Saved again — the server had lost your last change.';

/**
 * For "Too many actions at once — try again in 2 s.": the wait in ms. Such a refusal is about timing,
 * not about the dots, so the allocation is kept and sent again (same submission id) after the wait.
 */
function throttleDelay(message) {
  const seconds = Number(/try again in (\d+)\s*s/i.exec(message)?.[1]);
  return Number.isFinite(seconds) ? Math.max(1, seconds) * 1000 : null;
}

/**
 * live: the connection from connectLive. Callbacks: onBallot(ballot) for every ballot the server
 * returns, onStored({ activityId, submissionId, ballot }) once the server says a submission is stored,
 * onError(text) for the alert region ('' clears it), onStatus(text) for the save status, onChange()
 * whenever what the page shows may have changed.
 */
export function createDotSender({ live, onBallot, onStored, onError, onStatus, onChange }) {
  let desired = null; // { activityId, submissionId, dots, again } not yet confirmed by the server
  let sending = null;
  let retryTimer = null;
  let retryAttempt = 0;

  function retryLater(delay = Math.min(500 * 2 ** retryAttempt++, 8000)) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      flush();
    }, delay);
  }

  async function flush() {
    if (sending || !desired) return;
    if (!live.connected) {
      // Say so at once, instead of leaving the last "Saved" on screen for a tap that has not gone out.
      onStatus('Not sent yet — it will be sent when the connection is back.');
      return;
    }
    clearTimeout(retryTimer);
    retryTimer = null;
    const submission = (sending = desired);
    onStatus(submission.again ? 'Your last change is missing on the server — sending it again…' : 'Saving…');
    const slow = setTimeout(() => {
      if (sending === submission) onStatus(STILL_SAVING);
    }, SLOW_AFTER_MS);

    let receipt;
    try {
      receipt = await live.invoke('CastDots', submission.activityId, submission.submissionId, submission.dots);
    } catch (error) {
      clearTimeout(slow);
      sending = null;
      const message = hubErrorMessage(error);
      const notSaved = message.startsWith(NOT_SAVED);
      const throttled = isServerAnswer(error) ? throttleDelay(message) : null;
      if (throttled !== null) {
        onError(message);
        onStatus('Not saved yet — it will be sent again shortly.');
        if (desired === submission) retryLater(throttled);
      } else if (isServerAnswer(error) && !notSaved) {
        // Refused (e.g. "That activity is not part of this session."): the server's ballot stands.
        if (desired === submission) desired = null;
        onStatus('');
        onError(message);
        onChange();
      } else {
        // Not stored yet, not delivered, or the reply was lost: nobody knows whether it counted, so keep
        // the allocation and send it again with the SAME submission id; the server then answers
        // "already counted" instead of counting it twice.
        if (notSaved) onError(TRYING_AGAIN);
        onStatus(notSaved ? '' : 'Not sent yet — it will be sent when the connection is back.');
        if (live.connected) retryLater(); // otherwise the page calls flush() after reconnecting
      }
      if (desired && desired !== submission) flush();
      return;
    }

    clearTimeout(slow);
    sending = null;
    onBallot(receipt.ballot);
    if (receipt.accepted) {
      retryAttempt = 0;
      onStored?.({ activityId: submission.activityId, submissionId: submission.submissionId, ballot: receipt.ballot });
      if (desired === submission) {
        desired = null;
        onError('');
        onStatus(submission.again ? SAVED_AGAIN : 'Saved');
      }
    } else if (throttleDelay(String(receipt.rejection ?? '')) !== null) {
      onError(receipt.rejection);
      onStatus('Not saved yet — it will be sent again shortly.');
      if (desired === submission) retryLater(throttleDelay(receipt.rejection));
    } else if (String(receipt.rejection ?? '').startsWith(NOT_SAVED)) {
      // Held in memory but not stored yet: repeat with the same submission id after a short backoff.
      onError(TRYING_AGAIN);
      onStatus('');
      if (desired === submission) retryLater();
    } else {
      // Refused (limits, voting closed…): show why; the page falls back to the server's ballot.
      if (desired === submission) desired = null;
      onStatus('');
      onError(receipt.rejection || 'Your dots were not saved.');
    }
    onChange();
    if (desired && desired !== submission) flush(); // taps made while this call was in flight
  }

  return {
    /** The allocation waiting for the server for this activity, or null when there is none. */
    pending: (activityId) => (desired?.activityId === activityId ? desired.dots : null),

    /** Replaces the allocation (a new submission, with a new id) and sends it. */
    set(activityId, dots) {
      desired = { activityId, submissionId: newId(), dots };
      retryAttempt = 0;
      onError('');
      onChange();
      flush();
    },

    /**
     * Sends an allocation the server already acknowledged once, under its original submission id: for a
     * phone that finds, on reconnecting, that the server holds an older ballot than it was told was saved.
     * The server lost it, so it is new to the server and counts once; had it not, it is "already counted".
     */
    sendAgain(activityId, dots, submissionId) {
      if (desired?.activityId === activityId) return; // a newer tap is on its way anyway
      desired = { activityId, submissionId, dots, again: true };
      retryAttempt = 0;
      onChange();
      flush();
    },

    /** Sends whatever is pending; call after every (re)connect. */
    flush,
  };
}
