// A one-time recovery link (/team/{id}#recover={participant}.{secret}) the facilitator issued for a
// member on a new device. This phone makes the secret of its new credential itself and keeps it for
// the page's life, so a retry after a lost answer redeems the same way and gets the same answer.

import { postJson, retryWhileUnreachable } from '/js/api.js';
import { store } from '/js/dom.js';
import { memberKey } from '/js/team/identity.js';

function newSecret() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** The link's parts when the address carries one, else null. */
export function recoveryInAddress() {
  const value = new URLSearchParams(location.hash.slice(1)).get('recover');
  const [participantId, secret] = value?.split('.') ?? [];
  return participantId && secret ? { participantId, secret } : null;
}

/**
 * Redeems the link and keeps this phone's new identity where the participant page looks for it (so the
 * next session's code finds the same person). Resolves to the member's name; throws the server's
 * sentence when the link does not work.
 */
export async function redeem(teamId, { participantId, secret }, onRetry) {
  const body = { teamId, participantId, secret, newSecret: newSecret() };
  const recovered = await retryWhileUnreachable(() => postJson('/api/recover', body), onRetry);
  store.set(memberKey(teamId), { credential: recovered.credential, displayName: recovered.displayName });
  // The link is spent: take it out of the address bar and the history entry.
  history.replaceState(history.state, '', location.pathname);
  return recovered.displayName;
}
