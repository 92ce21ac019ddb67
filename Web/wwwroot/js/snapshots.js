// The newest-snapshot store every page shares. The server pushes whole, versioned snapshots, and a
// reconnect may deliver an older one after a newer one: each store keeps only the newest it has seen.

import { compareVersions, isNewer } from '/js/live-connection.js';

export function createSnapshots() {
  let session = null;
  const activities = new Map(); // activityId → newest view
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

    /** Keeps an activity view when it is newer than the one held for that activity; true when it was. */
    applyActivity(view) {
      if (!view?.activityId || !isNewer(view, activities.get(view.activityId))) return false;
      activities.set(view.activityId, view);
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
