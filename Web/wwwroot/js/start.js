// Start page: create a team + session, or jump to the join page with a code.

import { byTest, setText } from '/js/dom.js';
import { normalizeCode, postJson } from '/js/api.js';

const errorRegion = byTest('error');
const startForm = document.getElementById('start-form');
const startButton = byTest('start-workshop');
const startStatus = document.getElementById('start-status');

startForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  setText(errorRegion, '');
  const teamName = byTest('team-name').value.trim();
  const sessionTitle = byTest('session-title').value.trim();

  // Disabled while the request runs so a double click cannot create two workshops.
  startButton.disabled = true;
  setText(startStatus, 'Starting…');
  try {
    const created = await postJson('/api/teams', { teamName, sessionTitle });
    setText(startStatus, 'Opening your facilitator console…');
    // Stay on the address this browser already uses (facilitatorUrl may name the LAN address); the key
    // travels in the fragment either way.
    const target = new URL(created.facilitatorUrl, location.href);
    location.assign(`${target.pathname}${target.search}${target.hash}`);
  } catch (error) {
    setText(startStatus, '');
    setText(errorRegion, error.message);
    startButton.disabled = false;
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
