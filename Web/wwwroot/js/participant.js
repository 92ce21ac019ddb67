// Participant phone: join with a code and a name (once per team, remembered), then take part in the
// current activity (see phone/activity.js; each kind draws its own body).

import { byTest, setText, show, store } from '/js/dom.js';
import { getJson, normalizeCode, postJson, retryWhileUnreachable } from '/js/api.js';
import { countDown, reasonOf, waitSeconds } from '/js/wait.js';
import { connectLive } from '/js/live-connection.js';
import { createPhoneActivity } from '/js/phone/activity.js';
import { createPhoneConsole } from '/js/phone/phone-console.js';

const IDENTITY_PREFIX = 'antileadership.participant.';
const $ = (id) => document.getElementById(id);
const errorRegion = byTest('error');
const pageStatus = $('page-status');
const badge = byTest('connection-state');
const showError = (message) => setText(errorRegion, message);

let live = null;

// ---------------------------------------------------------------- joining

let joining = null; // { code, info } while the name form is showing

function codeFromPath() {
  const [first, second] = location.pathname.split('/').filter(Boolean);
  if (first !== 'join' || !second) return '';
  try {
    return normalizeCode(decodeURIComponent(second));
  } catch {
    return '';
  }
}

function showStep(step) {
  for (const id of ['code-step', 'name-step', 'live-step']) show($(id), id === step);
}

function showTitles(teamName, title) {
  setText($('team-name'), teamName);
  setText($('session-title'), title);
  document.title = `${title} · AntiLeadership Live`;
}

function askForCode(prefill = '') {
  showStep('code-step');
  byTest('code-input').value = prefill;
  byTest('code-input').focus();
}

function askForName(code, info, prefill = '') {
  joining = { code, info };
  showStep('name-step');
  byTest('name-input').value = prefill;
  byTest('name-input').focus();
}

let lookups = 0; // which lookup is the latest: a wait for an earlier one ends when another starts

async function lookUp(code) {
  const lookup = ++lookups;
  showError('');
  showStep(null);
  setText(pageStatus, 'Looking up the code…');
  // A phone that joined with this code shows its credential: what others at its address tried
  // (a shared Wi-Fi, a company network) then does not keep it out of its own team's session.
  const returning = savedForCode(code);
  let info;
  try {
    info = await retryWhileUnreachable(
      () => getJson(`/api/join/${encodeURIComponent(code)}`, { token: returning?.credential }),
      (error) => setText(pageStatus, `${error.message} Trying again…`),
    );
  } catch (error) {
    setText(pageStatus, '');
    showError(error.message); // e.g. "No open session has that code…"
    askForCode(code);
    if (error.status === 429) {
      // The form stays: a code being typed, or another lookup started meanwhile, ends this wait.
      const elsewhere = () => lookups !== lookup || normalizeCode(byTest('code-input').value) !== code;
      const waited = await countDown(waitSeconds(error), (left) => setText(pageStatus, `Trying again in ${left} s…`), elsewhere);
      if (waited) lookUp(code);
      else if (lookups === lookup) setText(pageStatus, '');
    }
    return;
  }
  setText(pageStatus, '');
  showTitles(info.teamName, info.sessionTitle);

  // A phone that joined this team before rejoins as the same participant, without asking again, and
  // under the name the team knows it by (the one remembered here is used only if the team forgot it).
  const saved = store.get(IDENTITY_PREFIX + info.teamId);
  if (saved?.credential && saved.displayName && (await join(code, info, saved.displayName, true))) return;
  if (info.joiningOpen === false) {
    // Say it before anyone types a name that could not be used.
    showError('The facilitator has closed this session to newcomers. Ask them to open it again.');
    askForCode(code);
    return;
  }
  askForName(code, info, saved?.displayName ?? '');
}

/** The identity kept for the team this code belongs to, when this phone joined with the code before. */
function savedForCode(code) {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const saved = key?.startsWith(IDENTITY_PREFIX) ? store.get(key) : null;
      if (saved?.credential && saved.code === code) return saved;
    }
  } catch {
    // Storage unavailable: look the code up as a newcomer.
  }
  return null;
}

