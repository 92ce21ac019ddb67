// The teams this browser facilitates, remembered from their consoles and team homes, so a facilitator
// coming back months later finds their team from the start page instead of founding a new one.

import { store } from '/js/dom.js';

const KEY_PREFIX = 'antileadership.team-key.';
const NAME_PREFIX = 'antileadership.team-name.';

export const teamKeyName = (teamId) => `${KEY_PREFIX}${teamId}`;

export function rememberTeam(teamId, name, key) {
  if (!teamId || !key) return;
  store.set(teamKeyName(teamId), key);
  if (name) store.set(`${NAME_PREFIX}${teamId}`, name);
}

/** [{ teamId, name }] for every team whose key this browser keeps. */
export function knownTeams() {
  const teams = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(KEY_PREFIX)) continue;
      const teamId = key.slice(KEY_PREFIX.length);
      teams.push({ teamId, name: store.get(`${NAME_PREFIX}${teamId}`) ?? 'A team' });
    }
  } catch {
    // Storage this browser will not open: nothing remembered.
  }
  return teams.sort((a, b) => a.name.localeCompare(b.name));
}
