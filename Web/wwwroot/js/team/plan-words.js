// The plan's words and dates, shared by the team home's parts.

export const STATUSES = [
  ['planned', 'Planned'],
  ['trying', 'Trying'],
  ['done', 'Done'],
  ['dropped', 'Dropped'],
];

export const statusLabel = (status) => STATUSES.find(([value]) => value === status)?.[1] ?? status;

/** "12 March 2027": dates are read by people in a room, not parsed. */
export const longDate = (value) =>
  new Date(value).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/** A review date (yyyy-mm-dd, no time zone) as a long date, read as the calendar day it names. */
export const reviewDate = (isoDay) => longDate(`${isoDay}T12:00:00`);

/** Owners by name; none is the whole team. Someone who left the team since is "a former member". */
export function ownerNames(owners, members) {
  if (!owners?.length) return 'The whole team';
  return owners.map((id) => members.find((m) => m.participantId === id)?.displayName ?? 'a former member').join(', ');
}

/** Today as yyyy-mm-dd in this device's calendar: a review is due on its day wherever the team is. */
export function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const isDue = (commitment) =>
  !!commitment.draft.reviewOn && commitment.draft.reviewOn <= today() && ['planned', 'trying'].includes(commitment.status);
