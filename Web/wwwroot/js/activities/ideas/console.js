// Ideas on the facilitator's console: the prompt and the four phases (where the room is, and the button
// to the next), the page every screen shows, and per phase: the entries to screen (when allowed), the
// grouping wall, the dots coming in, and the ranking to keep items from for the team's plan. The shell
// does open, close, timer, reveal and participation.

import { el, replace, setText, show } from '/js/dom.js';
import { markNextStep } from '/js/console/next-step.js';
import { createWall } from './console-wall.js';
import { keepFocus } from './focus.js';
import { PHASES, PHASE_NAMES, dotsFrom, dotsText, entriesText, labelOf, pageText, phaseOf, statusOf } from './common.js';

/** The console's next step while an ideas activity is on: the kind's own button, or the shell's reveal. */
export function nextStep(view) {
  const phase = phaseOf(view);
  if (phase === 'writing') return statusOf(view) === 'notOpened' ? null : { step: 'reveal' };
  if (phase === 'grouping') return { step: 'kind', phrase: 'Start the vote when the groups are ready' };
  if (phase === 'voting') return { step: 'kind', phrase: 'Show the shortlist when everyone has voted' };
  return (view?.kept ?? 0) === 0 ? { step: 'kind', phrase: 'Keep the top ones for your plan' } : null;
}

