// One activity's results in a report, drawn the same way for every kind from the export's rows (the
// shape the CSV has): a table per section. A group of one or two people in an anonymous activity comes
// from the server as "fewer than three", never as a number, and is printed as words. Names appear only
// in a named activity, from the people the export lists there (details.*[].name); an anonymous
// activity's export holds none.

import { el } from '/js/dom.js';

export const FEWER_THAN_THREE = 'fewer than 3';

const statusWords = { notOpened: 'not opened yet', open: 'open', closed: 'closed' };

/** "seenByOthers" → "seen by others". */
const words = (key) => key.replace(/([A-Z])/g, ' $1').toLowerCase();

const isScalar = (value) => ['string', 'number', 'boolean'].includes(typeof value);

/** Short text for one value of a person's answer, whatever the kind put there. */
function summarise(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return 'yes';
  if (isScalar(value)) return String(value);
  if (Array.isArray(value)) {
    return value.map((item) => (isScalar(item) ? String(item) : Object.values(item ?? {}).filter(isScalar).join(': '))).filter(Boolean).join('; ');
  }
  return Object.entries(value).map(([key, v]) => `${key}: ${summarise(v)}`).join('; ');
}

/**
 * An entry of a named activity's list of people: it carries a name and no id. Exports name people and
 * never give their ids, while a catalogue's entries (the strengths map's domains and strengths) have both.
 */
const isPerson = (entry) => typeof entry?.name === 'string' && !Object.keys(entry).some((key) => key.endsWith('Id'));

/** The named people of a named activity's export: the list in its details whose entries are people. */
function namedPeople(activity) {
  if (activity.anonymous || !activity.details) return [];
  return Object.values(activity.details).find((v) => Array.isArray(v) && v.length > 0 && v.every(isPerson)) ?? [];
}

function personLine(person) {
  const parts = Object.entries(person)
    .filter(([key]) => key !== 'name')
    .map(([key, value]) => [words(key), summarise(value)])
    .filter(([, text]) => text !== '')
    .map(([key, text]) => `${key}: ${text}`);
  return el('li', {}, el('strong', { text: person.name }), parts.length ? ` (${parts.join('; ')})` : '');
}

function sectionTable(section, rows) {
  const ranked = rows.some((r) => r.rank !== null && r.rank !== undefined);
  const valued = rows.some((r) => r.value !== null && r.value !== undefined);
  const counted = rows.some((r) => r.fewerThanThree || (r.people !== null && r.people !== undefined));
  const head = [ranked && 'Rank', 'Item', valued && 'Value', counted && 'People'].filter(Boolean);
  return el(
    'table',
    { class: 'report-table' },
    el('caption', { text: section }),
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))),
    el(
      'tbody',
      {},
      rows.map((row) =>
        el(
          'tr',
          { class: row.fewerThanThree ? 'fewer' : null },
          ranked && el('td', { class: 'number', text: row.rank ?? '' }),
          el('td', { text: row.item }),
          valued && el('td', { class: 'number', text: row.fewerThanThree ? '' : row.value ?? '' }),
          counted && el('td', { class: 'number', text: row.fewerThanThree ? FEWER_THAN_THREE : row.people ?? '' }),
        ),
      ),
    ),
  );
}

/** An activity as an article under a heading of `level` (2 in a session's report, 3 in the programme's). */
export function renderActivity(activity, level) {
  const sections = new Map();
  for (const row of activity.rows) {
    if (!sections.has(row.section)) sections.set(row.section, []);
    sections.get(row.section).push(row);
  }
  const people = namedPeople(activity);
  const about = [
    activity.kind.replaceAll('-', ' '),
    activity.anonymous ? 'anonymous' : 'named',
    statusWords[activity.status] ?? activity.status,
    activity.contributors === 1 ? '1 person took part' : `${activity.contributors} people took part`,
  ];
  return el(
    'article',
    { class: 'report-activity', 'data-test': 'report-activity' },
    el(`h${level}`, { text: activity.title }),
    el('p', { class: 'hint', text: about.join(' · ') }),
    activity.anonymous && el('p', { class: 'hint', text: 'Anonymous: totals only, and a group of fewer than three people is not counted out.' }),
    sections.size === 0 && el('p', { class: 'hint', text: 'Nothing counted yet.' }),
    [...sections].map(([section, rows]) => sectionTable(section, rows)),
    people.length > 0 && [
      el(`h${level + 1}`, { text: 'Who answered what' }),
      el('ul', { class: 'report-people', 'data-test': 'report-people' }, people.map(personLine)),
    ],
  );
}
