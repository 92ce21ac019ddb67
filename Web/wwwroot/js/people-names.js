// Names on the facilitator's console. Members the room would read as the same name (teams stored
// before names had to differ, or a session that still shows someone's earlier name) each get a short
// mark, the first characters of their participant id, so the facilitator can tell them apart, e.g.
// before removing one. Phones and the board never get names, so they need none.

// White space, and the letters and symbols drawn as nothing (Hangul fillers, the blank braille
// pattern…), as the server counts them.
const BLANKS = /[\s\u115F\u1160\u3164\uFFA0\u2800\u17B4\u17B5\u180E\u{1D159}]+/gu;
const MIN_MARK = 4;

/** A name as a person reads it: compared as the server compares names (compatibility forms, case, blanks, invisible characters). */
export function nameKey(name) {
  return String(name ?? '')
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(BLANKS, ' ')
    .trim()
    .toUpperCase()
    .toLowerCase();
}

/**
 * participantId → { name, mark }: the name to show (a name with nothing visible in it is shown as
 * "No visible name"), and the mark to show beside it, or '' when nobody else shows the same name.
 * Marks are as long as it takes (at least four characters) to differ within their group.
 */
export function distinguishNames(people) {
  const groups = new Map();
  for (const person of people) {
    const key = nameKey(person.displayName);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(person);
  }

  const shown = new Map();
  for (const [key, group] of groups) {
    const marked = group.length > 1 || key === '';
    const length = marked ? markLength(group.map((person) => person.participantId)) : 0;
    for (const person of group) {
      shown.set(person.participantId, {
        name: key === '' ? 'No visible name' : person.displayName,
        mark: marked ? person.participantId.slice(0, length) : '',
      });
    }
  }
  return shown;
}

/** The shown name with its mark, for sentences ("Remove Ana · 3f2a?") and lists of names. */
export const withMark = ({ name, mark }) => (mark ? `${name} · ${mark}` : name);

function markLength(ids) {
  const longest = Math.max(...ids.map((id) => id.length));
  for (let length = MIN_MARK; length < longest; length++) {
    if (new Set(ids.map((id) => id.slice(0, length))).size === ids.length) return length;
  }
  return longest;
}
