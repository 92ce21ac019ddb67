// The strengths map on the room display: the catalogue while results are hidden; once they may be
// seen, the people × strengths grid of those who agreed, the domain heat map and the top lists.
import { el, replace } from '/js/dom.js';
import { SEEN, SELF, catalogue, count, domainLabel, legend } from './common.js';

export function boardView(root) {
  const body = el('div', { class: 'sm-board' });
  replace(root, body);
  let last = null;
  // Set by the board when the grid's type would be too small to read: the room then gets the team's
  // picture by domain and the top lists, which a room of thirty can read on a 1280×720 projector.
  let withoutGrid = false;
  return {
    update(view) {
      last = view;
      withoutGrid = false;
      return draw(view);
    },
    simplify() {
      if (withoutGrid || !last?.grid?.length) return false;
      withoutGrid = true;
      draw(last);
      return true;
    },
  };

  function draw(view) {
    const cat = catalogue(view);
    if (!view.counts) {
      // Results hidden: the room reads what it is choosing from, and nothing else.
      replace(body, el('div', { class: 'sm-catalogue', 'data-test': 'sm-catalogue' }, cat.domains.map((d) => el('section', { class: 'sm-domain', 'data-domain': cat.domainIndex.get(d.domainId) },
        el('h2', {}, domainLabel(cat, d.domainId)),
        el('ul', {}, cat.inDomain(d.domainId).map((s) => el('li', { text: s.name })))))));
      return { compact: false };
    }

    // The heat bars share one scale: the warmest domain fills its bar.
    const total = (h) => (h.chosenBySelf ?? 0) + (h.seenByOthers ?? 0);
    const warmest = Math.max(1, ...(view.heat ?? []).map(total));
    const heat = el('section', { class: 'sm-heat', 'data-test': 'sm-heat' }, el('h2', { text: 'Where the team\'s strengths are' }), legend(),
      el('ul', {}, (view.heat ?? []).map((h) => el('li', { 'data-domain': cat.domainIndex.get(h.domainId) },
        domainLabel(cat, h.domainId),
        el('span', { class: 'sm-heat-counts' },
          el('span', { class: 'sm-mark sm-self', 'aria-hidden': 'true', text: SELF }), ` ${count(h.chosenBySelf)}  `,
          el('span', { class: 'sm-mark sm-seen', 'aria-hidden': 'true', text: SEEN }), ` ${count(h.seenByOthers)}`),
        el('span', { class: 'sm-visually-hidden', text: `${count(h.chosenBySelf)} chosen by themselves, ${count(h.seenByOthers)} seen by others` }),
        heatBar(total(h) / warmest)))));
    const shared = el('section', { class: 'sm-top', 'data-test': 'sm-most-shared' }, el('h2', { text: 'Strengths we share most' }),
      el('ol', {}, (view.mostShared ?? []).map((id) => el('li', {}, cat.byId.get(id)?.name ?? '', ' ', domainLabel(cat, cat.byId.get(id)?.domainId)))));
    const notYet = el('section', { class: 'sm-grow', 'data-test': 'sm-not-yet' }, el('h2', { text: 'Not yet in the room: what we could grow' }),
      (view.notYetInTheRoom ?? []).length === 0
        ? el('p', { class: 'sm-grid-note', text: 'Every strength in the catalogue is in the room.' })
        : el('ul', {}, view.notYetInTheRoom.map((id) => el('li', { text: cat.byId.get(id)?.name ?? '' }))));
    // The grid and what could grow on the left, the team's picture by domain on the right: the two
    // columns end at about the same height, so the type shrinks as little as it can.
    replace(body, el('div', { class: 'sm-main' }, people(view, cat, withoutGrid), notYet), el('div', { class: 'sm-side' }, heat, shared));
    // The grid needs the width: the join panel steps back while results show.
    return { compact: true };
  }
}

/** A bar as long as the domain's share of the warmest domain; its width is set through the CSSOM (the CSP refuses style attributes). */
function heatBar(share) {
  const fill = el('span', { class: 'sm-heat-fill' });
  fill.style.width = `${Math.round(share * 100)}%`;
  return el('span', { class: 'sm-heat-bar', 'aria-hidden': 'true' }, fill);
}

/** The people × strengths grid, or why there is none. */
function people(view, cat, withoutGrid) {
  if (!view.grid || withoutGrid) {
    return el('p', { class: 'sm-grid-note', 'data-test': 'sm-grid-note', text: `${view.shownPeople} people are on the map: too many for a grid anyone could read from the back, so here is the team's picture by domain.` });
  }
  if (view.grid.length === 0) {
    return el('p', { class: 'sm-grid-note', 'data-test': 'sm-grid-note', text: 'Nobody\'s column is on the board yet: the team\'s picture is on the right.' });
  }
  return grid(view, cat);
}

function grid(view, cat) {
  const present = new Set();
  for (const person of view.grid) {
    person.mine.forEach((id) => present.add(id));
    person.seenByOthers.forEach((s) => present.add(s.strengthId));
  }
  const columns = cat.strengths.filter((s) => present.has(s.strengthId));
  const groups = cat.domains.map((d) => ({ d, cols: columns.filter((s) => s.domainId === d.domainId) })).filter((g) => g.cols.length > 0);
  return el('table', { class: 'sm-grid', 'data-test': 'sm-grid' },
    el('caption', { class: 'sm-visually-hidden', text: 'People and the strengths they bring' }),
    el('thead', {},
      el('tr', {}, el('td', {}), groups.map((g) => el('th', { scope: 'colgroup', colspan: g.cols.length, 'data-domain': cat.domainIndex.get(g.d.domainId) }, domainLabel(cat, g.d.domainId)))),
      el('tr', {}, el('td', {}), groups.flatMap((g) => g.cols.map((s) => el('th', { scope: 'col', class: 'sm-col', 'data-domain': cat.domainIndex.get(s.domainId) }, el('span', { text: s.name })))))),
    el('tbody', {}, view.grid.map((person) => {
      const seen = new Map(person.seenByOthers.map((s) => [s.strengthId, s.times]));
      return el('tr', { 'data-test': 'sm-grid-person' }, el('th', { scope: 'row', text: person.name }),
        groups.flatMap((g) => g.cols.map((s) => {
          const self = person.mine.includes(s.strengthId);
          // null: an anonymous map's one or two ("1–2"); a plain ▲ is one person in a named map.
          const times = seen.has(s.strengthId) ? seen.get(s.strengthId) : 0;
          const seenBy = times === null ? count(null) : String(times);
          return el('td', { 'data-domain': cat.domainIndex.get(s.domainId) },
            self ? el('span', { class: 'sm-mark sm-self', title: 'chosen by themselves', 'aria-hidden': 'true', text: SELF }) : null,
            times !== 0 ? el('span', { class: 'sm-mark sm-seen', title: 'seen by others', 'aria-hidden': 'true', text: `${SEEN}${times === 1 ? '' : seenBy}` }) : null,
            el('span', { class: 'sm-visually-hidden', text: [self ? 'chosen by themselves' : '', times !== 0 ? `seen by others ${seenBy}` : ''].filter(Boolean).join(', ') }));
        })));
    })));
}
