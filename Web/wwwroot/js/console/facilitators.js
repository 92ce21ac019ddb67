// The "Facilitators" card: the team's console links, inviting and revoking co-facilitators (leads
// only), rotating one's own key, and what to do when this console's key stops working.

import { byTest, el, replace, setText, show } from '/js/dom.js';
import { deleteJson, getJson, postJson } from '/js/api.js';
import { copyFrom } from '/js/console/context.js';
import { showSecretLink } from '/js/console/invite.js';

const $ = (id) => document.getElementById(id);

/** Returns { loadKeys, accessLost, wantKeys } for the page to call on connecting and on refusals. */
export function setUpFacilitators(ctx) {
  const teamUrl = (path) => `/api/teams/${encodeURIComponent(ctx.snapshots.session?.teamId ?? '')}/${path}`;
  const auth = () => ({ token: ctx.key });

  let keys = null; // the team's active keys from the server, null until the first answer
  let keysWanted = true; // set on every (re)connect and change; cleared by an answer
  let keysLoading = false;
  let rotation = null; // promise of this console's rotation in flight: true once the new key is in use

  /** Only a lead may invite and revoke; the server decides, the console just hides what would be refused. */
  const isLead = () => keys?.some((key) => key.yours && key.lead) === true;

  async function loadKeys() {
    keysWanted = true;
    if (keysLoading || !ctx.snapshots.session?.teamId || !ctx.key) return;
    keysLoading = true;
    keysWanted = false;
    try {
      keys = (await getJson(teamUrl('keys'), auth())).keys ?? [];
      renderKeys();
    } catch (error) {
      ctx.showApiError(error);
    } finally {
      keysLoading = false;
    }
    // Asked again while this request ran (after an issue or revoke): its answer may already be stale.
    if (keysWanted) loadKeys();
  }

  function formatIssued(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : `since ${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
  }

  function renderKeys() {
    const lead = isLead();
    show($('keys-loading'), keys === null);
    show($('issue-form'), lead);
    replace(
      $('key-list'),
      (keys ?? []).map((key) =>
        el(
          'li',
          { class: key.yours ? 'key yours' : 'key', 'data-test': 'facilitator-key', 'data-key-id': key.keyId },
          el(
            'span',
            { class: 'key-who' },
            el('span', { class: 'key-label', text: key.label }),
            key.yours ? el('span', { class: 'key-you', text: ' (you)' }) : null,
          ),
          el('span', { class: key.lead ? 'tag lead' : 'tag', text: key.lead ? 'lead' : 'co-facilitator' }),
          el('span', { class: 'hint key-issued', text: formatIssued(key.issuedAt) }),
          lead && !key.yours
            ? el('button', {
                type: 'button',
                class: 'button small quiet',
                'data-test': 'revoke-key',
                'data-key-id': key.keyId,
                'aria-label': `Revoke the link of ${key.label}`,
                text: 'Revoke',
                onclick: (event) => revokeKey(key, event.currentTarget),
              })
            : null,
        ),
      ),
    );
  }

  async function revokeKey(key, button) {
    ctx.showError('');
    setText($('keys-status'), '');
    button.disabled = true;
    try {
      await deleteJson(teamUrl(`keys/${encodeURIComponent(key.keyId)}`), auth());
      setText($('keys-status'), `Revoked the link of ${key.label}; their consoles are disconnected.`);
    } catch (error) {
      ctx.showApiError(error);
      button.disabled = false;
    }
    loadKeys();
  }

  function setUpFacilitatorsCard() {
    const labelInput = byTest('co-facilitator-label');
    const issueButton = byTest('issue-key');
    $('issue-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const label = labelInput.value.trim();
      if (!label) {
        ctx.showError('Type the name of the person the link is for.');
        return;
      }
      ctx.showError('');
      setText($('keys-status'), '');
      issueButton.disabled = true;
      let issued;
      try {
        issued = await postJson(teamUrl('keys'), { label, sessionId: ctx.sessionId }, auth());
      } catch (error) {
        issueButton.disabled = false;
        ctx.showApiError(error, issueButton);
        return;
      }
      issueButton.disabled = false;
      labelInput.value = '';
      showIssued(issued);
      loadKeys();
    });

    byTest('copy-issued-link').addEventListener('click', async () => {
      const copied = await copyFrom(byTest('issued-link'));
      setText($('issued-status'), copied ? 'Copied. Now send it privately.' : 'Select the link and copy it.');
    });
    // The link is not kept anywhere: once dismissed it cannot be shown again (a new one can be made).
    byTest('dismiss-issued-link').addEventListener('click', () => {
      byTest('issued-link').value = '';
      show($('issued'), false);
    });

    byTest('rotate-key').addEventListener('click', rotateKey);
  }

  /** The server shows a new key once; so does this page, until dismissed or reloaded. */
  function showIssued(issued) {
    byTest('issued-link').value = new URL(issued.consoleUrl, location.href).href;
    setText($('issued-label'), `Console link for ${issued.label}`);
    setText(
      $('issued-warning'),
      `Send this link to ${issued.label} privately, never on the projector or in a group chat: anyone who has it can run this session. It is shown only this once.`,
    );
    setText($('issued-status'), '');
    show($('issued'), true);
    byTest('issued-link').select();
  }

  async function rotateKey() {
    const ok = confirm(
      'Rotate your facilitator key?\n\nYour old link will stop working on every device. This console switches to the new link; open that on your other devices.',
    );
    if (!ok) return;
    const button = byTest('rotate-key');
    ctx.showError('');
    setText($('rotate-status'), '');
    button.disabled = true;
    // The server closes this console's connection as it rotates, possibly before its answer arrives;
    // accessLost() waits for this promise to tell that apart from a revocation.
    rotation = postJson(teamUrl('keys/rotate'), { sessionId: ctx.sessionId }, auth()).then(
      (rotated) => {
        useKey(rotated.key);
        return true;
      },
      (error) => {
        button.disabled = false;
        ctx.showApiError(error, button);
        return false;
      },
    );
    const rotated = await rotation;
    rotation = null;
    if (!rotated) return;
    button.disabled = false;
    setText($('rotate-status'), 'Done: the link above is your new one. The old one no longer works.');
    ctx.live.restart();
    loadKeys();
  }

  /** From now on this console, its stored copy, its address bar and its link field use `key`. */
  function useKey(key) {
    ctx.useKey(key);
    showSecretLink(ctx);
  }

  /**
   * The server revoked this console's key (CredentialRevoked) or refused a reconnect. Either can come
   * from this console's own rotation (the old key dies before the answer with the new one arrives), so
   * that is waited for, and the key is checked against the API before the console gives up.
   */
  async function accessLost(message, revoked) {
    const usedKey = ctx.live.token;
    if (revoked) ctx.live.stop(); // a refused connection has stopped already
    if (rotation && (await rotation)) return; // rotateKey() reconnects with the new key
    const verdict = await checkKey();
    if (verdict === 'valid') {
      // The revoked or refused key was an older one: connect with the current one.
      if (revoked || usedKey !== ctx.key) {
        ctx.live.restart();
        return;
      }
      ctx.showError(message); // refused for another reason (e.g. the session is gone); a reload tries again
      return;
    }
    if (verdict === 'invalid' || revoked) {
      // The key is dead: forget it, also in the address bar, so a reload shows this notice, not an error.
      ctx.forgetKey();
      ctx.showNoKey('The key this browser had no longer works.');
    } else if (!ctx.snapshots.session) {
      ctx.showNoKey('This browser’s key was not accepted.');
    }
    ctx.showError(message);
  }

  /** 'valid' | 'invalid' | 'unknown': whether the API still takes the current key. */
  async function checkKey() {
    if (!ctx.snapshots.session?.teamId) return 'unknown';
    try {
      keys = (await getJson(teamUrl('keys'), auth())).keys ?? [];
      renderKeys();
      return 'valid';
    } catch (error) {
      return error.status === 401 || error.status === 403 ? 'invalid' : 'unknown';
    }
  }

  setUpFacilitatorsCard();
  return {
    loadKeys,
    accessLost,
    /** Keys are (re)loaded once the session snapshot brings the team id. */
    get keysWanted() {
      return keysWanted;
    },
  };
}
