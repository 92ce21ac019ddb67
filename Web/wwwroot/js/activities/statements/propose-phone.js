// The phone's "Propose a statement": a small form while the facilitator takes proposals and the vote is
// open, and the participant's own proposals with what became of each, in words. A proposal goes out
// beside the ballot ({ aside: true }), so neither ever replaces the other on its way to the server.

import { el, replace, setText, show } from '/js/dom.js';
import { normalizeStatus } from '/js/activity-stage.js';

/** What became of a proposal, as its author reads it. */
export function proposalStatusWords(proposal) {
  switch (String(proposal.status ?? '').toLowerCase()) {
    case 'accepted':
    case '1':
      return `On the ballot as: ${proposal.statement ?? proposal.text}`;
    case 'merged':
    case '2':
      return `Merged with: ${proposal.statement ?? ''}`;
    case 'declined':
    case '3':
      return 'Not taken up this time';
    default:
      return 'Waiting for the facilitator';
  }
}

export function proposePhone(root, ctx) {
  const input = el('input', { id: 'sv-propose-input', 'data-test': 'propose-input', maxlength: 200, autocomplete: 'off', required: true });
  const send = el('button', { type: 'submit', class: 'button', 'data-test': 'propose-submit', text: 'Propose' });
  const form = el(
    'form',
    { class: 'sv-propose', 'data-test': 'propose-form' },
    el('label', { for: input.id, text: 'Propose a statement' }),
    el('p', { class: 'hint', id: 'sv-propose-hint', text: 'The facilitator decides what goes on the ballot.' }),
    el('div', { class: 'sv-inline' }, input, send),
  );
  input.setAttribute('aria-describedby', 'sv-propose-hint');
  const list = el('ul', { class: 'sv-own-proposals', 'data-test': 'own-proposals', 'aria-labelledby': 'sv-own-heading' });
  const own = el('div', { class: 'sv-own', hidden: true }, el('h3', { id: 'sv-own-heading', text: 'Your proposals' }), list);
  const section = el('section', { class: 'sv-phone-proposals', 'aria-label': 'Proposals', hidden: true }, form, own);
  root.append(section);

  let sending = false;
  let drawn = ''; // the own proposals last drawn
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || sending) {
      if (!text) ctx.showError('Write the statement you would like on the ballot.');
      return;
    }
    sending = true;
    send.disabled = true;
    const answer = await ctx.submit({ propose: text }, { aside: true });
    sending = false;
    send.disabled = false;
    // Kept when refused (the reason is on screen), so the words can be changed and sent again.
    if (answer?.accepted && input.value.trim() === text) input.value = '';
  });

  return {
    update(view, contribution) {
      const open = normalizeStatus(view.stage?.status) === 'open';
      const mine = contribution?.proposals ?? [];
      show(form, Boolean(view.allowProposals) && open);
      show(own, mine.length > 0);
      show(section, (Boolean(view.allowProposals) && open) || mine.length > 0);
      const key = JSON.stringify(mine);
      if (drawn === key) return;
      drawn = key;
      replace(
        list,
        mine.map((proposal) => {
          const item = el(
            'li',
            { class: 'sv-own-proposal', 'data-test': 'own-proposal', 'data-status': String(proposal.status ?? '').toLowerCase() },
            el('span', { class: 'sv-own-text', 'data-test': 'own-proposal-text', text: proposal.text }),
            el('span', { class: 'sv-own-status', 'data-test': 'own-proposal-status', text: proposalStatusWords(proposal) }),
          );
          return item;
        }),
      );
    },
  };
}
