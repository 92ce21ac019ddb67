// The newest-snapshot store every page shares. The server pushes whole, versioned snapshots, and a
// reconnect may deliver an older one after a newer one: each store keeps only the newest it has seen.

import { compareVersions, isNewer } from '/js/live-connection.js';

export function createSnapshots() {
  let session = null;
  const activities = new Map(); // activityId → newest view
  const wholes = new Map(); // activityId → newest view that left nothing out
  const early = new Map(); // activityId → newest view that left something out and came before any whole one
  const contributions = new Map(); // activityId → newest contribution (by revision)

  return {
    get session() {
      return session;
    },

    /** Keeps the session view when it is newer; true when it was. */
    applySession(view) {
      if (!isNewer(view, session)) return false;
      session = view;
      return true;
    },

    /**
     * Keeps an activity view when it is newer than the one held for that activity; true when it was.
     * A paced push may leave out what only the facilitator changes (`leftOut` names it): that is taken
     * from the newest view held that left nothing out, which has it as it is, since such a change always
     * comes whole. One arriving before any whole view (a phone joins the room before its welcome reaches
     * it) waits for that view.
     */
    applyActivity(view) {
      const id = view?.activityId;
      if (!id) return false;
      if (view.leftOut?.length) {
        const whole = wholes.get(id);
        if (!whole) {
          if (isNewer(view, early.get(id))) early.set(id, view);
          return false;
        }
        view = filledIn(view, whole);
      } else {
        if (isNewer(view, wholes.get(id))) wholes.set(id, view);
        const waiting = early.get(id);
        early.delete(id);
        if (isNewer(waiting, view)) view = filledIn(waiting, wholes.get(id));
      }
      if (!isNewer(view, activities.get(id))) return false;
      activities.set(id, view);
      return true;
    },

    activity: (activityId) => activities.get(activityId),

    /** The view of the activity the session shows now, or undefined (none, or not arrived yet). */
    current: () => (session?.currentActivityId ? activities.get(session.currentActivityId) : undefined),

    /** Keeps a contribution unless an older revision than the one held; true when kept. */
    applyContribution(contribution) {
      if (!contribution?.activityId) return false;
      const known = contributions.get(contribution.activityId);
      if (known && compareVersions(contribution.revision, known.revision) < 0) return false;
      contributions.set(contribution.activityId, contribution);
      return true;
    },

    /** Replaces the contribution whatever its revision: what the server holds now, even if older. */
    replaceContribution(contribution) {
      if (contribution?.activityId) contributions.set(contribution.activityId, contribution);
    },

    contribution: (activityId) => contributions.get(activityId) ?? null,

    hasContribution: (activityId) => contributions.has(activityId),

    clearContributions: () => contributions.clear(),
  };
}

/** A view that left members out, with them taken from `whole`. */
function filledIn(view, whole) {
  const filled = { ...view };
  delete filled.leftOut;
  for (const name of view.leftOut) filled[name] = whole[name];
  return filled;
}
