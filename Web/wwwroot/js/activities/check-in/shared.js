// What the check-in's board, phone and console say the same way. Counts come from the server as they
// may be shown: in an anonymous check-in a word or a band of one or two people arrives without a number
// and marked fewerThanThree, so no page ever holds the exact count.

const STATUS_NAMES = ['notOpened', 'open', 'closed'];

/** "notOpened" | "open" | "closed", whether the server sends the status as a name or a number. */
export function statusOf(view) {
  const status = view?.stage?.status;
  if (typeof status === 'number') return STATUS_NAMES[status] ?? 'notOpened';
  const name = String(status ?? '').toLowerCase();
  return name === 'open' ? 'open' : name === 'closed' ? 'closed' : 'notOpened';
}

/** "word" | "scale", whether the mode arrives as a name or a number. */
export function modeOf(view) {
  const mode = view?.mode;
  return mode === 1 || String(mode).toLowerCase() === 'scale' ? 'scale' : 'word';
}

/** "4 people", "1 person" or "fewer than 3" for a word count or a scale band. */
export function peopleText(item) {
  if (item?.fewerThanThree) return 'fewer than 3';
  const people = item?.people ?? 0;
  return `${people} ${people === 1 ? 'person' : 'people'}`;
}

/** "3" or "1–2": a band of the scale (an anonymous check-in joins neighbouring values). */
export function bandLabel(band) {
  return band.from === band.to ? String(band.from) : `${band.from}–${band.to}`;
}

/** The words the audience may see (the facilitator's copy also holds hidden ones). */
export function visibleWords(view) {
  return (view?.words ?? []).filter((w) => !w.hidden);
}

export const LOWEST = 1;
export const HIGHEST = 5;
export const MAX_WORD_LENGTH = 30;
export const MAX_PROMPT_LENGTH = 200;
