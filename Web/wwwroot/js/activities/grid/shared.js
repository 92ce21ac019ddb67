// What the 2×2's board, console and phone say the same way. Positions come from the server as they may
// be shown: in an anonymous 2×2 an item placed by one or two people arrives with no position and no
// count, marked fewerThanThree, so no page ever holds it.

export { normalizeStatus as statusOf } from '/js/activity-stage.js';

export const LOWEST = 0;
export const HIGHEST = 100;
export const MAX_ITEMS = 30;
export const MIN_ITEMS = 2;
export const MAX_ITEM_LENGTH = 200;
export const MAX_AXIS_LENGTH = 40;

// The spread is the root mean square distance from the average, on the 0–100 scale of both axes. Four
// people in four corners spread 71; a room scattered evenly over the whole square about 41; two
// camps a third of the square apart about 17. Up to AGREE people placed it close together; past
// FAR_APART they did not, and that is the conversation to have.
export const AGREE = 12;
export const FAR_APART = 25;

/** item id → its position as the view carries it (null while results are hidden). */
export function positionsById(view) {
  return Array.isArray(view?.positions) ? new Map(view.positions.map((p) => [p.itemId, p])) : null;
}

/** Whether an item has a position the page may draw. */
export const hasPosition = (position) => position != null && position.x != null && position.y != null;

/** "agree" | "some" | "far" | null: how far apart people placed an item. */
export function agreementOf(position) {
  if (!hasPosition(position) || position.people < 2) return null;
  if (position.spread <= AGREE) return 'agree';
  return position.spread <= FAR_APART ? 'some' : 'far';
}

/** What an item's place says in words, for every surface: "people agree", "fewer than 3 placed this"… */
export function placementWords(position) {
  if (!position) return '';
  if (position.fewerThanThree) return 'fewer than 3 placed this';
  if (!position.people) return 'not placed yet';
  if (position.people === 1) return 'placed by one person';
  switch (agreementOf(position)) {
    case 'agree':
      return 'people agree';
    case 'some':
      return 'people placed this somewhat apart';
    default:
      return 'people placed this far apart';
  }
}

/** "3 people" or "1 person", or "fewer than 3". */
export function peopleText(position) {
  if (position?.fewerThanThree) return 'fewer than 3';
  const people = position?.people ?? 0;
  return `${people} ${people === 1 ? 'person' : 'people'}`;
}

/** Where a value lies on an axis, in the axis' own words: "Effort 20 (low)", "Impact 55 (middle)". */
export function axisWords(axis, value) {
  const side = value < 34 ? axis.low : value > 66 ? axis.high : 'middle';
  return `${axis.name} ${value} (${side})`;
}
