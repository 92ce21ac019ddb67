// Who opens the team home, and with what: a facilitator's key (from the console's link, kept in this
// browser), or the credential of the phone that joined the team (kept by the participant page under
// the same name months later). Nothing needs an account.

import { store } from '/js/dom.js';
import { teamKeyName } from '/js/team/known-teams.js';

/** Where the participant page keeps a phone's identity in a team: { credential, displayName, code }. */
export const memberKey = (teamId) => `antileadership.participant.${teamId}`;
const facilitatorKey = teamKeyName;

/**
 * { token, facilitator } for this browser, or null when it has neither. A key in the fragment is
 * remembered (the fragment never reaches the server) and wins over a member credential on the same
 * browser: the facilitator's laptop may also have joined as a participant.
 */
export function readIdentity(teamId) {
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromFragment) store.set(facilitatorKey(teamId), fromFragment);
  const key = fromFragment ?? store.get(facilitatorKey(teamId));
  if (key) return { token: key, facilitator: true };
  const member = store.get(memberKey(teamId));
  return member?.credential ? { token: member.credential, facilitator: false } : null;
}

/**
 * A refused key or credential is forgotten, so the page says what to do instead of failing again. Only
 * that one: another page of this browser may have stored a newer one since (a console that rotated its
 * key replaces the old one the open team home was using).
 */
export function forgetIdentity(teamId, identity) {
  if (identity.facilitator) {
    if (store.get(facilitatorKey(teamId)) === identity.token) store.remove(facilitatorKey(teamId));
  } else if (store.get(memberKey(teamId))?.credential === identity.token) {
    store.remove(memberKey(teamId));
  }
}
