// The team's next session, started from its home: after three months the team comes back here, not to
// the start page (which would found a new team). Lands on the new session's console.

import { postJson } from '/js/api.js';
import { el } from '/js/dom.js';

export function nextSessionForm({ teamId, token, showError }) {
  const title = el('input', { id: 'next-session-title', maxlength: 80, required: true, 'data-test': 'next-session-title' });
  const submit = el('button', { type: 'submit', class: 'button primary', text: 'Start the next session', 'data-test': 'next-session-start' });
  const form = el(
    'form',
    { class: 'next-session' },
    el('label', { for: title.id, text: 'Title of the next session' }),
    title,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const created = await postJson(`/api/teams/${encodeURIComponent(teamId)}/sessions`, { sessionTitle: title.value }, { token });
      // Stay on this address (the answer may name the LAN address); the key travels in the fragment.
      const target = new URL(created.facilitatorUrl, location.href);
      location.assign(`${target.pathname}${target.search}${target.hash}`);
    } catch (error) {
      showError(error.message);
      submit.disabled = false;
    }
  });
  return form;
}
