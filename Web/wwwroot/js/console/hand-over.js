// The "Facilitating" card: who steers now, handing the facilitator role to someone in the room (for the
// activity on the board, another item of the agenda, or the rest of the session) and taking it back.
// Their phone becomes the console for what they were given; every step they take goes through the same
// hub methods as this console's, and this console can still steer (a step made on an older picture of
// the session is refused, whoever made it).

import { byTest, el, replace, setText, show } from '/js/dom.js';
import { distinguishNames, withMark } from '/js/people-names.js';
import { turnScope, turnWaiting } from '/js/facilitating.js';

const $ = (id) => document.getElementById(id);
const WHOLE_SESSION = 'session';

export function setUpHandOver(ctx) {
  let drawn = '';

  $('hand-over-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const participantId = $('hand-over-person').value;
    if (!participantId) {
      ctx.showError('Choose who to hand the role to: someone whose phone is here.');
      return;
    }
    const scope = $('hand-over-scope').value;
    const expectedVersion = ctx.snapshots.session?.stepVersion ?? null;
    await ctx.command('hand-over', 'HandOver', { participantId, activityId: scope === WHOLE_SESSION ? null : scope, expectedVersion });
  });

  byTest('take-back').addEventListener('click', () => ctx.command('take-back', 'TakeBack', ctx.snapshots.session?.stepVersion ?? null));

  function render() {
    const session = ctx.snapshots.session;
    if (!session?.exists) return;
    const grant = session.grant ?? null;
    setText(byTest('facilitating-now'), nowText(session, grant));
    show(byTest('take-back'), Boolean(grant));
    byTest('take-back').disabled = ctx.busy.has('take-back');
    setText(byTest('take-back'), grant ? `Take the role back from ${grant.name}` : 'Take the role back');
    byTest('hand-over').disabled = ctx.busy.has('hand-over');
    renderChoices(session);
  }

  /** The people present and the agenda; rebuilt only when they change, keeping what is chosen. */
  function renderChoices(session) {
    const present = (session.participants ?? []).filter((person) => person.present);
    const items = session.activities ?? [];
    const signature = JSON.stringify([present, items, session.currentActivityId]);
    if (signature === drawn) return;
    drawn = signature;

    const names = distinguishNames(session.participants ?? []);
    const person = $('hand-over-person');
    const chosenPerson = person.value;
    replace(
      person,
      present.length === 0 ? el('option', { value: '', text: 'Nobody is here yet' }) : null,
      present.map((p) => el('option', { value: p.participantId, text: withMark(names.get(p.participantId)) })),
    );
    if (present.some((p) => p.participantId === chosenPerson)) person.value = chosenPerson;

    const scope = $('hand-over-scope');
    const chosenScope = scope.value;
    const current = items.find((item) => item.activityId === session.currentActivityId);
    replace(
      scope,
      current ? el('option', { value: current.activityId, text: `“${current.title}” (on the board now)` }) : null,
      items.filter((item) => item !== current).map((item) => el('option', { value: item.activityId, text: `“${item.title}” (when it is on the board)` })),
      el('option', { value: WHOLE_SESSION, text: 'The rest of the session (the whole agenda)' }),
    );
    if ([...scope.options].some((option) => option.value === chosenScope)) scope.value = chosenScope;
    show($('hand-over-nobody'), present.length === 0);
  }

  function nowText(session, grant) {
    if (!grant) return session.facilitating ? `Facilitating now: ${session.facilitating}.` : 'Facilitating now: you and your co-facilitators.';
    if (turnWaiting(grant, session)) return `${grant.name} facilitates “${grant.activityTitle}” from their phone once it is on the board.`;
    return `Facilitating now: ${grant.name}, ${turnScope(grant)}, from their phone.`;
  }

  ctx.onRender(render);
}
