// The console's "Proposals" card: whether participants may propose statements, and each proposal
// waiting for the facilitator with what to do with it: accept as typed, edit and accept, merge into a
// statement already on the ballot, or decline. Rows are kept per proposal, so a view arriving while the
// facilitator edits one never takes the words out from under them.

import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';

export function proposalsConsole(root, ctx) {
  const toggle = el('input', { id: 'sv-allow-proposals-now', type: 'checkbox', 'data-test': 'allow-proposals-toggle', onchange: () => setAllowed(toggle.checked) });
  const count = el('p', { class: 'hint', 'data-test': 'proposals-count', role: 'status', 'aria-live': 'polite' });
  const list = el('ul', { class: 'sv-proposals', 'data-test': 'proposals-list', 'aria-label': 'Proposals waiting for you' });
  const card = el(
    'section',
    { class: 'sv-card', 'data-test': 'proposals-card', 'aria-labelledby': 'sv-proposals-heading' },
    el('h3', { id: 'sv-proposals-heading', text: 'Proposals' }),
    el('div', { class: 'checkbox' }, toggle, el('label', { for: toggle.id, text: 'Participants may propose statements' })),
    count,
    list,
  );
  root.append(card);

  const rows = new Map(); // proposalId → row parts
  let statements = [];
  let serial = 0; // ids for each row's labelled fields

  async function steer(command) {
    ctx.showError('');
    try {
      await ctx.steer(command);
      return true;
    } catch (error) {
      ctx.showError(error.message);
      return false;
    }
  }

  // Asked for and not yet in a view: views arriving meanwhile (and redraws while the command is on its
  // way) still carry the old value, and must not flip the box back under the facilitator's finger.
  let asked = null;
  let allowed = false; // as the newest view says

  async function setAllowed(on) {
    asked = on;
    if (!(await steer({ name: 'proposals', text: on ? 'on' : 'off' }))) {
      asked = null;
      toggle.checked = allowed;
    }
  }

  function buildRow(proposal) {
    const n = ++serial;
    const edit = el('input', { id: `sv-edit-${n}`, 'data-test': 'proposal-edit', maxlength: 200, value: proposal.text });
    const merge = el('select', { id: `sv-merge-${n}`, 'data-test': 'proposal-merge-into' });
    const text = el('p', { class: 'sv-proposal-text', 'data-test': 'proposal-text' });
    const author = el('p', { class: 'hint sv-proposal-author', 'data-test': 'proposal-author' });
    const id = proposal.proposalId;
    const act = (button, command) => async () => {
      button.disabled = true;
      await steer(command());
      button.disabled = false;
    };
    const accept = el('button', { type: 'button', class: 'button small', 'data-test': 'accept-proposal', text: 'Accept' });
    accept.addEventListener('click', act(accept, () => ({ name: 'accept-proposal', target: id })));
    const acceptEdited = el('button', { type: 'button', class: 'button small', 'data-test': 'accept-edited-proposal', text: 'Accept as edited' });
    acceptEdited.addEventListener('click', act(acceptEdited, () => ({ name: 'accept-proposal', target: id, text: edit.value.trim() })));
    const mergeButton = el('button', { type: 'button', class: 'button small', 'data-test': 'merge-proposal', text: 'Merge' });
    mergeButton.addEventListener('click', act(mergeButton, () => ({ name: 'merge-proposal', target: id, text: merge.value })));
    const decline = el('button', { type: 'button', class: 'button small quiet', 'data-test': 'decline-proposal', text: 'Decline' });
    decline.addEventListener('click', act(decline, () => ({ name: 'decline-proposal', target: id })));
    const row = el(
      'li',
      { class: 'sv-proposal', 'data-test': 'proposal', 'data-proposal-id': id },
      text,
      author,
      el('div', { class: 'controls' }, accept, decline),
      el(
        'div',
        { class: 'sv-proposal-choices' },
        el('div', { class: 'sv-proposal-edit' }, el('label', { for: edit.id, text: 'Edit, then accept' }), el('div', { class: 'sv-inline' }, edit, acceptEdited)),
        el('div', { class: 'sv-proposal-merge' }, el('label', { for: merge.id, text: 'Merge into…' }), el('div', { class: 'sv-inline' }, merge, mergeButton)),
      ),
    );
    return { row, text, author, merge, mergeKey: '' };
  }

  function fillMerge(parts) {
    const key = JSON.stringify(statements);
    if (parts.mergeKey === key) return;
    parts.mergeKey = key;
    const chosen = parts.merge.value;
    replace(parts.merge, statements.map((s) => el('option', { value: s.statementId, text: s.text })));
    if (statements.some((s) => s.statementId === chosen)) parts.merge.value = chosen;
  }

  return {
    update(view) {
      // A vote spread over shards for a very large room takes no proposals (views of kinds that always
      // can leave the field out).
      show(card, view.proposalsPossible !== false);
      allowed = Boolean(view.allowProposals);
      if (asked === allowed) asked = null;
      toggle.checked = asked ?? allowed;
      statements = view.statements ?? [];
      const waiting = view.proposals ?? [];
      setText(
        count,
        waiting.length === 0
          ? view.allowProposals ? 'No proposals waiting.' : 'Tick the box to let participants propose statements; you decide what reaches the ballot.'
          : `${waiting.length} ${plural(waiting.length, 'proposal', 'proposals')} waiting for you.`,
      );
      const still = new Set(waiting.map((p) => p.proposalId));
      for (const [id, parts] of rows) {
        if (!still.has(id)) {
          parts.row.remove();
          rows.delete(id);
        }
      }
      waiting.forEach((proposal, index) => {
        let parts = rows.get(proposal.proposalId);
        if (!parts) {
          parts = buildRow(proposal);
          rows.set(proposal.proposalId, parts);
        }
        setText(parts.text, proposal.text);
        const name = proposal.authorId ? ctx.names?.get(proposal.authorId) : null;
        setText(parts.author, proposal.authorId ? `Proposed by ${name ?? 'a participant who has left'}` : '');
        show(parts.author, Boolean(proposal.authorId));
        fillMerge(parts);
        if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
      });
      show(list, waiting.length > 0);
    },
  };
}
