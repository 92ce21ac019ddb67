// What the strengths map's console, board and phone views share: the catalogue as lookups, domain labels
// (colour AND name), the legend, and the marks. Self-chosen (●) and seen-by-others (▲) differ in shape
// as well as colour. Everything people typed goes in through el()/textContent only.
import { el } from '/js/dom.js';
import { normalizeStatus } from '/js/activity-stage.js';

export const MAX_MINE = 5;
export const MAX_EXAMPLE = 200;
export const SELF = '●';
export const SEEN = '▲';

/** 'notOpened' | 'open' | 'closed', however the server spelled it. */
export const statusOf = (view) => normalizeStatus(view?.stage?.status);

/** A count the audience copy of an anonymous map leaves out (one or two people) reads "1–2". */
export const count = (n) => (n === null || n === undefined ? '1–2' : String(n));

export function catalogue(view) {
  const domains = view.domains ?? [];
  const strengths = view.strengths ?? [];
  const domainIndex = new Map(domains.map((d, i) => [d.domainId, i]));
  const byId = new Map(strengths.map((s) => [s.strengthId, s]));
  const domainName = (id) => domains.find((d) => d.domainId === id)?.name ?? '';
  const inDomain = (id) => strengths.filter((s) => s.domainId === id);
  return { domains, strengths, domainIndex, byId, domainName, inDomain };
}

/** A label with the domain's colour swatch and its name: colour never alone. */
export function domainLabel(cat, domainId) {
  return el('span', { class: 'sm-domain-label', 'data-domain': cat.domainIndex.get(domainId) ?? 0 },
    el('span', { class: 'sm-swatch', 'aria-hidden': 'true' }), cat.domainName(domainId));
}

export function legend() {
  return el('p', { class: 'sm-legend', 'data-test': 'sm-legend' },
    el('span', { class: 'sm-mark sm-self', 'aria-hidden': 'true', text: SELF }), ' chosen by themselves   ',
    el('span', { class: 'sm-mark sm-seen', 'aria-hidden': 'true', text: SEEN }), ' seen by others');
}

export function lines(text) {
  return String(text ?? '').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}
