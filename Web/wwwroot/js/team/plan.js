// The living plan on the team home: every commitment with its status, owners, first step, review date
// and dated log; a note or a status change from anyone of the team; a rewrite by a facilitator. The
// plan arrives whole and versioned (on load and live); each card keeps its forms across updates, so a
// note being typed is never wiped by someone else's change.

import { postJson, putJson, retryWhileUnreachable } from '/js/api.js';
import { el, replace } from '/js/dom.js';
import { newId } from '/js/live-connection.js';
import { commitmentForm } from '/js/team/commitment-form.js';
import { strengthsSuggestion } from '/js/team/strengths.js';
import { STATUSES, isDue, longDate, ownerNames, reviewDate, statusLabel } from '/js/team/plan-words.js';

/**
 * ctx: { teamId, token, facilitator, members() → [{participantId, displayName}], since() → ISO date of
 * the last session's start or null, strengths() → the team's strengths map or null, showError(message),
 * showStatus(message) }.
 * Returns { render(plan), newCommitment(draft) }.
 */
export function createPlanView(list, ctx) {
  const cards = new Map(); // commitmentId → { card, body, commitment }
  let version = -1;
  const planUrl = `/api/teams/${encodeURIComponent(ctx.teamId)}/home/plan`;

  function render(plan) {
    if (plan.version <= version) return;
    version = plan.version;
    for (const commitment of plan.commitments) {
      let entry = cards.get(commitment.commitmentId);
      if (!entry) {
        entry = buildCard(commitment);
        cards.set(commitment.commitmentId, entry);
        list.append(entry.card);
      }
      entry.commitment = commitment;
      fill(entry);
    }
    list.dataset.empty = String(plan.commitments.length === 0);
  }

  function buildCard(commitment) {
    const body = el('div', { class: 'commitment-body' });
    const card = el('li', { class: 'commitment', 'data-test': 'commitment', 'data-commitment': commitment.commitmentId }, body);
    const entry = { card, body, commitment };
    card.append(noteForm(entry));
    if (ctx.facilitator) {
      card.append(editArea(entry));
      const map = ctx.strengths();
      const suggestion = map ? strengthsSuggestion(map, commitment.commitmentId) : null;
      if (suggestion) card.append(suggestion);
    }
    return entry;
  }

  function fill({ body, commitment, card }) {
    const { draft } = commitment;
    const since = ctx.since();
    const due = isDue(commitment);
    card.dataset.status = commitment.status;
    replace(
      body,
      el(
        'div',
        { class: 'commitment-head' },
        el('h3', { class: 'commitment-what', text: draft.what, 'data-test': 'commitment-title' }),
        el('span', { class: `status-tag status-${commitment.status}`, text: statusLabel(commitment.status), 'data-test': 'commitment-status' }),
        due ? el('span', { class: 'due-tag', text: 'Due for review' }) : null,
      ),
      el(
        'dl',
        { class: 'commitment-facts' },
        draft.why ? [el('dt', { text: 'Why' }), el('dd', { text: draft.why })] : null,
        el('dt', { text: 'Owners' }),
        el('dd', { text: ownerNames(draft.owners, ctx.members()), 'data-test': 'commitment-owners' }),
        draft.firstStep ? [el('dt', { text: 'First step' }), el('dd', { text: draft.firstStep })] : null,
        draft.reviewOn ? [el('dt', { text: 'Review on' }), el('dd', { text: reviewDate(draft.reviewOn) })] : null,
      ),
      commitment.notes.length
        ? el(
            'ol',
            { class: 'plan-log', 'aria-label': `Notes on “${draft.what}”`, 'data-test': 'commitment-notes' },
            [...commitment.notes].reverse().map((note) => noteLine(note, since)),
          )
        : null,
    );
  }

  function noteLine(note, since) {
    const fresh = since && note.at > since;
    return el(
      'li',
      { class: fresh ? 'plan-note is-new' : 'plan-note', 'data-test': 'plan-note' },
      el('span', { class: 'plan-note-when', text: `${longDate(note.at)} · ${note.author}` }),
      fresh ? el('span', { class: 'new-tag', text: 'New since the last session' }) : null,
      note.status ? el('span', { class: 'plan-note-status', text: `Now ${statusLabel(note.status).toLowerCase()}` }) : null,
      note.text ? el('p', { text: note.text }) : null,
    );
  }

  function noteForm(entry) {
    const id = entry.commitment.commitmentId;
    const text = el('textarea', { id: `note-${id}`, maxlength: 500, rows: 2, 'data-test': 'note-text' });
    const status = el(
      'select',
      { id: `note-status-${id}`, 'data-test': 'note-status' },
      el('option', { value: '', text: 'Status stays' }),
      STATUSES.map(([value, label]) => el('option', { value, text: label })),
    );
    const submit = el('button', { type: 'submit', class: 'button', text: 'Add to the log', 'data-test': 'note-add' });
    let noteId = newId(); // kept until stored, so a retry adds the note once
    const form = el(
      'form',
      { class: 'note-form' },
      el('label', { for: text.id, text: 'A note on how it goes' }),
      text,
      el('label', { for: status.id, text: 'Status' }),
      status,
      submit,
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        const body = { noteId, text: text.value, status: status.value || null };
        await retryWhileUnreachable(() => postJson(`${planUrl}/${encodeURIComponent(id)}/notes`, body, { token: ctx.token }), () =>
          ctx.showStatus('Not saved yet — trying again…'),
        );
        noteId = newId();
        text.value = '';
        status.value = '';
        ctx.showError('');
        ctx.showStatus('Note saved.');
      } catch (error) {
        ctx.showError(error.message);
      } finally {
        submit.disabled = false;
      }
    });
    return el('details', { class: 'note-area' }, el('summary', { text: 'Add a note or change the status', 'data-test': 'note-open' }), form);
  }

  function editArea(entry) {
    const area = el('div', { class: 'edit-area' });
    const open = el('button', {
      type: 'button',
      class: 'button',
      text: 'Rewrite',
      'data-test': 'commitment-edit',
      onclick: () => {
        const seenRevision = entry.commitment.revision;
        const form = commitmentForm({
          draft: entry.commitment.draft,
          members: ctx.members(),
          submitLabel: 'Save the rewrite',
          onCancel: close,
          onSubmit: async (draft) => {
            try {
              await putJson(`${planUrl}/${encodeURIComponent(entry.commitment.commitmentId)}`, { draft, seenRevision }, { token: ctx.token });
              ctx.showError('');
              close();
            } catch (error) {
              ctx.showError(error.message);
            }
          },
        });
        replace(area, form);
        form.querySelector('input')?.focus();
      },
    });
    function close() {
      replace(area, open);
      open.focus();
    }
    area.append(open);
    return area;
  }

  /** Writes a new commitment (from the form, or an item kept in a session), under one id until stored. */
  function newCommitment(container, prefill = {}, onDone) {
    const commitmentId = newId();
    const form = commitmentForm({
      draft: prefill,
      members: ctx.members(),
      submitLabel: 'Add to the plan',
      onCancel: onDone,
      onSubmit: async (draft) => {
        try {
          await retryWhileUnreachable(() => postJson(planUrl, { commitmentId, draft }, { token: ctx.token }), () =>
            ctx.showStatus('Not saved yet — trying again…'),
          );
          ctx.showError('');
          ctx.showStatus(`“${draft.what.trim()}” is in the plan.`);
          onDone?.();
        } catch (error) {
          ctx.showError(error.message);
        }
      },
    });
    replace(container, form);
    form.querySelector('input')?.focus();
  }

  return { render, newCommitment, commitments: () => [...cards.values()].map((c) => c.commitment) };
}
