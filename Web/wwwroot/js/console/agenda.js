// The "Agenda" card: every item of the session, which is on the board, and the steps a facilitator
// takes on it (show, move, copy, remove, undo, redo). Every step is made on the agenda as shown here:
// if another facilitator moved on meanwhile, the server refuses it and says who did what.

import { el, replace, setText, show } from '/js/dom.js';
import { facilitatorStatusText, wordsOf } from '/js/activity-stage.js';
import { markNextStep, nextStep } from '/js/console/next-step.js';

const $ = (id) => document.getElementById(id);

export function setUpAgenda(ctx, kinds) {
  let drawn = '';
  const busy = () => [...ctx.busy].some((name) => name.startsWith('step:'));

  $('undo-step').addEventListener('click', () => ctx.step('undo'));
  $('redo-step').addEventListener('click', () => ctx.step('redo'));

  /** Removing takes nothing away (contributions stay stored, undo puts it back), but asks first when people took part. */
  function remove(item) {
    const view = ctx.snapshots.activity(item.activityId);
    const taken = Number(view?.stage?.contributors ?? 0);
    if (taken > 0) {
      const ok = confirm(
        `Remove “${item.title}” from the agenda?\n\n${taken} ${taken === 1 ? 'person has' : 'people have'} taken part. ` +
          'What they gave stays stored, and Undo puts the activity back.',
      );
      if (!ok) return;
    }
    ctx.step('remove', { activityId: item.activityId });
  }

  function render() {
    const session = ctx.snapshots.session;
    if (!session?.exists) return;
    const items = session.activities ?? [];
    const next = nextStep(session, ctx.snapshots.current(), kinds);
    renderUndo(session);
    // Presence changes arrive often; only rebuild (and lose keyboard focus) when the agenda changed.
    const signature = JSON.stringify([
      items,
      session.currentActivityId,
      items.map((item) => ctx.snapshots.activity(item.activityId)?.stage?.status),
      busy(),
      next,
      kinds.size,
    ]);
    if (signature === drawn) return;
    drawn = signature;
    show($('agenda-empty'), items.length === 0);
    replace(
      $('agenda-list'),
      items.map((item, index) => agendaItem(session, item, index, items.length, next)),
    );
  }

  function agendaItem(session, item, index, count, next) {
    const isCurrent = item.activityId === session.currentActivityId;
    const view = ctx.snapshots.activity(item.activityId);
    const kind = kinds.get(item.kind);
    const detail = [kind?.label ?? item.kind, view ? facilitatorStatusText(view.stage?.status, wordsOf(kind)) : '']
      .filter(Boolean)
      .join(' · ');
    const stepping = busy();
    const showButton = el('button', {
      type: 'button',
      class: 'button small',
      'data-test': 'show-activity',
      'data-activity-id': item.activityId,
      disabled: isCurrent || stepping,
      text: isCurrent ? 'Showing' : 'Show on board',
      onclick: () => ctx.step('show', { activityId: item.activityId }),
    });
    markNextStep(showButton, next.step === 'show' && next.showActivityId === item.activityId);
    const small = (test, text, label, disabled, onclick) =>
      el('button', { type: 'button', class: 'button small quiet', 'data-test': test, 'aria-label': label, title: label, disabled: disabled || stepping, text, onclick });
    return el(
      'li',
      {
        class: isCurrent ? 'agenda-item current' : 'agenda-item',
        'aria-current': isCurrent ? 'true' : null,
        'data-test': 'agenda-item',
        'data-activity-id': item.activityId,
      },
      el('span', { class: 'agenda-title', text: `${index + 1}. ${item.title}` }),
      el('span', { class: 'hint', text: isCurrent ? `On the board · ${detail}` : detail }),
      showButton,
      el(
        'span',
        { class: 'agenda-tools' },
        small('move-up', '↑', `Move “${item.title}” up`, index === 0, () => ctx.step('move', { activityId: item.activityId, position: index - 1 })),
        small('move-down', '↓', `Move “${item.title}” down`, index === count - 1, () => ctx.step('move', { activityId: item.activityId, position: index + 1 })),
        small('duplicate', 'Copy', `Copy “${item.title}” (set up the same, with nothing in it)`, false, () => ctx.step('duplicate', { activityId: item.activityId })),
        small('remove', 'Remove', `Remove “${item.title}” from the agenda`, false, () => remove(item)),
      ),
    );
  }

  /** "Undo: show “Culture”" — the button says what it takes back. */
  function renderUndo(session) {
    const stepping = busy();
    const undo = $('undo-step');
    const redo = $('redo-step');
    undo.disabled = !session.undoLabel || stepping;
    redo.disabled = !session.redoLabel || stepping;
    setText(undo, session.undoLabel ? `Undo: ${session.undoLabel}` : 'Undo');
    setText(redo, session.redoLabel ? `Redo: ${session.redoLabel}` : 'Redo');
  }

  ctx.onRender(render);
}
