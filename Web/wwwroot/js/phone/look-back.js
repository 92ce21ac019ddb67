// Looking back on a phone: the earlier steps of the agenda, read-only, while the facilitator runs the
// room. The phone follows the facilitator: when the step on screen changes, it comes back to it.

import { byTest, el, replace, setText, show } from '/js/dom.js';
import { addStylesOf } from '/js/activities/registry.js';

const $ = (id) => document.getElementById(id);

/**
 * kinds() gives the loaded kinds (or null), live() the connection, onChange() re-renders the phone.
 * Returns { render(session), active }: render draws the list of earlier steps and, when one is open,
 * the read-only view of it; active is true while the phone looks back (the live step is then hidden).
 */
export function createLookBack({ kinds, live, onChange, showError }) {
  let looking = null; // { activityId, from: the step on screen when it opened }
  let drawn = '';

  byTest('back-to-now').addEventListener('click', () => close('', true));

  async function open(item, session) {
    showError('');
    try {
      const answer = await live()?.invoke('LookBack', item.activityId);
      if (!answer?.view) return;
      const kind = kinds()?.get(answer.view.kind);
      if (!kind) return;
      looking = { activityId: item.activityId, from: session.currentActivityId };
      await addStylesOf(kind);
      setText($('look-back-title'), answer.view.stage?.title ?? item.title);
      const body = $('look-back-body');
      replace(body);
      // The kind's own phone view, shown as closed: it draws what was given and the results the room may
      // see, and takes no input (anything sent would go nowhere: submit does nothing).
      const instance = kind.phone(body, { submit: () => Promise.resolve(null), pending: () => null, showError });
      instance.update({ ...answer.view, stage: { ...answer.view.stage, status: 'closed' } }, answer.contribution, session);
      setText(byTest('look-back-news'), '');
      onChange();
      $('look-back').scrollIntoView({ block: 'start' });
    } catch (error) {
      showError('Could not open that step just now. Try again in a moment.');
    }
  }

  function close(news, focusNow) {
    if (!looking) return;
    looking = null;
    replace($('look-back-body'));
    setText(byTest('look-back-news'), news);
    onChange();
    if (focusNow) $('activity')?.scrollIntoView({ block: 'start' });
  }

  function render(session) {
    // Brought back as soon as the facilitator moves on.
    if (looking && (session.currentActivityId !== looking.from || !(session.activities ?? []).some((a) => a.activityId === looking.activityId))) {
      close('The facilitator moved on: you are back with the room.', true);
    }
    show($('look-back'), Boolean(looking));
    const items = session.activities ?? [];
    const at = items.findIndex((item) => item.activityId === session.currentActivityId);
    const earlier = at > 0 ? items.slice(0, at) : [];
    show($('earlier'), earlier.length > 0);
    const signature = JSON.stringify([earlier, looking?.activityId]);
    if (signature === drawn) return;
    drawn = signature;
    replace(
      $('earlier-list'),
      earlier.map((item) =>
        el(
          'li',
          {},
          el('button', {
            type: 'button',
            class: 'button small quiet',
            'data-test': 'look-back',
            'data-activity-id': item.activityId,
            'aria-pressed': looking?.activityId === item.activityId ? 'true' : 'false',
            text: item.title,
            onclick: () => open(item, session),
          }),
        ),
      ),
    );
  }

  return {
    render,
    get active() {
      return looking !== null;
    },
  };
}
