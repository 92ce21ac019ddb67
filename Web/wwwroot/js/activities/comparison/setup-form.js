// The comparison's field in the console's "Add an activity" form: which of the team's results to set
// beside earlier sessions, listed from the team home's API with the facilitator's key.

import { getJson } from '/js/api.js';
import { el, setText } from '/js/dom.js';

let forms = 0;

const itemsOf = (group) => {
  const n = group.series.length;
  const noun = group.measure === 'count' ? 'strength' : group.measure === 'scale' ? 'question' : 'statement';
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
};

/** "Culture priorities: dots — 8 statements, 2 sessions". */
export const describeGroup = (group) => `${group.label} — ${itemsOf(group)}, ${group.sessions} session${group.sessions === 1 ? '' : 's'}`;

export function setupForm(root, ctx) {
  const id = `comparison-setup-${++forms}`;
  const select = el('select', { id: `${id}-group`, 'data-test': 'comparison-group', 'aria-describedby': `${id}-hint` });
  const hint = el('p', { class: 'hint', id: `${id}-hint`, 'aria-live': 'polite' });
  const again = el('button', { type: 'button', class: 'button small', 'data-test': 'comparison-reload', onclick: () => load() });
  again.textContent = 'Look again';
  root.append(
    el(
      'div',
      { class: 'stack comparison-setup' },
      el('div', { class: 'field' }, el('label', { for: select.id, text: 'Results to compare' }), select, hint),
      again,
    ),
  );

  let groups = [];
  let loading = null;

  async function load() {
    const teamId = ctx.session()?.teamId;
    if (!teamId || !ctx.key()) {
      setText(hint, 'The team’s results are listed once the console is connected.');
      return;
    }
    setText(hint, 'Reading the team’s results…');
    loading = getJson(`/api/teams/${encodeURIComponent(teamId)}/home/results`, { token: ctx.key() });
    try {
      const chosen = select.value;
      groups = (await loading).groups ?? [];
      select.replaceChildren(...groups.map((group) => el('option', { value: group.groupId, text: describeGroup(group) })));
      if (groups.some((g) => g.groupId === chosen)) select.value = chosen;
      setText(hint, groups.length
        ? 'This session is set beside the one before it. Points of this session are added when its activities close.'
        : 'No results yet: they are recorded when a vote on statements, a 1–5 check-in or a strengths map closes.');
    } catch (error) {
      setText(hint, `Could not read the team’s results: ${error.message}`);
    } finally {
      loading = null;
    }
  }

  load();

  return {
    sessionChanged() {
      if (!groups.length && !loading) load();
    },
    read() {
      if (!select.value) throw new Error('Choose which of the team’s results to compare. They are recorded when an activity closes.');
      return { groupId: select.value };
    },
    reset() {
      load();
    },
    describe(setup) {
      const group = groups.find((g) => g.groupId === setup.groupId);
      return group ? group.label : setup.groupId;
    },
  };
}
