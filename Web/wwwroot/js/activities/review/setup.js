// The review's own fields in the console's "add an activity" form: the team plan's commitments, read
// with the facilitator's key, those due for review ticked (review date today or earlier, UTC, and not
// done or dropped; none due: the open ones). The setup sent is the ticked ids; an empty list, when the
// plan cannot be read, lets the server offer the due ones itself.

import { el, replace, setText } from '/js/dom.js';
import { getJson } from '/js/api.js';
import { statusLabel } from './shared.js';

let forms = 0;

const closed = (c) => ['done', 'dropped', 2, 3].includes(typeof c.status === 'string' ? c.status.toLowerCase() : c.status);

/** The ids a review offers by itself, as the server picks them. */
export function dueIds(commitments, today) {
  const open = commitments.filter((c) => !closed(c));
  const due = open.filter((c) => c.draft?.reviewOn && c.draft.reviewOn <= today).sort((a, b) => (a.draft.reviewOn < b.draft.reviewOn ? -1 : 1));
  return new Set((due.length ? due : open).map((c) => c.commitmentId));
}

export function setupForm(root, ctx) {
  const id = `review-setup-${++forms}`;
  const list = el('ul', { class: 'review-setup-list', 'data-test': 'review-setup-list' });
  const status = el('p', { class: 'hint', id: `${id}-hint`, 'data-test': 'review-setup-status', role: 'status' });
  root.append(el('fieldset', { class: 'review-setup stack', 'aria-describedby': status.id }, el('legend', { text: 'Commitments to review, in order' }), status, list));

  let plan = null;
  let loadedFor = null;
  let loading = false;

  async function load() {
    const teamId = ctx.session?.()?.teamId;
    const key = ctx.key?.();
    if (!teamId || !key || loading || loadedFor === teamId) return;
    loading = true;
    try {
      plan = await getJson(`/api/teams/${encodeURIComponent(teamId)}/home/plan`, { token: key });
      loadedFor = teamId;
      draw();
    } catch (error) {
      setText(status, `Could not read the team's plan just now (${error.message}): the review will take the commitments due.`);
    } finally {
      loading = false;
    }
  }

  function draw() {
    const commitments = plan?.commitments ?? [];
    const due = dueIds(commitments, new Date().toISOString().slice(0, 10));
    replace(
      list,
      commitments.map((c) => {
        const box = el('input', { type: 'checkbox', value: c.commitmentId, 'data-test': 'review-setup-commitment' });
        box.checked = due.has(c.commitmentId);
        const when = c.draft?.reviewOn ? `, review ${c.draft.reviewOn}` : '';
        return el('li', {}, el('label', { class: 'checkbox' }, box, `${c.draft?.what ?? ''} (${statusLabel(c.status)}${when})`));
      }),
    );
    setText(status, commitments.length ? 'Ticked: the ones due for review. Tick or untick as the team needs.' : 'The team’s plan has no commitments yet.');
  }

  function reset() {
    loadedFor = null;
    load();
  }
  setText(status, 'Reading the team’s plan…');
  load();

  return {
    read() {
      const boxes = [...list.querySelectorAll('input[type="checkbox"]')];
      if (boxes.length > 0 && !boxes.some((b) => b.checked)) throw new Error('Tick at least one commitment to review.');
      return { commitmentIds: boxes.filter((b) => b.checked).map((b) => b.value) };
    },
    reset,
    describe: (own) => (own.commitmentIds?.length ? `${own.commitmentIds.length} commitment(s)` : 'the commitments due'),
    sessionChanged: load,
  };
}
