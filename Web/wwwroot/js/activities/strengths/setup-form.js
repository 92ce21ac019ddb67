// The strengths map's own fields in the console's "add an activity" form: extra domains and strengths.
import { el, replace } from '/js/dom.js';
import { lines } from './common.js';

export function setupForm(root) {
  const domains = el('textarea', { id: 'sm-extra-domains', rows: 2, 'data-test': 'sm-extra-domains' });
  const strengths = el('textarea', { id: 'sm-extra-strengths', rows: 3, 'data-test': 'sm-extra-strengths' });
  replace(root,
    el('p', { class: 'sm-hint', text: 'The built-in catalogue has four domains: Getting things done, Influencing, Building relationships, Thinking. Add the team\'s own if you like.' }),
    el('label', { for: 'sm-extra-domains', text: 'Extra domains (one per line, optional)' }), domains,
    el('label', { for: 'sm-extra-strengths', text: 'Extra strengths (one per line, "Domain: Strength - description", optional)' }), strengths);
  return {
    read() {
      const extraStrengths = lines(strengths.value).map((line) => {
        const colon = line.indexOf(':');
        if (colon <= 0) throw new Error(`Write "${line}" as "Domain: Strength".`);
        const rest = line.slice(colon + 1).trim();
        const dash = rest.indexOf(' - ');
        return dash < 0
          ? { domain: line.slice(0, colon).trim(), name: rest, description: null }
          : { domain: line.slice(0, colon).trim(), name: rest.slice(0, dash).trim(), description: rest.slice(dash + 3).trim() };
      });
      return { extraDomains: lines(domains.value), extraStrengths };
    },
    reset() {
      domains.value = '';
      strengths.value = '';
    },
  };
}
