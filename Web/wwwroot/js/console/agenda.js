// The "Agenda" card: every activity of the session, which is on the board, and "Show on board".

import { el, replace, show } from '/js/dom.js';
import { facilitatorStatusText, wordsOf } from '/js/activity-stage.js';
import { markNextStep, nextStep } from '/js/console/next-step.js';

const $ = (id) => document.getElementById(id);

export function setUpAgenda(ctx, kinds) {
  let drawn = '';

  function render() {
    const session = ctx.snapshots.session;
    if (!session?.exists) return;
    const items = session.activities ?? [];
    const next = nextStep(session, ctx.snapshots.current(), kinds);
    // Presence changes arrive often; only rebuild (and lose keyboard focus) when the agenda changed.
    const signature = JSON.stringify([
      items,
      session.currentActivityId,
      items.map((item) => ctx.snapshots.activity(item.activityId)?.stage?.status),
      ctx.busy.has('ShowActivity'),
      next,
      kinds.size,
    ]);
    if (signature === drawn) return;
    drawn = signature;
    show($('agenda-empty'), items.length === 0);
    replace(
      $('agenda-list'),
      items.map((item) => {
        const isCurrent = item.activityId === session.currentActivityId;
        const view = ctx.snapshots.activity(item.activityId);
        const kind = kinds.get(item.kind);
        const detail = [kind?.label ?? item.kind, view ? facilitatorStatusText(view.stage?.status, wordsOf(kind)) : '']
          .filter(Boolean)
          .join(' · ');
        const button = el('button', {
          type: 'button',
          class: 'button small',
          'data-test': 'show-activity',
          'data-activity-id': item.activityId,
          disabled: isCurrent || ctx.busy.has('ShowActivity'),
          text: isCurrent ? 'Showing' : 'Show on board',
          onclick: () => ctx.command('ShowActivity', 'ShowActivity', item.activityId),
        });
        markNextStep(button, next.step === 'show' && next.showActivityId === item.activityId);
        return el(
          'li',
          { class: isCurrent ? 'agenda-item current' : 'agenda-item', 'aria-current': isCurrent ? 'true' : null },
          el('span', { class: 'agenda-title', text: item.title }),
          el('span', { class: 'hint', text: isCurrent ? `On the board · ${detail}` : detail }),
          button,
        );
      }),
    );
  }

  ctx.onRender(render);
}
