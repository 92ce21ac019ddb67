// Start page: create a team + session, or jump to the join page with a code.

import { byTest, setText, show } from '/js/dom.js';
import { getJson, normalizeCode, postJson } from '/js/api.js';
import { el, replace } from '/js/dom.js';
import { knownTeams } from '/js/team/known-teams.js';

const errorRegion = byTest('error');
const startForm = document.getElementById('start-form');
const startButton = byTest('start-workshop');
const startStatus = document.getElementById('start-status');
const startKeyField = document.getElementById('start-key-field');

// The teams this browser facilitates: their homes, so a team back after months is not founded again.
const teams = knownTeams();
if (teams.length > 0) {
  replace(
    byTest('known-teams'),
    teams.map((team) => el('li', {}, el('a', { href: `/team/${encodeURIComponent(team.teamId)}`, text: team.name, 'data-test': 'known-team' }))),
  );
  show(document.getElementById('known-teams'), true);
}

// A server the public can reach may ask for a start key: ask for it only there.
getJson('/api/start')
  .then((needs) => show(startKeyField, needs?.startKeyRequired === true))
  .catch(() => {}); // the server says so again, in words, if it needs a key after all

startForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  setText(errorRegion, '');
  const teamName = byTest('team-name').value.trim();
  const sessionTitle = byTest('session-title').value.trim();

  // Disabled while the request runs so a double click cannot create two workshops.
  startButton.disabled = true;
  setText(startStatus, 'Starting…');
  try {
    const startKey = startKeyField.hidden ? undefined : byTest('start-key').value;
    const created = await postJson('/api/teams', { teamName, sessionTitle, startKey });
    setText(startStatus, 'Opening your facilitator console…');
    // Stay on the address this browser already uses (facilitatorUrl may name the LAN address); the key
    // travels in the fragment either way.
    const target = new URL(created.facilitatorUrl, location.href);
    location.assign(`${target.pathname}${target.search}${target.hash}`);
  } catch (error) {
    setText(startStatus, '');
    setText(errorRegion, error.message);
    if (error.status === 403 && startKeyField.hidden) {
      // The server asks for a key this page did not know about (its setting changed): ask for it now.
      show(startKeyField, true);
      byTest('start-key').focus();
    }
    // Too many started from here: the button waits as long as the server says.
    const wait = error.status === 429 ? (error.retryAfter ?? 0) * 1000 : 0;
    setTimeout(() => {
      startButton.disabled = false;
    }, wait);
  }
});

document.getElementById('join-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const code = normalizeCode(byTest('code-input').value);
  if (!code) {
    setText(errorRegion, 'Type the code shown on the board.');
    return;
  }
  location.assign(`/join/${encodeURIComponent(code)}`);
});
