// The team's strengths map as it stands (its latest closed strengths map): how many bring each
// strength, and who, only where that map was named and the person agreed to be shown. For a commitment,
// a facilitator picks the strengths it needs and sees who brings them; the team decides who owns it.

import { el, replace } from '/js/dom.js';
import { longDate } from '/js/team/plan-words.js';

const countText = (strength) => (strength.fewerThanThree ? 'fewer than 3' : `${strength.count}`);

export function renderStrengths(box, map) {
  replace(
    box,
    el('p', { class: 'hint', text: `From “${map.sessionTitle}”, ${longDate(map.at)}.` }),
    el(
      'ul',
      { class: 'strengths-as-they-stand', 'data-test': 'team-strengths' },
      map.strengths.map((strength) =>
        el(
          'li',
          {},
          el('strong', { text: strength.name }),
          ` — ${countText(strength)}`,
          strength.people.length ? el('span', { class: 'hint', text: `: ${strength.people.join(', ')}` }) : null,
        ),
      ),
    ),
  );
}

/** A commitment's "who brings the strengths this needs": strengths to tick, and the people who bring them. */
export function strengthsSuggestion(map, commitmentId) {
  const named = map.strengths.filter((s) => s.people.length > 0);
  if (named.length === 0) return null;
  const answer = el('ul', { class: 'suggestion', 'aria-live': 'polite', 'data-test': 'strength-suggestion' });
  const boxes = named.map((strength, i) =>
    el(
      'label',
      { class: 'check' },
      el('input', {
        type: 'checkbox',
        id: `need-${commitmentId}-${i}`,
        onchange: () => show(),
      }),
      ` ${strength.name}`,
    ),
  );
  function show() {
    const chosen = named.filter((_, i) => boxes[i].querySelector('input').checked);
    replace(
      answer,
      chosen.map((strength) => el('li', {}, el('strong', { text: strength.name }), `: ${strength.people.join(', ')}`)),
    );
  }
  return el(
    'details',
    { class: 'strengths-needed' },
    el('summary', { text: 'Who brings the strengths this needs?', 'data-test': 'strengths-needed' }),
    el('fieldset', { class: 'owners' }, el('legend', { text: 'This needs' }), boxes),
    answer,
    el('p', { class: 'hint', text: 'A suggestion from the strengths map: the team decides who takes it on.' }),
  );
}
