// Dates as a report prints them: the day only, in UTC, so a report reads the same wherever it is opened
// (sessions and notes are stamped by the server's clock in UTC).

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "3 December 2026" for an ISO timestamp or a yyyy-MM-dd date; "" for null. */
export function formatDay(value) {
  if (!value) return '';
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(at.getTime()) ? '' : day.format(at);
}
