// Ideas on the room display: the prompt and what to do now, always. While writing, how many entries
// there are (never what they say: the server sends no text). Once revealed, the wall: groups as
// cards with their entries, and entries on their own; in the shortlist phase, the ranking with what the
// facilitator kept for the plan. The shell shows the title, status, timer and who has taken part.

import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';
import { dotsText, entriesText, pageText, phaseOf, whatNow } from './common.js';

// Beyond this many entries on one card, a simplified board says how many more instead.
const SIMPLE_ENTRIES = 3;

export function board(root) {
  const prompt = el('p', { class: 'ideas-board-prompt', 'data-test': 'ideas-prompt' });
  const now = el('p', { class: 'ideas-board-now', 'data-test': 'ideas-now' });
  const count = el('p', { class: 'ideas-board-count', 'data-test': 'ideas-count' });
  const page = el('p', { class: 'ideas-board-page', 'data-test': 'ideas-page' });
  const wall = el('ul', { class: 'ideas-board-wall', 'data-test': 'ideas-wall', 'aria-label': 'The ideas' });
  const ranking = el('ol', { class: 'ideas-board-ranking', 'data-test': 'ideas-ranking', 'aria-label': 'Our shortlist' });
  root.append(el('div', { class: 'ideas-board' }, prompt, now, count, wall, ranking, page));
  let view = null;
  let simple = false;

  function card(item) {
    const entries = item.entries ?? [];
    const shown = simple ? entries.slice(0, SIMPLE_ENTRIES) : entries;
    const more = entries.length - shown.length + (item.moreEntries ?? 0);
    return el(
      'li',
      { class: item.isGroup ? 'ideas-board-card group' : 'ideas-board-card', 'data-test': 'ideas-board-card' },
      item.isGroup ? el('h3', { class: 'ideas-board-group', text: item.name || `Group of ${entries.length + (item.moreEntries ?? 0)}` }) : null,
      el('ul', { class: 'ideas-board-entries' }, shown.map((e) => el('li', { 'data-test': 'ideas-entry', text: e.text }))),
      more > 0 ? el('p', { class: 'ideas-board-more', text: `and ${more} more` }) : null,
    );
  }

  function draw() {
    const phase = phaseOf(view);
    const revealed = Array.isArray(view.items) || Array.isArray(view.ranking);
    setText(prompt, view.prompt);
    setText(now, whatNow(view));
    root.dataset.phase = phase;
    const contributors = view.stage?.contributors ?? 0;
    setText(count, phase === 'writing'
      ? `${entriesText(view.entries ?? 0)} from ${contributors} ${plural(contributors, 'person', 'people')} so far`
      : phase === 'shortlist'
        ? `${view.kept ?? 0} kept for our plan · ${dotsText(view.dotsPlaced ?? 0)} placed`
        : `${entriesText(view.entries ?? 0)}${view.groups ? ` in ${view.groups} ${plural(view.groups, 'group', 'groups')} and on their own` : ''}`);
    show(wall, revealed && phase !== 'shortlist');
    show(ranking, phase === 'shortlist');
    setText(page, phase === 'shortlist' ? '' : pageText(view));
    if (phase === 'shortlist') {
      replace(
        ranking,
        (view.ranking ?? []).map((r) =>
          el(
            'li',
            { class: r.kept ? 'ideas-board-ranked kept' : 'ideas-board-ranked', 'data-test': 'ideas-ranked' },
            el('span', { class: 'ideas-board-rank', text: `${r.rank}.` }),
            el('span', { class: 'ideas-board-label', text: r.label }),
            r.size > 1 ? el('span', { class: 'ideas-board-size', text: ` (${r.size} ideas)` }) : null,
            el('span', { class: 'ideas-board-dots', text: dotsText(r.dots) }),
            r.kept ? el('span', { class: 'ideas-board-kept', text: 'Kept for our plan' }) : null,
          ),
        ),
      );
    } else if (revealed) {
      replace(wall, (view.items ?? []).map(card));
    }

    // Once the entries are out, they need the room: the join panel steps back.
    return { compact: revealed };
  }

  return {
    update(nextView) {
      view = nextView;
      simple = false;
      return draw();
    },
    /** Too many entries to read: each card shows its first few and how many more. */
    simplify() {
      if (simple || !view || !Array.isArray(view.items)) return false;
      simple = true;
      draw();
      return true;
    },
  };
}