/** POSTs the join; true once joined and connecting. `keepName`: rejoining by itself, not from the name form. */
async function join(code, info, displayName, keepName = false) {
  const key = IDENTITY_PREFIX + info.teamId;
  const saved = store.get(key);
  const url = `/api/join/${encodeURIComponent(code)}`;
  const body = { displayName, credential: saved?.credential ?? null, keepName };
  setText(pageStatus, 'Joining…');
  let joined;
  try {
    // With a credential a repeat is harmless (same participant), so ride out Wi-Fi gaps. Without one a
    // repeat could create a second participant, so the person presses Join again instead.
    joined = saved?.credential
      ? await retryWhileUnreachable(() => postJson(url, body), (e) => setText(pageStatus, `${e.message} Trying again…`))
      : await postJson(url, body);
  } catch (error) {
    setText(pageStatus, '');
    if (saved?.credential && (error.status === 401 || error.status === 403)) {
      // The stored credential is no longer valid: forget it and join as a new participant.
      store.remove(key);
      return join(code, info, displayName, keepName);
    }
    if (!saved?.credential && error.status === 503 && error.data?.credential) {
      // Not saved, but the server named the participant it was making: keep trying as that one, so the
      // retry cannot make a second participant (who would then hold this name).
      store.set(key, { credential: error.data.credential, displayName });
      return join(code, info, displayName, keepName);
    }
    if (error.status === 429) {
      // A crowd behind one address (a company network): the server refused before creating anything,
      // so asking again is safe, with or without a credential.
      const reason = reasonOf(error, 'Many people are joining at once');
      await countDown(waitSeconds(error), (left) => setText(pageStatus, `${reason} — trying again in ${left} s…`));
      return join(code, info, displayName, keepName);
    }
    showError(error.message); // e.g. "Someone in this team is already called Ana…", next to the name form
    return false;
  }
  setText(pageStatus, '');
  store.set(IDENTITY_PREFIX + joined.teamId, {
    credential: joined.credential,
    participantId: joined.participantId,
    displayName: joined.displayName,
    code, // so a later lookup of this code can show the credential (see savedForCode)
  });
  goLive(code, info, joined);
  return true;
}

$('code-step').addEventListener('submit', (event) => {
  event.preventDefault();
  const code = normalizeCode(byTest('code-input').value);
  if (!code) {
    showError('Type the code shown on the board.');
    return;
  }
  history.replaceState(null, '', `/join/${encodeURIComponent(code)}`);
  lookUp(code);
});

$('name-step').addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = byTest('name-input').value.trim();
  if (!name) {
    showError('Type your name so the team knows who you are.');
    return;
  }
  showError('');
  const button = byTest('name-submit');
  button.disabled = true;
  const ok = await join(joining.code, joining.info, name);
  button.disabled = false;
  if (ok) joining = null;
});

// ---------------------------------------------------------------- live

const activity = createPhoneActivity({ showError, showTitles });
// While the facilitator role is handed to this person, the phone is also a console for what they were given.
const phoneConsole = createPhoneConsole({ showError });

function goLive(code, info, joined) {
  setText(byTest('my-name'), joined.displayName);
  // The team home: the plan between sessions, opened with this phone's credential months later.
  $('my-team-home').href = `/team/${encodeURIComponent(joined.teamId)}`;
  showStep('live-step');
  show(badge, true);
  // Only for this connection: a late message from one already left behind must not end the next.
  const leave = (message, revoked) => {
    if (live === connection) leaveLive({ code, info, joined, message, revoked });
  };
  const connection = connectLive({
    sessionId: joined.sessionId,
    accessToken: joined.credential,
    badge,
    onRefused: (message, retrying) => (retrying ? showError(message) : leave(message, false)),
    handlers: {
      ...activity.handlers,
      ...phoneConsole.handlers,
      SessionChanged(view) {
        activity.handlers.SessionChanged(view);
        phoneConsole.sessionChanged(view);
      },
      CredentialRevoked: (message) => leave(message, true),
    },
  });
  live = connection;
  activity.attach(live, joined);
  phoneConsole.attach(live, joined);
}

/**
 * The server will not take this phone's credential any more: the facilitator removed this person
 * (revoked), or a reconnect was refused. Reconnecting with it would only be refused again, so stop,
 * say why, and offer the join form; joining again makes a new participant. A refused credential is not
 * forgotten here: if it still works, joining again rejoins as the same person, and if not, join()
 * forgets it when the server says so.
 */
function leaveLive({ code, info, joined, message, revoked }) {
  live.stop();
  live = null;
  activity.detach();
  phoneConsole.detach();
  if (revoked) {
    const key = IDENTITY_PREFIX + joined.teamId;
    // The name is kept only to prefill the form.
    store.set(key, { displayName: store.get(key)?.displayName ?? joined.displayName });
  }
  show(badge, false);
  showError(message || 'This phone is no longer connected to the workshop. Join again to take part.');
  askForName(code, info, joined.displayName);
}

// ---------------------------------------------------------------- start

const initialCode = codeFromPath();
if (initialCode) lookUp(initialCode);
else askForCode();
