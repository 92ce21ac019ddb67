// What the ideas kind's board, phone and console share: the phases in the room's words, places (where
// someone saw an entry when they grouped it), and small helpers. Every text goes in through textContent.

import { el, setText } from '/js/dom.js';
import { normalizeStatus, plural } from '/js/activity-stage.js';

export const PHASES = ['writing', 'grouping', 'voting', 'shortlist'];

export const PHASE_NAMES = { writing: 'Writing', grouping: 'Grouping', voting: 'Voting', shortlist: 'Shortlist' };

/** "writing" | "grouping" | "voting" | "shortlist", whether the server sends the phase as a name or a number. */
export function phaseOf(view) {
  const phase = view?.phase;
  if (typeof phase === 'number') return PHASES[phase] ?? 'writing';
  const name = String(phase ?? '').toLowerCase();
  return PHASES.includes(name) ? name : 'writing';
}

export const statusOf = (view) => normalizeStatus(view?.stage?.status);

/** Where an entry is: "entryId@groupId", or "entryId@" on its own. A grouping change carries these. */
export const placeOf = (item, entry) => `${entry.entryId}@${item.isGroup ? item.itemId : ''}`;

/** A group's name, or what an entry says. */
export function labelOf(item) {
  if (!item.isGroup) return item.entries?.[0]?.text ?? '';
  return item.name || item.entries?.[0]?.text || 'A group';
}

export const entriesText = (n) => `${n} ${plural(n, 'entry', 'entries')}`;
export const dotsText = (n) => `${n} ${plural(n, 'dot', 'dots')}`;

/** "3 dots from 2 people", "3 dots from fewer than 3 people". */
export function dotsFrom(item) {
  const dots = dotsText(item.dots ?? 0);
  if (item.fewerThanThree) return `${dots} from fewer than 3 people`;
  return item.voters ? `${dots} from ${item.voters} ${plural(item.voters, 'person', 'people')}` : dots;
}

/** Everything the view carries, and how much more is on other pages. */
export function pageText(view) {
  const page = view.page;
  if (!page || page.count <= 1) return '';
  const last = page.firstItem + (view.items?.length ?? 0) - 1;
  return `Page ${page.number} of ${page.count} · items ${page.firstItem}–${last} of ${page.totalItems}`;
}

/** A made-up id for a new entry, as the server asks: 8 to 40 letters and digits, never guessable. */
export function newEntryId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `e${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** A list of an item's entries as list items, each with data-entry-id (and its text, through textContent). */
export function entryItems(item, attrs = {}) {
  return (item.entries ?? []).map((entry) =>
    el('li', { class: 'ideas-entry', 'data-test': 'ideas-entry', 'data-entry-id': entry.entryId, ...attrs }, entry.text));
}

/** The room's next step, in the words of each phase, for the board and the phones. */
export function whatNow(view, { phone = false } = {}) {
  const phase = phaseOf(view);
  const open = statusOf(view) === 'open';
  const settings = view.settings ?? {};
  switch (phase) {
    case 'writing':
      if (statusOf(view) === 'notOpened') return 'Writing opens soon.';
      if (!open) return 'Writing is closed. The facilitator will reveal the entries.';
      return phone
        ? `Write up to ${entriesText(settings.maxEntriesPerPerson ?? 3)}. Nobody sees them until the facilitator reveals them.`
        : `Write your ideas on your phone: up to ${entriesText(settings.maxEntriesPerPerson ?? 3)} each. They stay private until the facilitator reveals them.`;
    case 'grouping':
      return settings.phonesMayGroup && open
        ? phone
          ? 'Group similar ideas: tap one, then “Same as this” on another.'
          : 'Group similar ideas: on your phone, tap one, then “Same as this” on another.'
        : 'The facilitator is grouping similar ideas. Say which belong together.';
    case 'voting':
      return open
        ? `Put your ${dotsText(settings.dotsPerPerson ?? 3)} on what matters most${phone ? '' : ' — on your phone'}. Up to ${settings.maxDotsPerItem ?? 1} on one item.`
        : 'Voting is closed.';
    default:
      return 'Our shortlist: the facilitator keeps the top ones for our plan.';
  }
}

export function setWhatNow(node, view, options) {
  setText(node, whatNow(view, options));
}
