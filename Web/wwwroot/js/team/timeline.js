// The team's sessions, oldest first, with their dates; a facilitator also gets each session's console.

import { el, replace } from '/js/dom.js';
import { longDate } from '/js/team/plan-words.js';

export function renderTimeline(list, sessions, { facilitator, token }) {
  replace(
    list,
    sessions.map((session) =>
      el(
        'li',
        { class: 'timeline-item', 'data-test': 'timeline-session' },
        el('span', { class: 'timeline-date', text: session.startedAt ? longDate(session.startedAt) : 'Date not kept' }),
        el('span', { class: 'timeline-title', text: session.title }),
        facilitator
          ? el('a', { href: `/facilitator/${encodeURIComponent(session.sessionId)}#key=${encodeURIComponent(token)}`, text: 'Console', 'aria-label': `Console of “${session.title}”` })
          : null,
      ),
    ),
  );
}

/** When the last session started (ISO), or null: what is newer is "since the last session". */
export function lastSessionStart(sessions) {
  const dates = sessions.map((s) => s.startedAt).filter(Boolean).sort();
  return dates.at(-1) ?? null;
}
