// The "Invite the room" card: join code, QR, join and board links, closing to newcomers, and the
// facilitator's own secret link.

import { byTest, setText, show, showJoinCode } from '/js/dom.js';
import { getJson, retryWhileUnreachable } from '/js/api.js';
import { copyFrom } from '/js/console/context.js';

const $ = (id) => document.getElementById(id);

export function setUpInvite(ctx) {
  const { sessionId } = ctx;
  $('join-qr').src = `/api/sessions/${encodeURIComponent(sessionId)}/join-qr.svg`;
  // The board usually runs on this same laptop, so a same-origin link is the most reliable.
  $('board-link').href = `/board/${encodeURIComponent(sessionId)}`;

  byTest('close-joining').addEventListener('click', () => ctx.command('SetJoiningOpen', 'SetJoiningOpen', false));
  byTest('open-joining').addEventListener('click', () => ctx.command('SetJoiningOpen', 'SetJoiningOpen', true));

  showSecretLink(ctx);
  $('copy-link').addEventListener('click', async () => {
    const copied = await copyFrom($('facilitator-link'));
    setText($('copy-status'), copied ? 'Copied. Keep it somewhere private.' : 'Select the link and copy it.');
  });

  let linksLoaded = false;
  let linksLoading = false;

  /** The LAN join link (phones cannot use "localhost"); fetched after connecting, until it works once. */
  async function loadLinks() {
    if (linksLoaded || linksLoading) return;
    linksLoading = true;
    try {
      const links = await retryWhileUnreachable(() => getJson(`/api/sessions/${encodeURIComponent(sessionId)}/links`));
      linksLoaded = true;
      showJoinLink(links.joinUrl);
      setText($('board-url'), links.boardUrl ? `(on another computer: ${links.boardUrl})` : '');
    } catch (error) {
      ctx.showError(error.message);
    } finally {
      linksLoading = false;
    }
  }

  function render() {
    const session = ctx.snapshots.session;
    if (!session?.exists) return;
    showJoinCode(byTest('join-code'), session.joinCode);
    const joiningOpen = session.joiningOpen !== false;
    show(byTest('close-joining'), joiningOpen);
    show(byTest('open-joining'), !joiningOpen);
    byTest('close-joining').disabled = ctx.busy.has('SetJoiningOpen');
    byTest('open-joining').disabled = ctx.busy.has('SetJoiningOpen');
    setText(byTest('joining-state'), joiningOpen ? 'Anyone with the code can join.' : 'Closed: only people already in the team get back in.');
    if (!linksLoaded && session.joinCode) showJoinLink(`${location.origin}/join/${encodeURIComponent(session.joinCode)}`);
  }

  ctx.onRender(render);
  return { loadLinks };
}

export function showSecretLink(ctx) {
  $('facilitator-link').value = `${location.origin}${location.pathname}#key=${encodeURIComponent(ctx.key)}`;
}

function showJoinLink(url) {
  const link = $('join-link');
  link.href = url;
  setText(link, url);
}
