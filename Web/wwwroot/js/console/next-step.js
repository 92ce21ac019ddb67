// The one next step the console highlights for the state the session and its activity are in:
// add an activity (empty agenda) → show it → open → close → reveal (if hidden) → the next activity.
// A kind whose activity has steps of its own (phases) may say what comes next through `nextStep(view)`.

import { normalizeStatus, takesInput } from '/js/activity-stage.js';

/**
 * One of: 'add' (nothing on the agenda, or everything done), 'show' (showActivityId: the agenda item to
 * put on the board), 'open', 'close', 'reveal', 'kind' (phrase: a step the kind's own body highlights),
 * or '' while the current activity's view is on its way. `kinds` (name → kind module) lets the current
 * activity's kind answer first: its `nextStep(view)` gives one of these steps, or nothing to leave it to
 * the shell.
 */
export function nextStep(session, view, kinds) {
  const items = session?.activities ?? [];
  if (items.length === 0) return { step: 'add' };
  const currentId = session.currentActivityId;
  if (!currentId) return { step: 'show', showActivityId: items[0].activityId };
  if (!view) return { step: '' };
  const own = kinds?.get(view.kind)?.nextStep?.(view);
  if (own?.step) return own;
  const stage = view.stage ?? {};
  const status = normalizeStatus(stage.status);
  // An activity that takes no input has nothing to open, close or reveal: the next step is the next activity.
  if (takesInput(kinds?.get(view.kind))) {
    if (status === 'notOpened') return { step: 'open' };
    if (status === 'open') return { step: 'close' };
    if (stage.hideResultsUntilRevealed && !stage.revealed) return { step: 'reveal' };
  }
  const at = items.findIndex((item) => item.activityId === currentId);
  const following = items[at + 1];
  return following ? { step: 'show', showActivityId: following.activityId } : { step: 'add' };
}

/** Marks `button` as the next step (or not): a stronger look AND the words "Next step" for whoever cannot tell the look apart. */
export function markNextStep(button, isNext) {
  button.classList.toggle('next-step', isNext);
  button.classList.toggle('primary', isNext);
  if (isNext) button.setAttribute('aria-describedby', 'next-step');
  else button.removeAttribute('aria-describedby');
}
