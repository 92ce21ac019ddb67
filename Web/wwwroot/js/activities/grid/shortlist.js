// "Take items from…" in the 2×2's setup: lists the activities already on this session's agenda and
// fills the items from the chosen one's results, the rows of its section "Shortlist" (the ideas kind
// keeps what the team chose that way). Any kind whose results hold such a section works: the results
// are read through the same download the console's Results card uses, with the facilitator's key.

import { el, replace, setText } from '/js/dom.js';
import { getJson } from '/js/api.js';
import { loadKinds } from '/js/activities/registry.js';

const SHORTLIST = 'Shortlist';

/** Items are compared as the server compares them, roughly: case and spacing make no difference. */
const keyOf = (item) => item.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * ctx: the setup form's context (session(), sessionId, key(), showError). current(): the items listed
 * now; fill(items): adds the items taken. Returns { node, reset() }.
 */
export function createShortlistPicker(ctx, { id, current, fill }) {
  const select = el('select', { id: `${id}-from`, 'data-test': 'grid-take-from', 'aria-describedby': `${id}-from-hint` });
  const button = el('button', { type: 'button', class: 'button', 'data-test': 'grid-take-items', text: 'Take its shortlist' });
  const status = el('p', { class: 'grid-take-status', role: 'status', 'data-test': 'grid-take-status' });
  const node = el(
    'div',
    { class: 'field grid-take' },
    el('label', { for: select.id, text: 'Take items from…' }),
    el('div', { class: 'grid-take-row' }, select, button),
    el('p', { class: 'hint', id: `${id}-from-hint`, text: 'An earlier activity of this session whose results keep a shortlist, such as ideas. Its items are added to the list above.' }),
    status,
  );
  let labels = new Map(); // kind name → label, once the registry has loaded
  let agenda = [];

  loadKinds().then((kinds) => {
    labels = new Map([...kinds].map(([name, kind]) => [name, kind.label]));
    refresh(true);
  });

  /** Lists the agenda as the console knows it now (it grows while the form stays open). */
  function refresh(force = false) {
    const activities = ctx.session?.()?.activities ?? [];
    const signature = JSON.stringify(activities.map((a) => [a.activityId, a.kind, a.title]));
    if (!force && signature === select.dataset.signature) return;
    select.dataset.signature = signature;
    agenda = activities;
    const chosen = select.value;
    replace(
      select,
      activities.length > 0
        ? activities.map((a) => el('option', { value: a.activityId, text: `${a.title} (${labels.get(a.kind) ?? a.kind})` }))
        : el('option', { value: '', text: 'No earlier activities yet' }),
    );
    if (activities.some((a) => a.activityId === chosen)) select.value = chosen;
    select.disabled = activities.length === 0;
    button.disabled = activities.length === 0;
  }

  select.addEventListener('focus', () => refresh());
  select.addEventListener('pointerdown', () => refresh());
  button.addEventListener('click', take);
  refresh(true);

  async function take() {
    refresh();
    const listing = agenda.find((a) => a.activityId === select.value);
    if (!listing) return;
    button.disabled = true;
    setText(status, `Reading the results of “${listing.title}”…`);
    try {
      const results = await getJson(`/api/sessions/${encodeURIComponent(ctx.sessionId)}/results.json`, { token: ctx.key() });
      const found = resultsOf(agenda, results?.activities ?? [], listing);
      const shortlist = (found?.rows ?? []).filter((row) => row.section === SHORTLIST).map((row) => String(row.item ?? '').trim()).filter(Boolean);
      if (!found) {
        setText(status, `The results of “${listing.title}” could not be found. Reload the console and try again.`);
        return;
      }
      if (shortlist.length === 0) {
        setText(status, `“${listing.title}” has no shortlist (yet): only an activity that keeps one, such as ideas, gives items.`);
        return;
      }
      const listed = new Set(current().map(keyOf));
      const fresh = shortlist.filter((item) => {
        const key = keyOf(item);
        if (listed.has(key)) return false;
        listed.add(key);
        return true;
      });
      if (fresh.length > 0) fill(fresh);
      const already = shortlist.length - fresh.length;
      setText(
        status,
        `Took ${fresh.length} ${fresh.length === 1 ? 'item' : 'items'} from “${listing.title}”` + (already > 0 ? ` (${already} already listed).` : '.'),
      );
    } catch (error) {
      setText(status, '');
      ctx.showError(error.message);
    } finally {
      button.disabled = agenda.length === 0;
    }
  }

  return {
    node,
    refresh: () => refresh(),
    reset() {
      setText(status, '');
      refresh(true);
    },
  };
}

/**
 * The results of `wanted` among a session's results, which come in agenda order but leave out any
 * activity of a kind the server does not know: the two lists are walked side by side by kind and title.
 */
function resultsOf(agenda, results, wanted) {
  let next = 0;
  for (const listing of agenda) {
    const candidate = results[next];
    const same = candidate && candidate.kind === listing.kind && candidate.title === listing.title;
    if (listing.activityId === wanted.activityId) return same ? candidate : null;
    if (same) next++;
  }
  return null;
}
