// Ideas on a phone (360 px, one thumb). Writing: the prompt, your own entries (only you see them until
// the reveal), and a box to add or change one. Grouping: the wall, and when the facilitator allows it,
// tap an entry, then "Same as this" on another. Voting: − and + per item, with the dots left. Then the
// shortlist. Every input is the participant's whole part for the phase; a grouping change carries where
// the phone saw each entry, so a change someone else just made is refused, never lost.

import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';
import { keepFocus } from './focus.js';
import { dotsText, entriesText, labelOf, newEntryId, pageText, phaseOf, placeOf, statusOf, whatNow } from './common.js';

let phones = 0;

export function phone(root, ctx) {
  const id = `ideas-phone-${++phones}`;
  let view = null;
  let mine = null; // the contribution as stored
  let editing = null; // the entry id being changed
  let selected = null; // { entryId, place } while grouping

  const prompt = el('h2', { class: 'ideas-prompt', 'data-test': 'ideas-prompt' });
  const now = el('p', { class: 'ideas-now', 'data-test': 'ideas-now' });

  // Writing
  const ownTitle = el('h3', { id: `${id}-own`, text: 'Your entries' });
  const ownNote = el('p', { class: 'hint', 'data-test': 'ideas-own-count' });
  const own = el('ul', { class: 'ideas-own', 'data-test': 'ideas-own', 'aria-labelledby': `${id}-own` });
  const label = el('label', { for: `${id}-text`, text: 'Your idea' });
  const text = el('textarea', { id: `${id}-text`, rows: '3', 'data-test': 'ideas-text', autocomplete: 'off' });
  const send = el('button', { type: 'submit', class: 'button primary', 'data-test': 'ideas-send', text: 'Add' });
  const cancel = el('button', { type: 'button', class: 'button quiet', 'data-test': 'ideas-cancel', text: 'Cancel', onclick: () => stopEditing() });
  const form = el('form', { class: 'ideas-write', novalidate: true, onsubmit: onWrite }, label, text, el('div', { class: 'ideas-row' }, send, cancel));
  const writing = el('section', { class: 'ideas-writing', 'aria-labelledby': `${id}-own` }, ownTitle, ownNote, own, form);

  // After the reveal
  const page = el('p', { class: 'hint', 'data-test': 'ideas-page' });
  const dotsLeft = el('p', { class: 'ideas-dots-left', 'data-test': 'ideas-dots-left' });
  const wall = el('ul', { class: 'ideas-wall', 'data-test': 'ideas-wall', 'aria-label': 'The ideas' });
  const elsewhereTitle = el('h3', { text: 'Your dots on other pages' });
  const elsewhere = el('ul', { class: 'ideas-elsewhere', 'data-test': 'ideas-elsewhere' });
  const elsewhereBox = el('section', { class: 'ideas-elsewhere-box' }, elsewhereTitle, elsewhere);
  const rankingTitle = el('h3', { id: `${id}-ranking`, text: 'Our shortlist' });
  const ranking = el('ol', { class: 'ideas-ranking', 'data-test': 'ideas-ranking', 'aria-labelledby': `${id}-ranking` });
  const shortlist = el('section', { class: 'ideas-shortlist' }, rankingTitle, ranking);

  root.append(el('div', { class: 'ideas-phone' }, prompt, now, writing, dotsLeft, page, wall, elsewhereBox, shortlist));

  text.addEventListener('input', () => {
    // One line each: the server refuses line breaks, so they become spaces as they are typed.
    if (/[\r\n]/.test(text.value)) text.value = text.value.replace(/[\r\n]+/g, ' ');
  });

  /** The entries as the phone last asked for them (on their way), else as stored. */
  function myEntries() {
    const pending = ctx.pending();
    if (pending?.entries) {
      const stored = new Map((mine?.entries ?? []).map((e) => [e.entryId, e]));
      return pending.entries.map((d) => ({ ...d, moderation: stored.get(d.entryId)?.moderation ?? 'none' }));
    }
    return mine?.entries ?? [];
  }

  function myDots() {
    return ctx.pending()?.dots ?? mine?.dots ?? {};
  }

  function onWrite(event) {
    event.preventDefault();
    const typed = text.value.trim();
    const max = view?.settings?.maxEntryLength ?? 140;
    if (!typed) return ctx.showError('Write something first.');
    if (typed.length > max) return ctx.showError(`Each entry can be 1 to ${max} characters.`);
    const entries = myEntries().map(({ entryId, text: t }) => ({ entryId, text: t }));
    if (editing) {
      const at = entries.findIndex((e) => e.entryId === editing);
      if (at >= 0) entries[at] = { entryId: editing, text: typed };
    } else {
      const limit = view?.settings?.maxEntriesPerPerson ?? 3;
      const counted = myEntries().filter((e) => e.moderation !== 'removed').length;
      if (counted >= limit) return ctx.showError(`You can write at most ${entriesText(limit)}: delete one to write another.`);
      entries.push({ entryId: newEntryId(), text: typed });
    }
    text.value = '';
    editing = null;
    submit({ entries });
  }

  function remove(entryId) {
    submit({ entries: myEntries().filter((e) => e.entryId !== entryId).map(({ entryId: i, text: t }) => ({ entryId: i, text: t })) });
    if (editing === entryId) stopEditing();
  }

  function edit(entry) {
    editing = entry.entryId;
    text.value = entry.text;
    render();
    text.focus();
  }

  function stopEditing() {
    editing = null;
    text.value = '';
    render();
  }

  async function submit(input) {
    const answer = await ctx.submit(input);
    if (answer?.contribution) take(answer.contribution);
    render();
  }

  function changeDots(itemId, delta) {
    const settings = view.settings;
    const dots = { ...myDots() };
    const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
    const count = dots[itemId] ?? 0;
    if (delta > 0 && used >= settings.dotsPerPerson) {
      return ctx.showError(`All ${dotsText(settings.dotsPerPerson)} used: take one off to move it.`);
    }
    if (delta > 0 && count >= settings.maxDotsPerItem) {
      return ctx.showError(`At most ${dotsText(settings.maxDotsPerItem)} on one item: put your next one on another.`);
    }
    const next = Math.max(0, count + delta);
    if (next === 0) delete dots[itemId];
    else dots[itemId] = next;
    submit({ dots });
  }

  function move(target) {
    if (!selected) return;
    const input = { move: { entries: [selected.place], with: target } };
    selected = null;
    submit(input);
  }

  function take(contribution) {
    if (!contribution) return;
    if (mine && contribution.revision < mine.revision) return;
    mine = contribution;
  }

  function renderOwn(open, phase) {
    // After the reveal only what the facilitator set aside is listed: the rest is on the wall.
    const entries = phase === 'writing' ? myEntries() : myEntries().filter((e) => e.moderation && e.moderation !== 'none');
    show(writing, phase === 'writing' || entries.length > 0);
    const limit = view.settings?.maxEntriesPerPerson ?? 3;
    const counted = entries.filter((e) => e.moderation !== 'removed').length;
    setText(ownNote, entries.length === 0 ? (open ? 'Nothing yet: write your first idea below.' : 'You wrote nothing.') : `${counted} of ${limit} written. Only you see them until the reveal.`);
    keepFocus(own, () =>
      replace(
        own,
        entries.map((entry) => {
          const aside = entry.moderation && entry.moderation !== 'none';
          return el(
            'li',
            { class: aside ? 'ideas-own-entry aside' : 'ideas-own-entry', 'data-test': 'ideas-own-entry' },
            el('p', { class: 'ideas-own-text', 'data-test': 'ideas-own-text', text: entry.text }),
            aside ? el('p', { class: 'ideas-aside-note', 'data-test': 'ideas-set-aside', role: 'status', text: 'The facilitator has set this one aside.' }) : null,
            open
              ? el(
                  'div',
                  { class: 'ideas-row' },
                  aside ? null : el('button', { type: 'button', class: 'button small', 'data-focus': `edit-${entry.entryId}`, 'aria-label': `Change: ${entry.text}`, text: 'Change', onclick: () => edit(entry) }),
                  el('button', { type: 'button', class: 'button small quiet', 'data-test': 'ideas-delete', 'data-focus': `delete-${entry.entryId}`, 'aria-label': `Delete: ${entry.text}`, text: 'Delete', onclick: () => remove(entry.entryId) }),
                )
              : null,
          );
        }),
      ));
    setText(label, editing ? 'Change your idea' : 'Your idea');
    setText(send, editing ? 'Save' : 'Add');
    show(cancel, Boolean(editing));
    text.maxLength = view.settings?.maxEntryLength ?? 140;
    show(form, phase === 'writing' && open && (Boolean(editing) || counted < limit));
    show(ownNote, phase === 'writing');
  }

  function renderGrouping(open) {
    const canGroup = open && view.settings?.phonesMayGroup;
    if (selected && !(view.items ?? []).some((item) => (item.entries ?? []).some((e) => placeOf(item, e) === selected.place))) selected = null;
    keepFocus(wall, () =>
      replace(
        wall,
        (view.items ?? []).map((item) => {
          const entries = (item.entries ?? []).map((entry) => {
            const place = placeOf(item, entry);
            const isSelected = selected?.place === place;
            return el(
              'li',
              { class: 'ideas-entry', 'data-test': 'ideas-entry', 'data-entry-id': entry.entryId },
              canGroup
                ? el('button', {
                    type: 'button',
                    class: isSelected ? 'ideas-pick picked' : 'ideas-pick',
                    'aria-pressed': String(isSelected),
                    'data-test': 'ideas-pick',
                    'data-focus': `pick-${entry.entryId}`,
                    text: entry.text,
                    onclick: () => {
                      selected = isSelected ? null : { entryId: entry.entryId, place };
                      render();
                    },
                  })
                : el('span', { text: entry.text }),
            );
          });
          const mineHere = selected && (item.entries ?? []).some((e) => e.entryId === selected.entryId);
          const actions = [];
          if (canGroup && selected && !mineHere) {
            const target = item.isGroup ? `@${item.itemId}` : placeOf(item, item.entries[0]);
            actions.push(el('button', { type: 'button', class: 'button small primary', 'data-test': 'ideas-same-as', 'data-focus': `same-${item.itemId}`, 'aria-label': `Same as this: ${labelOf(item)}`, text: 'Same as this', onclick: () => move(target) }));
          }
          if (canGroup && mineHere && item.isGroup) {
            actions.push(el('button', { type: 'button', class: 'button small', 'data-test': 'ideas-not-in-group', text: 'Not in this group', onclick: () => move(null) }));
          }
          return el(
            'li',
            { class: item.isGroup ? 'ideas-item group' : 'ideas-item', 'data-test': 'ideas-item', 'data-item-id': item.itemId },
            item.isGroup ? el('h3', { class: 'ideas-group-name', text: item.name || 'Group' }) : null,
            el('ul', { class: 'ideas-entries' }, entries),
            item.moreEntries ? el('p', { class: 'hint', text: `and ${item.moreEntries} more` }) : null,
            actions.length ? el('div', { class: 'ideas-row' }, actions) : null,
          );
        }),
      ));
  }

  function renderVoting(open) {
    const settings = view.settings ?? {};
    const dots = myDots();
    const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
    setText(dotsLeft, `${settings.dotsPerPerson - used} of ${dotsText(settings.dotsPerPerson)} left`);
    const onPage = new Set((view.items ?? []).map((i) => i.itemId));
    keepFocus(wall, () =>
      replace(
        wall,
        (view.items ?? []).map((item) => {
          const count = dots[item.itemId] ?? 0;
          return el(
            'li',
            { class: count > 0 ? 'ideas-item has-dots' : 'ideas-item', 'data-test': 'ideas-item', 'data-item-id': item.itemId },
            item.isGroup ? el('h3', { class: 'ideas-group-name', text: item.name || 'Group' }) : null,
            el('ul', { class: 'ideas-entries' }, (item.entries ?? []).map((e) => el('li', { class: 'ideas-entry', 'data-test': 'ideas-entry', text: e.text }))),
            item.moreEntries ? el('p', { class: 'hint', text: `and ${item.moreEntries} more` }) : null,
            dotControls(item.itemId, labelOf(item), count, open),
          );
        }),
      ));
    const away = Object.entries(dots).filter(([itemId]) => !onPage.has(itemId));
    show(elsewhereBox, away.length > 0);
    const labels = new Map((mine?.dotted ?? []).map((d) => [d.itemId, d.label]));
    replace(elsewhere, away.map(([itemId, count]) => el('li', { class: 'ideas-item' }, el('p', { text: labels.get(itemId) ?? 'An item on another page' }), dotControls(itemId, labels.get(itemId) ?? 'an item', count, open))));
  }

  function dotControls(itemId, what, count, open) {
    return el(
      'div',
      { class: 'ideas-dots' },
      el('button', { type: 'button', class: 'ideas-dot-button', 'data-test': 'ideas-remove-dot', 'data-focus': `minus-${itemId}`, 'aria-label': `Take a dot off: ${what}`, disabled: !open || count === 0, text: '−', onclick: () => changeDots(itemId, -1) }),
      el('span', { class: 'ideas-dot-count', 'data-test': 'ideas-dot-count' }, String(count), el('span', { class: 'visually-hidden', text: ` ${plural(count, 'dot', 'dots')}` })),
      el('button', { type: 'button', class: 'ideas-dot-button add', 'data-test': 'ideas-add-dot', 'data-focus': `plus-${itemId}`, 'aria-label': `Add a dot: ${what}`, disabled: !open, text: '+', onclick: () => changeDots(itemId, +1) }),
    );
  }

  function renderShortlist() {
    replace(
      ranking,
      (view.ranking ?? []).map((r) =>
        el(
          'li',
          { class: r.kept ? 'ideas-ranked kept' : 'ideas-ranked', 'data-test': 'ideas-ranked' },
          el('span', { class: 'ideas-ranked-label', text: r.label }),
          el('span', { class: 'ideas-ranked-dots', text: ` · ${dotsText(r.dots)}` }),
          r.kept ? el('span', { class: 'tag', text: 'Kept for our plan' }) : null,
        ),
      ),
    );
  }

  function render() {
    if (!view) return;
    const phase = phaseOf(view);
    const open = statusOf(view) === 'open';
    setText(prompt, view.prompt);
    setText(now, whatNow(view, { phone: true }));
    root.dataset.phase = phase;
    show(page, phase === 'grouping' || phase === 'voting');
    setText(page, pageText(view));
    show(wall, phase === 'grouping' || phase === 'voting');
    show(dotsLeft, phase === 'voting');
    show(elsewhereBox, false);
    show(shortlist, phase === 'shortlist');
    renderOwn(open && phase === 'writing', phase);
    if (phase === 'writing') return;
    if (phase === 'grouping') renderGrouping(open);
    else if (phase === 'voting') renderVoting(open);
    else renderShortlist();
  }

  return {
    update(nextView, contribution) {
      view = nextView;
      take(contribution);
      render();
    },
  };
}
