// The team's members, for a facilitator: a one-time recovery link for anyone whose phone was replaced
// or whose browser forgot them. The link is shown once, to pass on in person or privately.

import { postJson } from '/js/api.js';
import { el, replace } from '/js/dom.js';
import { longDate } from '/js/team/plan-words.js';

export function renderMembers(list, members, { teamId, token, showError }) {
  replace(
    list,
    members.map((member) => {
      const out = el('div', { class: 'recovery-out', 'aria-live': 'polite' });
      const button = el('button', {
        type: 'button',
        class: 'button',
        text: 'Recovery link',
        'aria-label': `Recovery link for ${member.displayName}`,
        'data-test': 'recovery-issue',
        onclick: async () => {
          button.disabled = true;
          try {
            const issued = await postJson(`/api/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(member.participantId)}/recovery`, {}, { token });
            const input = el('input', { readonly: true, value: issued.link, 'aria-label': `Recovery link for ${member.displayName}`, 'data-test': 'recovery-link' });
            replace(
              out,
              input,
              el('button', { type: 'button', class: 'button', text: 'Copy', onclick: () => navigator.clipboard?.writeText(issued.link) }),
              el('p', { class: 'hint', text: `Works once, until ${longDate(issued.expiresAt)}. Opening it on the new phone makes it ${member.displayName}'s; the old one stops working.` }),
            );
            input.select();
            showError('');
          } catch (error) {
            showError(error.message);
          } finally {
            button.disabled = false;
          }
        },
      });
      return el('li', { class: 'member', 'data-test': 'member' }, el('span', { text: member.displayName }), button, out);
    }),
  );
}
