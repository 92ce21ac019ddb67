// The "Add an activity" card: a picker listing every registered kind, the fields every kind shares
// (title, hide results until revealed, anonymous) and the kind's own fields from its setupForm. It
// leads the console while the agenda is empty.

import { byTest, el, replace, setText, show } from '/js/dom.js';
import { newId } from '/js/live-connection.js';
import { addStylesOf } from '/js/activities/registry.js';
import { takesInput } from '/js/activity-stage.js';
import { markNextStep, nextStep } from '/js/console/next-step.js';

const $ = (id) => document.getElementById(id);

export function setUpAddActivity(ctx, kinds) {
  const form = $('add-form');
  const picker = byTest('kind-select');
  const title = byTest('activity-title-input');
  const button = byTest('add-activity');
  const status = $('add-status');
  const card = $('add-card');
  let kind = null;
  let fields = null; // what the kind's setupForm returned
  let titleEdited = false;
  // One requestId per submission, kept until the server confirms it, so pressing the button again
  // after a dropped reply repeats the same request instead of adding the activity twice.
  let pending = null;

  replace(picker, [...kinds.values()].map((k) => el('option', { value: k.name, text: k.label })));
  picker.disabled = kinds.size < 2;

  function choose(name) {
    kind = kinds.get(name) ?? null;
    if (!kind) return;
    addStylesOf(kind);
    const root = $('kind-fields');
    replace(root);
    fields = kind.setupForm(root, {
      showError: ctx.showError,
      // For a kind that builds on earlier activities (taking items from one's results, say): this
      // session, its agenda as the console sees it now, and the key to read its results with.
      sessionId: ctx.sessionId,
      session: () => ctx.snapshots.session,
      key: () => ctx.key,
    });
    if (!titleEdited) title.value = kind.defaultTitle ?? kind.label;
    // Nobody takes part in a kind without input: no results to hide, nobody to be anonymous about.
    show(byTest('activity-anonymous').closest('.checkbox'), takesInput(kind));
    // A kind whose results are what the room works on next (a guided structure's harvest) says `hidableResults: false`.
    show(byTest('hide-results-input').closest('.checkbox'), takesInput(kind) && kind?.hidableResults !== false);
  }

  picker.addEventListener('change', () => choose(picker.value));
  title.addEventListener('input', () => {
    titleEdited = true;
  });
  if (kinds.size > 0) choose(picker.value);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!kind || !fields) return;
    let own;
    try {
      own = fields.read();
    } catch (error) {
      ctx.showError(error.message);
      return;
    }
    const setup = {
      title: title.value.trim(),
      hideResultsUntilRevealed: byTest('hide-results-input').checked && kind?.hidableResults !== false,
      anonymous: byTest('activity-anonymous').checked,
      ...own,
    };
    const signature = JSON.stringify([kind.name, setup]);
    if (pending?.signature !== signature) pending = { signature, requestId: newId() };

    button.disabled = true;
    setText(status, 'Adding…');
    const hadCurrent = Boolean(ctx.snapshots.session?.currentActivityId);
    const activityId = await ctx.command('AddActivity', 'AddActivity', pending.requestId, kind.name, setup);
    button.disabled = false;
    if (!activityId) {
      setText(status, '');
      return;
    }
    pending = null;
    // The title was this activity's: the next one starts from its kind's own again.
    titleEdited = false;
    title.value = kind.defaultTitle ?? kind.label;
    const detail = fields.describe?.(own);
    setText(status, `Added “${setup.title}”${detail ? ` (${detail})` : ''}.`);
    // The first activity goes straight onto the board; later ones wait in the agenda.
    if (!hadCurrent) await ctx.command('ShowActivity', 'ShowActivity', activityId);
  });

  function render() {
    const session = ctx.snapshots.session;
    if (!session?.exists) return;
    const empty = (session.activities ?? []).length === 0;
    // An empty agenda: the form comes first, where the facilitator looks; afterwards it goes last.
    const main = card.parentElement;
    const wanted = empty ? main.firstElementChild : main.lastElementChild;
    if (wanted !== card) {
      const hadFocus = card.contains(document.activeElement) ? document.activeElement : null;
      if (empty) main.prepend(card);
      else main.append(card);
      hadFocus?.focus();
    }
    card.classList.toggle('leading', empty);
    markNextStep(button, nextStep(session, ctx.snapshots.current(), kinds).step === 'add');
    // A kind that lists the agenda (the 2×2's "Take items from…") follows it as it changes: the form
    // may have been built before the console's first view of the session arrived.
    fields?.sessionChanged?.();
  }

  ctx.onRender(render);
}
