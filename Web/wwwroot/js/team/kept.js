// What the team kept "for our plan" in its sessions (ideas, TRIZ first steps, 15% Solutions…), for a
// facilitator to turn into commitments. An item already in the plan says so.

import { el, replace } from '/js/dom.js';

export function renderKept(list, kept, commitments, onPromote) {
  const inPlan = (item) => commitments.some((c) => c.draft.sourceActivityId === item.activityId && c.draft.sourceItemId === item.itemId);
  replace(
    list,
    kept.map((item) =>
      el(
        'li',
        { class: 'kept-item', 'data-test': 'kept-item' },
        el('span', { class: 'kept-text', text: item.text }),
        el('span', { class: 'hint', text: ` from ${item.activityTitle}` }),
        inPlan(item)
          ? el('span', { class: 'status-tag', text: 'In the plan' })
          : el('button', {
              type: 'button',
              class: 'button',
              text: 'Make it a commitment',
              'aria-label': `Make it a commitment: “${item.text}”`,
              'data-test': 'kept-promote',
              onclick: () => onPromote({ what: item.text, sourceActivityId: item.activityId, sourceItemId: item.itemId }),
            }),
      ),
    ),
  );
}
