// The strengths map in the facilitator's console: how many chose and recognised, counts per strength,
// moderation of example texts (hidden, author told), and adding a strength or a domain.
import { el, replace } from '/js/dom.js';
import { SEEN, SELF, catalogue, count, domainLabel, legend } from './common.js';

export function consoleView(root, ctx) {
  const nameOf = (id) => (ctx.names?.get ? ctx.names.get(id) : ctx.names?.[id]) ?? 'someone who left';
  const steer = (command) => ctx.steer(command).catch((e) => ctx.showError?.(e.message));
  const participation = el('p', { class: 'sm-participation', 'data-test': 'sm-participation', 'aria-live': 'polite' });
  const counts = el('div', { class: 'sm-console-counts', 'data-test': 'sm-console-counts' });
  const examples = el('ul', { class: 'sm-examples', 'data-test': 'sm-examples' });
  const domainSelect = el('select', { id: 'sm-add-domain-of', 'data-test': 'sm-add-strength-domain' });
  const strengthName = el('input', { id: 'sm-add-strength-name', maxlength: 40, 'data-test': 'sm-add-strength-name' });
  const strengthDescription = el('input', { id: 'sm-add-strength-description', maxlength: 120 });
  const domainName = el('input', { id: 'sm-add-domain-name', maxlength: 40, 'data-test': 'sm-add-domain-name' });
  const addStrength = el('form', {
    class: 'sm-inline-form',
    onsubmit: (e) => {
      e.preventDefault();
      const description = strengthDescription.value.trim();
      steer({ name: 'add-strength', target: domainSelect.value, text: description ? `${strengthName.value.trim()}: ${description}` : strengthName.value.trim() })
        .then(() => { strengthName.value = ''; strengthDescription.value = ''; });
    },
  },
  el('label', { for: 'sm-add-domain-of', text: 'Domain' }), domainSelect,
  el('label', { for: 'sm-add-strength-name', text: 'Strength' }), strengthName,
  el('label', { for: 'sm-add-strength-description', text: 'One-line description (optional)' }), strengthDescription,
  el('button', { type: 'submit', 'data-test': 'sm-add-strength', text: 'Add strength' }));
  const addDomain = el('form', {
    class: 'sm-inline-form',
    onsubmit: (e) => {
      e.preventDefault();
      steer({ name: 'add-domain', text: domainName.value.trim() }).then(() => { domainName.value = ''; });
    },
  },
  el('label', { for: 'sm-add-domain-name', text: 'New domain' }), domainName,
  el('button', { type: 'submit', 'data-test': 'sm-add-domain', text: 'Add domain' }));

  replace(root, participation, counts,
    el('h3', { text: 'Examples people wrote (only the person they are about reads them)' }), examples,
    el('details', { class: 'sm-add' }, el('summary', { text: 'Add a strength or a domain' }), addStrength, addDomain));

  return {
    update(view) {
      const cat = catalogue(view);
      participation.textContent = `${view.choosers} chose their strengths · ${view.recognisers} recognised a teammate`;
      const selected = domainSelect.value;
      replace(domainSelect, cat.domains.map((d) => el('option', { value: d.domainId, text: d.name })));
      if (selected) domainSelect.value = selected;
      const byStrength = new Map((view.counts ?? []).map((c) => [c.strengthId, c]));
      replace(counts, legend(), cat.domains.map((d) => el('section', { class: 'sm-console-domain' },
        el('h4', {}, domainLabel(cat, d.domainId)),
        el('ul', {}, cat.inDomain(d.domainId).map((s) => {
          const c = byStrength.get(s.strengthId);
          return el('li', {}, `${s.name} — ${SELF} ${count(c?.chosenBySelf ?? 0)}  ${SEEN} ${count(c?.seenByOthers ?? 0)}`);
        })))));
      const list = view.examples ?? [];
      replace(examples, list.length === 0 ? el('li', { text: 'No examples yet.' }) : list.map((x) => el('li', { 'data-test': 'sm-example', class: x.hidden ? 'sm-hidden-example' : '' },
        el('span', { class: 'sm-example-about', text: `${cat.byId.get(x.strengthId)?.name ?? ''} in ${nameOf(x.recipientId)}: ` }),
        el('q', { text: x.text }),
        x.hidden ? el('span', { class: 'sm-note', text: ' (hidden)' }) : null,
        el('button', {
          type: 'button',
          'data-test': x.hidden ? 'sm-show-example' : 'sm-hide-example',
          text: x.hidden ? 'Show again' : 'Hide',
          onclick: () => steer({ name: x.hidden ? 'show-example' : 'hide-example', target: x.exampleId }),
        }))));
    },
  };
}
