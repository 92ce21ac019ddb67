// What changed in the plan since the team last met: notes and status changes written after the last
// session started, so the facilitator opens the next session knowing what happened in between.

import { el, replace } from '/js/dom.js';
import { longDate, statusLabel } from '/js/team/plan-words.js';

export function renderSince(box, commitments, sessions, since) {
  const last = sessions.find((s) => s.startedAt === since);
  const changes = commitments.flatMap((c) => c.notes.filter((n) => since && n.at > since).map((n) => ({ what: c.draft.what, note: n })));
  changes.sort((a, b) => (a.note.at < b.note.at ? 1 : -1));
  box.hidden = !since;
  if (!since) return;
  replace(
    box,
    el('h2', { id: 'since-heading', text: `Since “${last?.title ?? 'the last session'}” (${longDate(since)})` }),
    changes.length === 0
      ? el('p', { class: 'hint', text: 'Nothing new in the plan yet.' })
      : el(
          'ul',
          { class: 'since-list', 'data-test': 'since-list' },
          changes.map(({ what, note }) =>
            el(
              'li',
              {},
              el('strong', { text: what }),
              ` — ${note.author}, ${longDate(note.at)}`,
              note.status ? `: now ${statusLabel(note.status).toLowerCase()}` : '',
              note.text ? el('q', { text: note.text }) : null,
            ),
          ),
        ),
  );
}
