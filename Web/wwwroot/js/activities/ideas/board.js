// Ideas on the room display: the prompt and what to do now, always. While writing, how many entries
// there are (never what they say: the server sends no text). Once revealed, the wall: groups as
// cards with their entries, and entries on their own; in the shortlist phase, the ranking with what the
// facilitator kept for the plan. The shell shows the title, status, timer and who has taken part.

import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';
import { dotsText, entriesText, pageText, phaseOf, whatNow } from './common.js';

// A simplified board (see simplify) shows each group as its name and size, and as many entries on their
// own as a room display of this size can show legibly, about one per this many square pixels; the
// phones and the console list them all.
const PIXELS_PER_CARD = 60_000;

// A simplified shortlist shows the kept items and this many from the top of the ranking.
const SIMPLE_RANKING = 8;

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
    const size = entries.length + (item.moreEntries ?? 0);
    if (simple && item.isGroup) {
      return el(
        'li',
        { class: 'ideas-board-card group', 'data-test': 'ideas-board-card' },
        el('h3', { class: 'ideas-board-group', text: item.name || entries[0]?.text || 'A group' }),
        el('p', { class: 'ideas-board-more', text: `${size} ${plural(size, 'idea', 'ideas')}` }),
      );
    }
    return el(
      'li',
      { class: item.isGroup ? 'ideas-board-card group' : 'ideas-board-card', 'data-test': 'ideas-board-card' },
      item.isGroup ? el('h3', { class: 'ideas-board-group', text: item.name || `Group of ${size}` }) : null,
      el('ul', { class: 'ideas-board-entries' }, entries.map((e) => el('li', { 'data-test': 'ideas-entry', text: e.text }))),
      item.moreEntries ? el('p', { class: 'ideas-board-more', text: `and ${item.moreEntries} more` }) : null,
    );
  }

  /** The cards to show: all of them, or (simplified) every group and as many entries on their own as fit. */
  function cards() {
    const items = view.items ?? [];
    if (!simple) return items.map(card);
    const room = Math.max(8, Math.floor((window.innerWidth * window.innerHeight) / PIXELS_PER_CARD));
    const groups = items.filter((i) => i.isGroup);
    const alone = items.filter((i) => !i.isGroup);
    const shown = alone.slice(0, Math.max(0, room - groups.length));
    const more = alone.length - shown.length;
    return [
      ...groups.map(card),
      ...shown.map(card),
      more > 0 ? el('li', { class: 'ideas-board-card more', 'data-test': 'ideas-board-more', text: `and ${more} more on your phone` }) : null,
    ];
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
        : `${entriesText(view.entries ?? 0)}${view.groups ? ` · ${view.groups} ${plural(view.groups, 'group', 'groups')}` : ''}`);
    show(wall, revealed && phase !== 'shortlist');
    show(ranking, phase === 'shortlist');
    setText(page, phase === 'shortlist' ? '' : pageText(view));
    if (phase === 'shortlist') {
      // Simplified: what was kept and the top of the ranking; the console and the phones have the rest.
      const all = view.ranking ?? [];
      const shown = simple ? all.filter((r, place) => r.kept || place < SIMPLE_RANKING) : all;
      replace(
        ranking,
        shown.map((r) =>
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
        all.length > shown.length ? el('li', { class: 'ideas-board-ranked more', text: `and ${all.length - shown.length} more on your phone` }) : null,
      );
    } else if (revealed) {
      replace(wall, cards());
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
    /** Too many entries to read: groups by name and size, and the entries on their own that fit. */
    simplify() {
      if (simple || !view || !(Array.isArray(view.items) || Array.isArray(view.ranking))) return false;
      simple = true;
      draw();
      return true;
    },
  };
}
