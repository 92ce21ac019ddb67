// The last contribution the server acknowledged, per participant and activity, kept in the browser:
// { revision, submissionId, input }. If the server later holds an older revision, it lost that change,
// and the phone sends it again under the same submission id.

import { store } from '/js/dom.js';

const PREFIX = 'antileadership.contribution.';

/**
 * kindOf(activityId) → the kind module, whose optional `keptBefore` reads what an older page kept under
 * another key (culture priorities kept { revision, submissionId, dots } under antileadership.ballot.…).
 */
export function createKeptContributions(participantId, kindOf) {
  const key = (activityId) => `${PREFIX}${participantId}.${activityId}`;
  return {
    get(activityId) {
      const kept = store.get(key(activityId));
      if (kept) return kept;
      const before = kindOf(activityId)?.keptBefore;
      if (!before) return null;
      const old = store.get(`${before.prefix}${participantId}.${activityId}`);
      return old ? { revision: old.revision, submissionId: old.submissionId, input: before.input(old) } : null;
    },
    set(activityId, kept) {
      store.set(key(activityId), kept);
    },
  };
}