export function consoleBody(root, ctx) {
  let view = null;
  const steer = (command) => ctx.steer(command);
  const act = async (command) => {
    try {
      await steer(command);
    } catch (error) {
      ctx.showError(error.message);
    }
  };

  const prompt = el('p', { class: 'ideas-console-prompt', 'data-test': 'ideas-prompt' });
  const steps = el('ol', { class: 'ideas-steps', 'data-test': 'ideas-steps', 'aria-label': 'Phases' }, PHASES.map((p) => el('li', { 'data-phase': p, text: PHASE_NAMES[p] })));
  const counts = el('p', { class: 'ideas-counts', 'data-test': 'ideas-counts', role: 'status' });
  const toVoting = el('button', { type: 'button', class: 'button', 'data-test': 'ideas-start-voting', text: 'Start the vote', onclick: () => act({ name: 'phase', text: 'voting' }) });
  const toShortlist = el('button', { type: 'button', class: 'button', 'data-test': 'ideas-show-shortlist', text: 'Show the shortlist', onclick: () => act({ name: 'phase', text: 'shortlist' }) });
  const toGrouping = el('button', { type: 'button', class: 'button quiet', 'data-test': 'ideas-back-to-grouping', text: 'Back to grouping', onclick: () => act({ name: 'phase', text: 'grouping' }) });
  const phaseHint = el('p', { class: 'hint', 'data-test': 'ideas-phase-hint' });
  const actions = el('div', { class: 'ideas-row' }, toVoting, toShortlist, toGrouping);

  const pageInfo = el('span', { 'data-test': 'ideas-page' });
  const previous = el('button', { type: 'button', class: 'button small', 'data-test': 'ideas-previous-page', text: 'Previous page', onclick: () => turn(-1) });
  const next = el('button', { type: 'button', class: 'button small', 'data-test': 'ideas-next-page', text: 'Next page', onclick: () => turn(+1) });
  const pager = el('div', { class: 'ideas-pager ideas-row' }, previous, pageInfo, next);

  const privateNote = el('p', { class: 'ideas-private', 'data-test': 'ideas-private' });
  const screenList = el('ul', { class: 'ideas-screen', 'data-test': 'ideas-screen', 'aria-label': 'Entries to screen' });
  const asideTitle = el('h4', { text: 'Set aside' });
  const asideList = el('ul', { class: 'ideas-aside', 'data-test': 'ideas-aside-list' });
  const aside = el('section', { class: 'ideas-aside-box' }, asideTitle, el('p', { class: 'hint', text: 'Only you see these; their authors are told. Bring one back, or remove it for good.' }), asideList);
  const wallBox = el('section', { class: 'ideas-wall-box', 'aria-label': 'Grouping' });
  const wall = createWall(wallBox, { steer, showError: ctx.showError });
  const votes = el('ul', { class: 'ideas-votes', 'data-test': 'ideas-votes', 'aria-label': 'Dots so far' });
  const ranking = el('ol', { class: 'ideas-console-ranking', 'data-test': 'ideas-ranking', 'aria-label': 'Ranking' });

  root.append(el('div', { class: 'ideas-console stack' }, prompt, steps, counts, actions, phaseHint, pager, privateNote, screenList, wallBox, votes, ranking, aside));

  function turn(delta) {
    const page = view?.page;
    if (page) act({ name: 'page', text: String(page.number + delta) });
  }

  function moderation(entry) {
    if (entry.setAside) {
      return [
        el('button', { type: 'button', class: 'button small', 'data-test': 'ideas-restore', 'data-focus': `restore-${entry.entryId}`, 'aria-label': `Bring back: ${entry.text}`, text: 'Bring back', onclick: () => act({ name: 'restore', target: entry.entryId }) }),
        el('button', { type: 'button', class: 'button small quiet', 'data-test': 'ideas-remove', 'data-focus': `remove-${entry.entryId}`, 'aria-label': `Remove for good: ${entry.text}`, text: 'Remove for good', onclick: () => act({ name: 'remove', target: entry.entryId }) }),
      ];
    }
    return el('button', { type: 'button', class: 'button small quiet', 'data-test': 'ideas-set-aside', 'data-focus': `aside-${entry.entryId}`, 'aria-label': `Set aside: ${entry.text}`, text: 'Set aside', onclick: () => act({ name: 'set-aside', target: entry.entryId }) });
  }

  function entryLine(entry) {
    return el('li', { class: 'ideas-console-entry', 'data-test': 'ideas-entry', 'data-entry-id': entry.entryId }, el('span', { class: 'ideas-entry-text', text: entry.text }), moderation(entry));
  }

  function renderHeader(phase) {
    setText(prompt, view.prompt);
    for (const item of steps.children) {
      const current = item.dataset.phase === phase;
      item.classList.toggle('current', current);
      item.classList.toggle('done', PHASES.indexOf(item.dataset.phase) < PHASES.indexOf(phase));
      if (current) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    }
    const parts = [entriesText(view.entries ?? 0)];
    if (view.setAside) parts.push(`${view.setAside} set aside`);
    if (phase !== 'writing') parts.push(`${view.groups ?? 0} ${view.groups === 1 ? 'group' : 'groups'}`);
    if (phase === 'voting' || phase === 'shortlist') parts.push(`${dotsText(view.dotsPlaced ?? 0)} placed`);
    if (phase === 'shortlist') parts.push(`${view.kept ?? 0} kept for the plan`);
    setText(counts, parts.join(' · '));

    show(toVoting, phase === 'grouping' || phase === 'shortlist');
    setText(toVoting, phase === 'shortlist' ? 'Reopen the vote' : 'Start the vote');
    show(toShortlist, phase === 'grouping' || phase === 'voting');
    show(toGrouping, phase === 'voting' && (view.dotsPlaced ?? 0) === 0);
    const own = nextStep(view);
    markNextStep(toVoting, own?.step === 'kind' && phase === 'grouping');
    markNextStep(toShortlist, own?.step === 'kind' && phase === 'voting');
    setText(phaseHint, {
      writing: 'Reveal the entries when everyone has written: writing ends there, and grouping starts.',
      grouping: 'Starting the vote opens the activity for dots; the groups stay as they are from then on.',
      voting: 'The room does not see the dots until you show the shortlist.',
      shortlist: 'Keep the top ones for the team’s plan: they stay with the team after this session.',
    }[phase]);

    const page = view.page;
    show(pager, Boolean(page && page.count > 1) && phase !== 'shortlist');
    setText(pageInfo, page ? pageText(view) : '');
    previous.disabled = !page || page.number <= 1;
    next.disabled = !page || page.number >= page.count;
  }

  function render() {
    if (!view) return;
    const phase = phaseOf(view);
    renderHeader(phase);
    const items = view.items ?? [];
    const asides = items.flatMap((i) => (i.entries ?? []).filter((e) => e.setAside));
    show(aside, asides.length > 0);
    keepFocus(asideList, () => replace(asideList, asides.map(entryLine)));

    show(privateNote, phase === 'writing');
    setText(privateNote, view.settings?.screenBeforeReveal
      ? 'Only you read these until you reveal them, and never who wrote them. Set aside anything that should not reach the room.'
      : `${entriesText(view.entries ?? 0)} so far. Nobody reads them until you reveal them, you included.`);
    show(screenList, phase === 'writing' && Array.isArray(view.items));
    if (phase === 'writing') {
      keepFocus(screenList, () => replace(screenList, items.flatMap((i) => i.entries ?? []).filter((e) => !e.setAside).map(entryLine)));
    }

    show(wallBox, phase === 'grouping');
    if (phase === 'grouping') wall.update(view);

    show(votes, phase === 'voting');
    if (phase === 'voting') {
      keepFocus(votes, () =>
        replace(
          votes,
          items.filter((i) => !(i.entries ?? []).every((e) => e.setAside)).map((item) =>
            el(
              'li',
              { class: 'ideas-vote', 'data-test': 'ideas-vote', 'data-item-id': item.itemId },
              el('span', { class: 'ideas-vote-label', text: item.isGroup ? `${labelOf(item)} (${entriesText((item.entries?.length ?? 0) + (item.moreEntries ?? 0))})` : labelOf(item) }),
              el('span', { class: 'ideas-vote-dots', 'data-test': 'ideas-vote-dots', text: dotsFrom(item) }),
              item.isGroup ? null : moderation(item.entries[0]),
            ),
          ),
        ));
    }

    show(ranking, phase === 'shortlist');
    if (phase === 'shortlist') {
      keepFocus(ranking, () =>
        replace(
          ranking,
          (view.ranking ?? []).map((r) =>
            el(
              'li',
              { class: r.kept ? 'ideas-ranked kept' : 'ideas-ranked', 'data-test': 'ideas-ranked', 'data-item-id': r.itemId },
              el('span', { class: 'ideas-rank', text: `${r.rank}.` }),
              el('span', { class: 'ideas-ranked-label', text: r.size > 1 ? `${r.label} (${r.size} ideas)` : r.label }),
              el('span', { class: 'ideas-ranked-dots', text: dotsFrom(r) }),
              r.kept ? el('span', { class: 'tag', 'data-test': 'ideas-kept', text: 'Kept for our plan' }) : null,
              el('button', {
                type: 'button',
                class: r.kept ? 'button small' : 'button small primary',
                'data-test': r.kept ? 'ideas-unkeep' : 'ideas-keep',
                'data-focus': `keep-${r.itemId}`,
                'aria-label': r.kept ? `Take off the plan: ${r.label}` : `Keep for our plan: ${r.label}`,
                text: r.kept ? 'Take off the plan' : 'Keep for our plan',
                onclick: () => act({ name: r.kept ? 'unkeep' : 'keep', target: r.itemId }),
              }),
            ),
          ),
        ));
    }
  }

  return {
    update(nextView) {
      view = nextView;
      render();
    },
  };
}
