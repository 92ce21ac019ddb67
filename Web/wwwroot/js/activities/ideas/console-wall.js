// The grouping wall on the facilitator's console. Two ways to group, both sending the same commands:
// drag an entry (SortableJS, which also works with touch) onto a group, onto "New group" or back onto
// "On their own"; or select entries with their checkboxes and press "Group here" / "Group with this" /
// "New group of these" — buttons, so the keyboard and screen readers can do all of it. Every command
// carries where each entry was on this screen ("entryId@groupId"); when someone else moved it first,
// the server refuses and says so, and the wall redraws from the newest snapshot.

import Sortable from '/lib/sortablejs/sortable.esm.js';
import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';
import { keepFocus } from './focus.js';
import { labelOf, placeOf } from './common.js';

const DRAG_GROUP = 'ideas-wall';

export function createWall(root, { steer, showError }) {
  let view = null;
  let dragging = false;
  const selected = new Set(); // entry ids
  const cards = new Map(); // group id → { card, list, sortable }

  const status = el('p', { class: 'ideas-selection', 'data-test': 'ideas-selection', role: 'status' });
  const newGroup = el('button', { type: 'button', class: 'button small', 'data-test': 'ideas-new-group', text: 'New group of these', onclick: () => send('group', chosen(), 'new') });
  const ungroup = el('button', { type: 'button', class: 'button small', 'data-test': 'ideas-ungroup', text: 'Take out of their groups', onclick: () => send('ungroup', chosen(), null) });
  const clear = el('button', { type: 'button', class: 'button small quiet', text: 'Clear the selection', onclick: () => { selected.clear(); draw(); } });
  const toolbar = el('div', { class: 'ideas-toolbar' }, status, newGroup, ungroup, clear);
  const zone = el('ul', { class: 'ideas-drop-new', 'data-test': 'ideas-drop-new', 'data-dest': 'new', 'aria-label': 'New group: drop an entry here' });
  const groups = el('div', { class: 'ideas-groups', 'data-test': 'ideas-groups' });
  const loose = el('ul', { class: 'ideas-loose', 'data-test': 'ideas-loose', 'data-dest': 'out', 'aria-labelledby': 'ideas-loose-title' });
  root.append(
    el('p', { class: 'hint', text: 'Drag an entry onto a group, or onto “New group”. Or tick entries and use the buttons: they do the same.' }),
    toolbar,
    el('div', { class: 'ideas-new-box' }, el('p', { class: 'ideas-drop-label', text: 'New group: drop an entry here' }), zone),
    groups,
    el('h4', { id: 'ideas-loose-title', text: 'On their own' }),
    loose,
  );
  sortable(zone);
  sortable(loose);

  function sortable(list) {
    return Sortable.create(list, {
      group: DRAG_GROUP,
      sort: false,
      animation: 120,
      // The library's own pointer-driven drag for mouse and touch alike (the browser's native drag and
      // drop does not reach touch screens): one behaviour on a laptop and on a tablet.
      forceFallback: true,
      fallbackOnBody: true,
      // A touch must rest a moment before it drags, so the wall still scrolls under a finger.
      delay: 150,
      delayOnTouchOnly: true,
      filter: 'button, input, select',
      preventOnFilter: false,
      onStart: () => {
        dragging = true;
      },
      onEnd: () => {
        dragging = false;
        draw();
      },
      onAdd: (event) => {
        const entryId = event.item.dataset.entryId;
        const movers = selected.has(entryId) ? chosen() : [entryId];
        const dest = event.to.dataset.dest;
        if (dest === 'out') send('ungroup', movers, null);
        else send('group', movers, dest);
      },
    });
  }

  /** Where each entry is on this screen now: the basis the server checks the change against. */
  function placesOf(entryIds) {
    const places = new Map();
    for (const item of view?.items ?? []) {
      for (const entry of item.entries ?? []) places.set(entry.entryId, placeOf(item, entry));
    }
    return entryIds.map((id) => places.get(id)).filter(Boolean);
  }

  function chosen() {
    return [...selected];
  }

  async function send(name, entryIds, dest) {
    const places = placesOf(entryIds);
    if (places.length === 0) {
      showError('Tick the entries to move first.');
      return;
    }
    try {
      await steer({ name, target: places.join(' '), text: dest });
      for (const id of entryIds) selected.delete(id);
    } catch (error) {
      showError(error.message);
    } finally {
      draw();
    }
  }

  const rows = new Map(); // entry id → the row's parts, kept across snapshots (a drag may have started on it)

  /** The row of an entry, made once and brought up to date: a snapshot never swaps a row under the pointer. */
  function entryRow(item, entry) {
    let parts = rows.get(entry.entryId);
    if (!parts) {
      const box = el('input', {
        type: 'checkbox',
        id: `ideas-pick-${entry.entryId}`,
        'data-test': 'ideas-pick',
        onchange: (event) => {
          if (event.target.checked) selected.add(entry.entryId);
          else selected.delete(entry.entryId);
          draw();
        },
      });
      const text = el('label', { for: box.id, class: 'ideas-entry-text' });
      const join = el('button', { type: 'button', class: 'button small primary', 'data-test': 'ideas-group-with', text: 'Group with this', onclick: () => send('group', chosen(), placesOf([entry.entryId])[0]) });
      const aside = el('button', { type: 'button', class: 'button small quiet', 'data-test': 'ideas-set-aside', text: 'Set aside', onclick: () => moderate('set-aside', entry.entryId) });
      const li = el('li', { class: 'ideas-console-entry', 'data-test': 'ideas-entry', 'data-entry-id': entry.entryId }, el('span', { class: 'ideas-grip', 'aria-hidden': 'true', text: '⠿' }), box, text, join, aside);
      parts = { li, box, text, join, aside };
      rows.set(entry.entryId, parts);
    }
    parts.box.checked = selected.has(entry.entryId);
    setText(parts.text, entry.text);
    // "Group with this" on an entry on its own: a new group of it and the ticked ones.
    show(parts.join, !item.isGroup && selected.size > 0 && !selected.has(entry.entryId));
    parts.join.setAttribute('aria-label', `Group with this: ${entry.text}`);
    parts.aside.setAttribute('aria-label', `Set aside: ${entry.text}`);
    return parts.li;
  }

  /** Puts exactly `nodes` in `list`, in order, moving only what is out of place. */
  function sync(list, nodes) {
    nodes.forEach((node, index) => {
      if (list.children[index] !== node) list.insertBefore(node, list.children[index] ?? null);
    });
    while (list.children.length > nodes.length) list.lastElementChild.remove();
  }

  async function moderate(name, entryId) {
    try {
      await steer({ name, target: entryId });
    } catch (error) {
      showError(error.message);
    }
  }

  function groupCard(item, others) {
    let parts = cards.get(item.itemId);
    if (!parts) {
      const list = el('ul', { class: 'ideas-group-list', 'data-dest': `@${item.itemId}`, 'aria-label': 'Entries in this group' });
      const name = el('input', { type: 'text', maxlength: '60', id: `ideas-name-${item.itemId}`, 'data-test': 'ideas-group-name-input' });
      const nameForm = el(
        'form',
        {
          class: 'ideas-name-form',
          onsubmit: async (event) => {
            event.preventDefault();
            try {
              await steer({ name: 'name-group', target: item.itemId, text: name.value.trim() });
            } catch (error) {
              showError(error.message);
            }
          },
        },
        el('label', { for: name.id, text: 'Name' }),
        name,
        el('button', { type: 'submit', class: 'button small', 'data-test': 'ideas-name-group', text: 'Save name' }),
      );
      const actions = el('div', { class: 'ideas-row' });
      const card = el('section', { class: 'ideas-group-card', 'data-test': 'ideas-group', 'data-group-id': item.itemId }, nameForm, list, actions);
      parts = { card, list, name, actions, sortable: sortable(list), named: null };
      cards.set(item.itemId, parts);
    }
    // The name box follows the snapshot unless someone is typing in it.
    if (document.activeElement !== parts.name && parts.named !== item.name) {
      parts.name.value = item.name ?? '';
      parts.named = item.name;
    }
    parts.name.setAttribute('aria-label', `Name of the group: ${labelOf(item)}`);
    sync(parts.list, (item.entries ?? []).map((entry) => entryRow(item, entry)));
    const inHere = new Set((item.entries ?? []).map((e) => e.entryId));
    const canJoin = selected.size > 0 && [...selected].some((id) => !inHere.has(id));
    const merge = el('select', { 'data-test': 'ideas-merge-into', 'aria-label': `Merge “${labelOf(item)}” into` }, others.map((o) => el('option', { value: o.itemId, text: labelOf(o) })));
    keepFocus(parts.actions, () =>
      replace(
        parts.actions,
        canJoin ? el('button', { type: 'button', class: 'button small primary', 'data-test': 'ideas-group-here', 'data-focus': `here-${item.itemId}`, text: 'Group the ticked ones here', onclick: () => send('group', chosen(), `@${item.itemId}`) }) : null,
        item.moreEntries ? el('span', { class: 'hint', text: `and ${item.moreEntries} more` }) : null,
        others.length
          ? [merge, el('button', { type: 'button', class: 'button small', 'data-test': 'ideas-merge', 'data-focus': `merge-${item.itemId}`, text: 'Merge', onclick: () => mergeInto(item.itemId, merge.value) })]
          : null,
      ));
    return parts.card;
  }

  async function mergeInto(from, into) {
    try {
      await steer({ name: 'merge', target: from, text: into });
    } catch (error) {
      showError(error.message);
    }
  }

  function draw() {
    if (!view || dragging) return;
    const items = (view.items ?? []).filter((i) => !(i.entries ?? []).every((e) => e.setAside));
    const present = new Set(items.flatMap((i) => (i.entries ?? []).map((e) => e.entryId)));
    for (const id of [...selected]) if (!present.has(id)) selected.delete(id);
    setText(status, selected.size ? `${selected.size} ${plural(selected.size, 'entry', 'entries')} ticked` : 'Tick entries to move several at once.');
    newGroup.disabled = ungroup.disabled = selected.size === 0;
    show(clear, selected.size > 0);

    const groupItems = items.filter((i) => i.isGroup);
    for (const [groupId, parts] of cards) {
      if (!groupItems.some((g) => g.itemId === groupId)) {
        parts.sortable.destroy();
        parts.card.remove();
        cards.delete(groupId);
      }
    }
    // Cards are kept and only moved when out of order, so a name being typed keeps its focus.
    groupItems.forEach((g, index) => {
      const card = groupCard(g, groupItems.filter((o) => o !== g));
      if (groups.children[index] !== card) groups.insertBefore(card, groups.children[index] ?? null);
    });
    sync(loose, items.filter((i) => !i.isGroup).map((i) => entryRow(i, i.entries[0])));
    sync(zone, []);
    for (const id of [...rows.keys()]) if (!present.has(id)) rows.delete(id);
  }

  return {
    update(next) {
      view = next;
      draw();
    },
  };
}
