// Who is facilitating now, as the board and phones say it: "Facilitating: Sam" for a participant the
// role is handed to, or the label of the facilitator steering (nothing before anyone has steered).
// And the words for a turn at facilitating, shared by the console, the phone and the rota.

import { setText, show } from '/js/dom.js';

/** Shows "Facilitating: <name>" in `node`, or hides it while nobody is named. */
export function showFacilitating(node, session) {
  const name = session?.facilitating;
  show(node, Boolean(name));
  setText(node, name ? `Facilitating: ${name}` : '');
}

/** "for “Check-in”" or "for the rest of the session": what a turn covers. */
export function turnScope(grant) {
  return grant?.activityId ? `for “${grant.activityTitle}”` : 'for the rest of the session';
}

/** True while a turn for one activity waits for its activity to be put on screen. */
export function turnWaiting(grant, session) {
  return Boolean(grant?.activityId) && session?.currentActivityId !== grant.activityId;
}
