// What the review's board, phone and console say the same way. Counts arrive as they may be shown: in an
// anonymous review a band of one or two people comes without a number, marked fewerThanThree.

import { el } from '/js/dom.js';

export const MAX_ANSWER_LENGTH = 280;
export const MAX_WORDS_LENGTH = 200;
export const CHOICES = ['keep', 'adapt', 'drop'];

const CHOICE_LABELS = { keep: 'Keep', adapt: 'Adapt', drop: 'Drop' };
const DECISION_LABELS = { keep: 'Keep', adapt: 'Adapt', drop: 'Drop', done: 'Done' };
const STATUS_LABELS = { planned: 'planned', trying: 'trying', done: 'done', dropped: 'dropped' };
const STATUS_NAMES = ['planned', 'trying', 'done', 'dropped'];

const ACTIVITY_STATUS = ['notOpened', 'open', 'closed'];

/** "notOpened" | "open" | "closed", whether the server sends the status as a name or a number. */
export function statusOf(view) {
  const status = view?.stage?.status;
  if (typeof status === 'number') return ACTIVITY_STATUS[status] ?? 'notOpened';
  const name = String(status ?? '').toLowerCase();
  return name === 'open' ? 'open' : name === 'closed' ? 'closed' : 'notOpened';
}

/** "keep" | "adapt" | "drop", whether a choice arrives as a name or a number. */
export function choiceOf(value) {
  return typeof value === 'number' ? CHOICES[value] : value ? String(value).toLowerCase() : null;
}

export const choiceLabel = (choice) => CHOICE_LABELS[choiceOf(choice)] ?? '';
export const decisionLabel = (decision) =>
  DECISION_LABELS[typeof decision === 'number' ? ['keep', 'adapt', 'drop', 'done'][decision] : String(decision).toLowerCase()] ?? '';

/** A commitment's status in words, whether it arrives as a name or a number. */
export function statusLabel(status) {
  const name = typeof status === 'number' ? STATUS_NAMES[status] : String(status ?? '').toLowerCase();
  return STATUS_LABELS[name] ?? name;
}

/** "Ana, Ben" or "the whole team". */
export const ownersText = (owners) => (owners?.length ? owners.join(', ') : 'the whole team');

/** The commitment on screen, or null in a review with none. */
export const currentOf = (view) => view?.commitments?.[view.current] ?? null;

/** "Keep or adapt: 4 people", "Drop: fewer than 3". */
export function bandText(band) {
  const from = choiceOf(band.from);
  const to = choiceOf(band.to);
  const names = CHOICES.slice(CHOICES.indexOf(from), CHOICES.indexOf(to) + 1).map((c) => CHOICE_LABELS[c]);
  const words = names.map((n, i) => (i === 0 ? n : n.toLowerCase()));
  const label = words.length > 2 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words.join(' or ');
  if (band.fewerThanThree) return `${label}: fewer than 3`;
  const people = band.people ?? 0;
  return `${label}: ${people} ${people === 1 ? 'person' : 'people'}`;
}

/** The keep/adapt/drop tally as a list, empty bands left out. */
export function tallyList(tally, attrs = {}) {
  const bands = (tally ?? []).filter((b) => b.fewerThanThree || (b.people ?? 0) > 0);
  return el('ul', { class: 'review-tally', ...attrs }, bands.map((b) => el('li', { 'data-test': 'review-band', text: bandText(b) })));
}

/** The commitment itself: what, then owners, first step and status. */
export function commitmentCard(commitment, position, count, testPrefix) {
  const facts = el(
    'dl',
    { class: 'review-facts' },
    el('dt', { text: 'Owners' }),
    el('dd', { 'data-test': `${testPrefix}-owners`, text: ownersText(commitment.owners) }),
    commitment.firstStep ? [el('dt', { text: 'First step' }), el('dd', { text: commitment.firstStep })] : null,
    el('dt', { text: 'Status' }),
    el('dd', { 'data-test': `${testPrefix}-status`, text: statusLabel(commitment.status) }),
  );
  return el(
    'div',
    { class: 'review-commitment' },
    el('p', { class: 'review-position', text: `Commitment ${position + 1} of ${count}` }),
    el('h2', { class: 'review-what', 'data-test': `${testPrefix}-what`, text: commitment.what }),
    commitment.why ? el('p', { class: 'review-why', text: `Why: ${commitment.why}` }) : null,
    facts,
  );
}

/** "Decided: adapt." with the note written to the plan. */
export function outcomeText(outcome) {
  return outcome ? `Decided: ${decisionLabel(outcome.decision).toLowerCase()}.` : '';
}

/**
 * The console's next step while the review is open: decide for the commitment on screen, then show the
 * next one; after the last decision the shell's own (close, then the next activity).
 */
export function nextStep(view) {
  const current = currentOf(view);
  if (statusOf(view) !== 'open' || !current) return null;
  if (!current.outcome) return { step: 'kind', phrase: 'decide for this commitment: keep, adapt, drop or done' };
  const undecidedLater = (view.commitments ?? []).slice(view.current + 1).some((c) => !c.outcome);
  return undecidedLater ? { step: 'kind', phrase: 'show the next commitment' } : null;
}
