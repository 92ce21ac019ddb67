// A phone the facilitator role is handed to becomes a console for what it was given: for one activity,
// that activity's controls (open, close, reveal, the step timer, the kind's own console body) and moving
// on to the next; for the session, also the agenda (show, move, undo). It reuses the console's own cards
// (js/console/current-activity.js, agenda.js) on a copy of their markup, with the console's steering
// context, so every command goes through the same hub methods; the server checks the role on each one.
// Whole views reach this phone only while it holds the role (ConsoleSessionChanged, ConsoleActivityChanged).

import { byTest, setText, show } from '/js/dom.js';
import { compareVersions, hubErrorMessage } from '/js/live-connection.js';
import { createSnapshots } from '/js/snapshots.js';
import { loadKinds } from '/js/activities/registry.js';
import { addSteering } from '/js/console/context.js';
import { setUpCurrentActivity } from '/js/console/current-activity.js';
import { setUpAgenda } from '/js/console/agenda.js';
import { markNextStep, nextStep } from '/js/console/next-step.js';
import { showFacilitating, turnScope, turnWaiting } from '/js/facilitating.js';

const $ = (id) => document.getElementById(id);

/** showError(text) for the page's alert region. Returns { handlers, sessionChanged(view), attach(live, joined), detach() }. */
export function createPhoneConsole({ showError }) {
  let live = null;
  let me = null; // this phone's participant id
  let latest = null; // the newest audience session view seen
  let grant = null; // the turn this phone holds now
  let ctx = null; // the console's steering context, built on the first turn
  let kinds = null;
  let building = null;
  let news = null; // the activity on screen when the phone said its turn ended, while it says so

  byTest('hand-back').addEventListener('click', async () => {
    showError('');
    byTest('hand-back').disabled = true;
    try {
      await live?.invoke('HandBack');
    } catch (error) {
      showError(hubErrorMessage(error));
    } finally {
      byTest('hand-back').disabled = false;
    }
  });

  const handlers = {
    ConsoleSessionChanged(view) {
      if (ctx && grant && view?.grant?.grantId === grant.grantId && ctx.snapshots.applySession(view)) ctx.rerender();
    },
    ConsoleActivityChanged(view) {
      if (ctx && grant && ctx.snapshots.applyActivity(view)) ctx.rerender();
    },
  };

  /** Every session view the phone gets (the room's copy): who is facilitating, and whether it is this phone. */
  function sessionChanged(view) {
    if (!view || (latest && compareVersions(view.version, latest.version) <= 0)) return;
    if (news !== null && view.currentActivityId !== news) {
      // The room has moved on: the news that the turn ended has been read.
      setText(byTest('turn-news'), '');
      news = null;
    }
    latest = view;
    showFacilitating(byTest('facilitating'), view);
    const mine = me && view.grant?.participantId === me ? view.grant : null;
    if (mine?.grantId !== grant?.grantId) {
      if (grant) end();
      if (mine) begin(mine);
    } else if (grant) {
      renderTurn();
    }
  }

  async function begin(turn) {
    grant = turn;
    setText(byTest('turn-news'), '');
    news = null;
    show($('phone-console'), true);
    setText(byTest('phone-console-heading'), turn.activityId ? `You are facilitating “${turn.activityTitle}”` : 'You are facilitating the rest of the session');
    setText(
      byTest('phone-console-note'),
      `${turn.givenBy || 'The facilitator'} handed you the role ${turnScope(turn)}. Your phone steers the board and everyone’s phones; the facilitators can take the role back at any time.`,
    );
    await build();
    if (grant !== turn) return;
    ctx.snapshots = createSnapshots();
    fetchConsole();
    renderTurn();
    $('phone-console').scrollIntoView({ block: 'start' });
  }

  function end() {
    const ended = grant;
    grant = null;
    show($('phone-console'), false);
    if (ctx) {
      ctx.snapshots = createSnapshots();
      ctx.rerender();
    }
    if (!ended) return;
    setText(byTest('turn-news'), `Your turn facilitating ${ended.activityId ? `“${ended.activityTitle}”` : 'the session'} has ended: the facilitators steer again.`);
    news = latest?.currentActivityId ?? null;
  }

  /** The console's cards on a copy of their markup, once: later turns reuse them with fresh snapshots. */
  function build() {
    building ??= loadKinds().then((loaded) => {
      kinds = loaded;
      const body = $('phone-console-body');
      body.append($('phone-console-template').content.cloneNode(true));
      ctx = addSteering({ snapshots: createSnapshots(), live, showError });
      setUpCurrentActivity(ctx, kinds, body);
      setUpAgenda(ctx, kinds, body);
      byTest('show-my-activity', body).addEventListener('click', () => grant?.activityId && ctx.step('show', { activityId: grant.activityId }));
      byTest('move-on', body).addEventListener('click', moveOn);
      ctx.onRender(renderTurn);
    });
    return building;
  }

  /** A turn for one activity ends by putting what comes next on the board: asked first, since it cannot be taken back from here. */
  function moveOn() {
    const next = itemAfter(ctx.snapshots.session, grant?.activityId);
    if (!next) return;
    if (!confirm(`Put “${next.title}” on the board? Your turn facilitating ends there: the facilitators steer again.`)) return;
    ctx.step('show', { activityId: next.activityId });
  }

  /** Picture and activity as the console sees them, after a turn begins or the phone reconnects; changes are pushed after that. */
  async function fetchConsole() {
    const turn = grant;
    if (!turn || !live?.connected) return;
    try {
      const answer = await live.invoke('GetConsole');
      if (grant !== turn || !ctx) return;
      ctx.snapshots.applySession(answer.session);
      if (answer.activity) ctx.snapshots.applyActivity(answer.activity);
      ctx.rerender();
    } catch {
      // The turn ended meanwhile (the next session view says so), or the connection dropped: it asks again on reconnecting.
    }
  }

  /** What the phone offers for the turn: the activity on the board (or putting it there), moving on, and the agenda for a session's turn. */
  function renderTurn() {
    if (!grant || !ctx) return;
    const body = $('phone-console-body');
    const session = ctx.snapshots.session ?? latest;
    const waiting = turnWaiting(grant, session);
    show(byTest('turn-waiting', body), waiting);
    setText($('turn-waiting-text'), `“${grant.activityTitle}” is not on the board yet. Put it there when the room is ready.`);
    show(byTest('console-current', body), !waiting);
    show(byTest('console-agenda', body), !grant.activityId);
    const stepping = [...ctx.busy].some((name) => name.startsWith('step:'));
    byTest('show-my-activity', body).disabled = stepping;

    const next = grant.activityId && !waiting ? itemAfter(session, grant.activityId) : null;
    const moveOnButton = byTest('move-on', body);
    show(byTest('turn-next', body), Boolean(next));
    moveOnButton.disabled = stepping;
    if (next) {
      setText(moveOnButton, `Show “${next.title}” next`);
      const highlighted = nextStep(session, ctx.snapshots.current(), kinds);
      markNextStep(moveOnButton, highlighted.step === 'show' && highlighted.showActivityId === next.activityId);
    }
  }

  function attach(connection, joined) {
    live = connection;
    me = joined.participantId;
    latest = null;
    if (ctx) ctx.live = connection;
    live.onConnected(() => {
      if (grant) fetchConsole();
    });
  }

  function detach() {
    if (grant) {
      grant = null;
      show($('phone-console'), false);
    }
    live = null;
  }

  return { handlers, sessionChanged, attach, detach };
}

function itemAfter(session, activityId) {
  const items = session?.activities ?? [];
  const at = items.findIndex((item) => item.activityId === activityId);
  return at >= 0 ? items[at + 1] ?? null : null;
}
