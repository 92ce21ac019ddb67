// The facilitator's controls for forgetting: delete one session, delete the whole team, and delete
// the team automatically some days after its last session. The team home mounts it:
//
//   import { renderRetention } from '/js/team/retention.js';
//   renderRetention(container, { teamId, token, teamName, sessions, lead, onDeleted });
//
// container  the element to fill (its children are replaced).
// teamId     the team's id.
// token      the facilitator's key, sent as a bearer token (never in a URL).
// teamName   the team's name as stored: deleting the team asks for it to be typed exactly.
// sessions   the team's sessions, [{ sessionId, title, startedAt }] (SessionListing from the API).
// lead       whether the key is a lead key (default true). Deleting the team and automatic deletion
//            are the lead's; a co-facilitator only sees the sessions. The server checks either way.
// onDeleted  called after a deletion the server confirmed: ({ kind: 'session', sessionId }) or
//            ({ kind: 'team' }). The page refreshes its list, or leaves once the team is gone.
//
// Every text a person typed (titles, the team's name) goes in through textContent. Errors are shown
// in the module's own role=alert paragraph.

import { deleteJson, getJson, putJson } from '/js/api.js';
import { el, replace, setText } from '/js/dom.js';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The date in the reader's words through `wrap`, or '' when there is none (sessions from before it was kept). */
const formatDate = (value, wrap = (date) => date) => {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? wrap(dateFormat.format(date)) : '';
};

export function renderRetention(container, { teamId, token, teamName, sessions = [], lead = true, onDeleted = () => {} }) {
  const teamUrl = `/api/teams/${encodeURIComponent(teamId)}`;
  const auth = { token };
  const alert = el('p', { class: 'alert', role: 'alert', 'data-test': 'retention-error' });
  const fail = (error) => setText(alert, error?.message ?? String(error));
  const clear = () => setText(alert, '');

  const sessionList = el('ul', { class: 'retention-sessions', 'data-test': 'retention-sessions' });
  const drawSessions = (list) => replace(sessionList, list.length === 0
    ? el('li', { text: 'This team has no sessions.' })
    : list.map((session) => sessionRow(session)));

  /** One session: a button that first asks, naming the session, before anything is deleted. */
  function sessionRow(session) {
    const row = el('li', { 'data-test': 'retention-session' });
    const title = session.title || 'Untitled session';
    const when = formatDate(session.startedAt, (date) => ` (${date})`);
    const ask = () => replace(row,
      el('span', { text: `Delete “${title}” for good? Its activities, votes, images and join code go; the team's plan stays.` }),
      ' ',
      el('button', { type: 'button', class: 'button danger', 'data-test': 'retention-session-confirm', text: `Delete “${title}”`, onclick: remove }),
      ' ',
      el('button', { type: 'button', class: 'button', 'data-test': 'retention-session-keep', text: 'Keep it', onclick: idle }));
    const idle = () => replace(row,
      el('span', { text: `${title}${when}` }),
      ' ',
      el('button', { type: 'button', class: 'button', 'data-test': 'retention-session-delete', 'aria-label': `Delete the session “${title}”`, text: 'Delete…', onclick: ask }));
    async function remove(event) {
      event.target.disabled = true;
      clear();
      try {
        await deleteJson(`${teamUrl}/sessions/${encodeURIComponent(session.sessionId)}`, auth);
        sessions = sessions.filter((s) => s.sessionId !== session.sessionId);
        drawSessions(sessions);
        onDeleted({ kind: 'session', sessionId: session.sessionId });
      } catch (error) {
        event.target.disabled = false;
        fail(error);
      }
    }
    idle();
    return row;
  }

  drawSessions(sessions);
  const parts = [
    alert,
    el('h3', { text: 'Sessions' }),
    sessionList,
  ];
  if (lead) parts.push(automaticDeletion(teamUrl, auth, fail, clear), teamDeletion(teamUrl, auth, teamName, fail, clear, onDeleted));
  replace(container, el('section', { class: 'retention', 'aria-label': 'Deleting the team’s data' }, parts));
}

/** Days after the last session (1–3650), or off; shows the date the setting makes. */
function automaticDeletion(teamUrl, auth, fail, clear) {
  const enabled = el('input', { type: 'checkbox', id: 'retention-on', 'data-test': 'retention-on' });
  const days = el('input', { type: 'number', id: 'retention-days', min: 1, max: 3650, step: 1, value: 365, 'data-test': 'retention-days' });
  const status = el('p', { 'data-test': 'retention-status', 'aria-live': 'polite' });
  const save = el('button', { type: 'submit', class: 'button', 'data-test': 'retention-save', text: 'Save' });
  const show = (setting) => {
    enabled.checked = setting.days !== null;
    if (setting.days !== null) days.value = setting.days;
    days.min = setting.minDays;
    days.max = setting.maxDays;
    days.disabled = !enabled.checked;
    setText(status, setting.days === null
      ? 'Automatic deletion is off: the team stays until someone deletes it.'
      : `The team and everything in it will be deleted on ${formatDate(setting.deleteAfter)}, unless it meets again before then.`);
  };
  enabled.addEventListener('change', () => { days.disabled = !enabled.checked; });
  const form = el('form', {
    class: 'retention-automatic',
    onsubmit: async (event) => {
      event.preventDefault();
      clear();
      save.disabled = true;
      try {
        show(await putJson(`${teamUrl}/retention`, { days: enabled.checked ? Number(days.value) : null }, auth));
      } catch (error) {
        fail(error);
      } finally {
        save.disabled = false;
      }
    },
  },
  el('h3', { text: 'Automatic deletion' }),
  el('p', { text: 'Delete the whole team a number of days after its last session started. A new session pushes the date back.' }),
  el('p', {}, enabled, ' ', el('label', { for: 'retention-on', text: 'Delete the team automatically' })),
  el('p', {}, el('label', { for: 'retention-days', text: 'Days after the last session' }), ' ', days),
  save,
  status);
  getJson(`${teamUrl}/retention`, auth).then(show, fail);
  return form;
}

/** The whole team: only once its name is typed exactly (the server checks the same). */
function teamDeletion(teamUrl, auth, teamName, fail, clear, onDeleted) {
  const name = el('input', { type: 'text', id: 'retention-team-name', autocomplete: 'off', 'data-test': 'retention-team-name' });
  const button = el('button', { type: 'submit', class: 'button danger', disabled: true, 'data-test': 'retention-team-delete', text: 'Delete the team for good' });
  name.addEventListener('input', () => { button.disabled = name.value.trim() !== teamName; });
  const prompt = el('label', { for: 'retention-team-name' }, 'Type the team’s name, ', el('strong', { text: teamName }), ', to confirm');
  return el('form', {
    class: 'retention-team',
    onsubmit: async (event) => {
      event.preventDefault();
      clear();
      button.disabled = true;
      try {
        await deleteJson(teamUrl, { ...auth, body: { name: name.value } });
        onDeleted({ kind: 'team' });
      } catch (error) {
        button.disabled = name.value.trim() !== teamName;
        fail(error);
      }
    },
  },
  el('h3', { text: 'Delete the whole team' }),
  el('p', { text: 'Every session, every vote and card, the plan, and every link of the team stop existing. This cannot be undone.' }),
  el('p', {}, prompt, ' ', name),
  button);
}
