// The live part of the phone: the session's current activity, whatever its kind. This shell draws
// what every kind shares (title, status, timer, privacy, "12 of 15 have taken part", save status) and
// hands the body to the kind's phone view from the registry. Input goes through the shared sender.

import { byTest, replace, setText, show } from '/js/dom.js';
import { compareVersions } from '/js/live-connection.js';
import { createSnapshots } from '/js/snapshots.js';
import { createContributionSender } from '/js/contribution-sender.js';
import { createKeptContributions } from '/js/kept-contributions.js';
import { addStylesOf, loadKinds } from '/js/activities/registry.js';
import { createLookBack } from '/js/phone/look-back.js';
import {
  audienceStatusText,
  createCountdown,
  stepTimerOf,
  normalizeStatus,
  participation,
  stageMoment,
  takesInput,
  wordsOf,
} from '/js/activity-stage.js';

const $ = (id) => document.getElementById(id);
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * showError(text) for the page's alert region; showTitles(teamName, title) for the header. Returns
 * { handlers, attach(live, joined), detach() } for one connection at a time.
 */
export function createPhoneActivity({ showError, showTitles }) {
  const snapshots = createSnapshots();
  const updateCountdown = createCountdown(byTest('time-left'));
  let kinds = null; // Map(name → kind) once the registry has loaded
  let live = null;
  let sender = null;
  let kept = null;
  let mounted = null; // { activityId, kind, view } the body currently shows
  let moment = ''; // see stageMoment: a change is brought into view

  loadKinds().then((loaded) => {
    kinds = loaded;
    render();
  });

  const lookBack = createLookBack({ kinds: () => kinds, live: () => live, onChange: () => render(), showError });

  const kindOf = (activityId) => kinds?.get(snapshots.activity(activityId)?.kind);

  const handlers = {
    SessionChanged(view) {
      if (snapshots.applySession(view)) render();
    },
    ActivityChanged(view) {
      if (snapshots.applyActivity(view)) render();
    },
    ContributionChanged(contribution) {
      if (!contribution?.activityId) return;
      // A push older than the contribution this page holds was overtaken on its way (a teammate's change
      // sent out just before this phone's own receipt came back), not a loss: keep the newer one, and do
      // not send it again. What the server holds after a reconnect is asked for with GetContribution
      // (fetchContribution), whose answer is taken whatever its revision, and healed there.
      const held = snapshots.contribution(contribution.activityId);
      if (held && compareVersions(contribution.revision, held.revision) < 0) return;
      snapshots.replaceContribution(contribution);
      sendAgainIfLost(contribution);
      render();
    },
  };

  function attach(connection, joined) {
    live = connection;
    snapshots.clearContributions(); // after a rejoin this may be another participant
    kept = createKeptContributions(joined.participantId, kindOf);
    sender = createContributionSender({
      live,
      onContribution: (contribution) => snapshots.applyContribution(contribution),
      onStored: ({ activityId, submissionId, input, contribution }) =>
        kept.set(activityId, { revision: contribution?.revision ?? 0, submissionId, input }),
      onError: showError,
      onStatus: (text) => setText($('save-status'), text),
      onChange: render,
    });
    live.onConnected(() => {
      fetchContribution();
      sender.flush(); // anything given while offline goes out now, with its original submission id
    });
    render();
  }

  function detach() {
    live = null;
    sender = null;
  }

  function fetchContribution() {
    const view = snapshots.current();
    if (!view || !live?.connected) return;
    live
      .invoke('GetContribution', view.activityId)
      .then((contribution) => {
        if (!contribution?.activityId) return;
        snapshots.replaceContribution(contribution);
        sendAgainIfLost(contribution);
        render();
      })
      .catch(() => {}); // the server also pushes ContributionChanged after connecting; this fills a gap
  }

  /**
   * Defence in depth: the server told this phone its contribution was stored, with a revision.
   * Revisions only go up, so a server now holding an older one has lost that change (its storage went
   * back in time). Send it again, with the same submission id, and say so on the screen.
   */
  function sendAgainIfLost(contribution) {
    const mine = kept?.get(contribution.activityId);
    if (!mine?.input || compareVersions(contribution.revision, mine.revision) >= 0) return;
    sender?.sendAgain(contribution.activityId, mine.input, mine.submissionId);
  }

  function render() {
    const session = snapshots.session;
    if (!session) return;
    if (!session.exists) {
      show($('activity'), false);
      show($('waiting'), true);
      setText($('waiting'), 'This session is no longer open.');
      return;
    }
    showTitles(session.teamName, session.title);

    lookBack.render(session);
    if (lookBack.active) {
      // One body at a time: the live one is drawn again, from the snapshots, on the way back.
      if (mounted) replace($('activity-body'));
      mounted = null;
      show($('waiting'), false);
      show($('activity'), false);
      return;
    }

    const view = snapshots.current();
    const kind = view ? kinds?.get(view.kind) : undefined;
    show($('waiting'), !kind);
    show($('activity'), Boolean(kind));
    if (!kind) {
      let waiting = 'Waiting for the facilitator…';
      if (view && kinds) waiting = 'Look at the board for this activity.';
      else if (session.currentActivityId) waiting = 'Loading the activity…';
      setText($('waiting'), waiting);
      return;
    }

    if (mounted?.activityId !== view.activityId) mount(kind, view);
    const words = wordsOf(kind);
    const stage = view.stage ?? {};
    const status = normalizeStatus(stage.status);
    setText($('activity-title'), stage.title);
    const statusNode = byTest('voting-status');
    statusNode.dataset.status = status;
    setText(statusNode, audienceStatusText(status, words));
    updateCountdown(stage, stepTimerOf(session, view.activityId));
    showPrivacy(stage, words);
    const taken = participation(stage, session, words);
    setText(byTest('participation'), taken.of === null ? `${taken.count} ${taken.verb}` : `${taken.count} of ${taken.of} ${taken.verb}`);
    // Nothing to open or take part in (see takesInput): no status, no privacy note, no count.
    const input = takesInput(kind);
    show(statusNode, input);
    show(byTest('participation'), input);
    if (!input) show($('privacy'), false);

    mounted.instance.update(view, snapshots.contribution(view.activityId), session);
    bringChangesIntoView(view, words);
  }

  function mount(kind, view) {
    addStylesOf(kind);
    const body = $('activity-body');
    replace(body);
    setText($('save-status'), '');
    const activityId = view.activityId;
    mounted = {
      activityId,
      instance: kind.phone(body, {
        // options: { aside: true } for input beside the contribution (see contribution-sender.js).
        submit: (input, options) => sender?.submit(activityId, input, options) ?? Promise.resolve(null),
        pending: () => sender?.pending(activityId) ?? null,
        showError,
      }),
    };
    if (!snapshots.hasContribution(activityId)) fetchContribution();
    // A contribution that arrived before the kinds had loaded (or before the activity's view) could not
    // be checked against one kept under a kind's older key: check it now that the kind is known.
    else sendAgainIfLost(snapshots.contribution(activityId));
  }

  /**
   * What changes for everyone (another activity, opened, closed, results out) is said in words and
   * scrolled into view: a phone scrolled down to its last card would otherwise miss a reveal.
   */
  function bringChangesIntoView(view, words) {
    const next = stageMoment(view);
    if (next === moment) return;
    const before = moment;
    moment = next;
    if (!before) return; // the first picture after loading is not news
    const [activityBefore, statusBefore, visibleBefore] = before.split('|');
    const stage = view.stage ?? {};
    const status = normalizeStatus(stage.status);
    // The status itself is said once, by the status tag (a live region): news only says what the tag
    // cannot, and a change of status makes the tag stand out instead of repeating it in words.
    let news = '';
    if (activityBefore !== view.activityId) news = `New activity: ${stage.title}`;
    else if (stage.resultsVisibleToAll && visibleBefore !== 'true') news = words.resultsOut;
    setText(byTest('stage-news'), news);
    if (status !== statusBefore) markChanged(byTest('voting-status'));
    $('activity').scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** Restarts the tag's "just changed" highlight (none with reduced motion: see live.css). */
  function markChanged(node) {
    if (!node) return;
    node.classList.remove('just-changed');
    void node.offsetWidth; // a reflow, so the same animation runs again
    node.classList.add('just-changed');
  }

  /** Tells people whether the facilitator can see that they took part, before they do. */
  function showPrivacy(stage, words) {
    const known = typeof stage.anonymous === 'boolean';
    show($('privacy'), known);
    // Within the activity: a phone holding the facilitator role also shows the console's own tag.
    show(byTest('anonymous-tag', $('activity')), stage.anonymous === true);
    setText(byTest('privacy-note'), stage.anonymous ? words.anonymousNote : words.namedNote);
  }

  return { handlers, attach, detach, render };
}
