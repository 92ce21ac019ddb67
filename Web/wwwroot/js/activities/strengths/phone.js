// The strengths map on a phone (360 px, one thumb): my strengths, what I see in others, what others see
// in me, and whether my column shows on the board.
import { el, replace } from '/js/dom.js';
import { MAX_EXAMPLE, MAX_MINE, catalogue, domainLabel, statusOf } from './common.js';

export function phoneView(root, ctx) {
  let draft = { mine: [], recognitions: [], showMyColumn: true };
  let pending = 0;
  let lastView = null;
  let lastContribution = null;
  let tab = 'mine';

  const status = el('p', { class: 'sm-phone-status', 'data-test': 'sm-phone-status', 'aria-live': 'polite' });
  const reveal = el('section', { class: 'sm-phone-reveal', 'data-test': 'sm-phone-reveal', hidden: true });
  const tabs = el('div', { class: 'sm-tabs', role: 'group', 'aria-label': 'Strengths map' });
  const panel = el('div', { class: 'sm-panel' });
  const consent = el('input', { type: 'checkbox', id: 'sm-consent', 'data-test': 'sm-consent', onchange: () => send({ ...draft, showMyColumn: consent.checked }) });
  replace(root, status, reveal, tabs,
    el('p', { class: 'sm-consent' }, consent, el('label', { for: 'sm-consent', text: ' Show my column on the board (you count in the totals either way)' })),
    panel);

  function send(next) {
    draft = next;
    pending++;
    render();
    Promise.resolve(ctx.submit({ mine: draft.mine, recognitions: draft.recognitions, showMyColumn: draft.showMyColumn }))
      .catch(() => {})
      .finally(() => { pending--; });
  }

  function open() { return statusOf(lastView) === 'open'; }

  let renderedKey = '';

  function render() {
    if (!lastView) return;
    // Counts change all the time; this phone only redraws for what it shows, so focus and place stay.
    const key = JSON.stringify([tab, statusOf(lastView), lastView.strengths?.length, lastView.teammates, lastView.mostShared, draft, lastContribution]);
    if (key === renderedKey) return;
    renderedKey = key;
    const focused = document.activeElement?.getAttribute?.('data-focus');
    const cat = catalogue(lastView);
    const state = statusOf(lastView);
    status.textContent = state === 'open' ? '' : state === 'closed' ? 'Here is what you gave and received: it can no longer change.' : 'You can read the strengths already.';
    consent.checked = draft.showMyColumn;
    consent.disabled = !open();

    const top = lastView.mostShared;
    reveal.hidden = !top || top.length === 0;
    if (top) replace(reveal, el('h2', { text: 'The strengths we share most' }), el('ol', {}, top.map((id) => el('li', { text: cat.byId.get(id)?.name ?? '' }))));

    const received = lastContribution?.received ?? [];
    replace(tabs, [['mine', `My strengths (${draft.mine.length} of ${MAX_MINE})`], ['others', 'I see in others'], ['me', `Seen in me (${received.length})`]].map(([id, label]) =>
      el('button', { type: 'button', class: 'sm-tab', 'data-focus': `tab-${id}`, 'aria-pressed': String(tab === id), 'data-test': `sm-tab-${id}`, text: label, onclick: () => { tab = id; render(); } })));

    if (tab === 'mine') replace(panel, minePanel(cat));
    else if (tab === 'others') replace(panel, othersPanel(cat));
    else replace(panel, receivedPanel(cat, received));
    if (focused) root.querySelector(`[data-focus="${focused}"]`)?.focus();
  }

  function minePanel(cat) {
    const full = draft.mine.length >= MAX_MINE;
    const closed = statusOf(lastView) === 'closed';
    const move = (i, by) => {
      const mine = [...draft.mine];
      [mine[i], mine[i + by]] = [mine[i + by], mine[i]];
      send({ ...draft, mine });
    };
    return [
      // The participant's own picks stay first, above the catalogue, however far they scroll into it.
      draft.mine.length === 0
        ? (closed ? null : el('p', { class: 'sm-note sm-mine-empty', text: `Pick up to ${MAX_MINE} strengths you bring, most like you first. Open a domain to see its strengths.` }))
        : el('ol', { class: 'sm-mine', 'data-test': 'sm-mine' }, draft.mine.map((id, i) => el('li', {},
          el('span', { class: 'sm-mine-name', text: cat.byId.get(id)?.name ?? '' }),
          el('button', { type: 'button', 'data-focus': `up-${id}`, 'aria-label': `Move ${cat.byId.get(id)?.name ?? ''} up`, disabled: !open() || i === 0, onclick: () => move(i, -1), text: '↑' }),
          el('button', { type: 'button', 'data-focus': `down-${id}`, 'aria-label': `Move ${cat.byId.get(id)?.name ?? ''} down`, disabled: !open() || i === draft.mine.length - 1, onclick: () => move(i, 1), text: '↓' }),
          el('button', { type: 'button', 'aria-label': `Take ${cat.byId.get(id)?.name ?? ''} off`, 'data-test': 'sm-remove-mine', disabled: !open(), onclick: () => send({ ...draft, mine: draft.mine.filter((m) => m !== id) }), text: '✕' })))),
      full ? el('p', { class: 'sm-note', 'data-test': 'sm-full', text: `All ${MAX_MINE} picked: take one off (✕) to add another.` }) : null,
      // Closed, the catalogue is only buttons nobody can press: the participant's own five are what count.
      closed ? (draft.mine.length === 0 ? el('p', { class: 'sm-note', text: 'You did not pick any strengths this time.' }) : null) : cat.domains.map((d) => domainSection(cat, d, full)),
    ];
  }

  // Which domains the participant opened: the panel is redrawn on every pick, and a section snapping
  // shut under their thumb would lose their place. All start closed, so the four domains fit one screen.
  const openDomains = new Set();

  /** One domain of the catalogue, folded: a <details> whose summary names the domain and its picks. */
  function domainSection(cat, d, full) {
    const strengths = cat.inDomain(d.domainId);
    const picked = strengths.filter((s) => draft.mine.includes(s.strengthId)).length;
    const section = el('details', {
      class: 'sm-phone-domain',
      'data-domain': cat.domainIndex.get(d.domainId),
      'data-test': 'sm-domain',
      'data-domain-id': d.domainId,
      open: openDomains.has(d.domainId),
      ontoggle: () => (section.open ? openDomains.add(d.domainId) : openDomains.delete(d.domainId)),
    },
    el('summary', { 'data-focus': `domain-${d.domainId}`, 'data-test': 'sm-domain-toggle' },
      domainLabel(cat, d.domainId),
      picked ? el('span', { class: 'sm-domain-count', text: `${picked} picked` }) : null),
    el('ul', {}, strengths.map((s) => {
      const chosen = draft.mine.includes(s.strengthId);
      return el('li', {},
        el('button', {
          type: 'button',
          class: 'sm-pick',
          'aria-pressed': String(chosen),
          'data-test': 'sm-pick',
          'data-strength': s.strengthId,
          'data-focus': `pick-${s.strengthId}`,
          disabled: !open() || (full && !chosen),
          onclick: () => send({ ...draft, mine: chosen ? draft.mine.filter((m) => m !== s.strengthId) : [...draft.mine, s.strengthId] }),
        }, el('span', { class: 'sm-pick-name', text: s.name }), el('span', { class: 'sm-pick-description', text: s.description })));
    })));
    return section;
  }

  // The recognise form is built once and kept: views arrive while someone is typing an example, and
  // rebuilding it would throw their words and their place away.
  // data-focus: a redraw while someone types re-attaches the form, and gives them their focus back.
  const person = el('select', { id: 'sm-person', 'data-test': 'sm-person', 'data-focus': 'sm-person' });
  const strength = el('select', { id: 'sm-strength', 'data-test': 'sm-strength', 'data-focus': 'sm-strength' });
  const example = el('input', { id: 'sm-example', maxlength: MAX_EXAMPLE, 'data-test': 'sm-example-input', 'data-focus': 'sm-example', autocomplete: 'off' });
  const problem = el('p', { class: 'sm-note', role: 'alert', 'data-test': 'sm-recognise-problem' });
  const recognise = el('button', { type: 'submit', 'data-test': 'sm-recognise', 'data-focus': 'sm-recognise', text: 'Add' });
  const form = el('form', {
    class: 'sm-recognise',
    onsubmit: (e) => {
      e.preventDefault();
      if (!person.value || !strength.value) { problem.textContent = 'Choose a strength and a teammate, then add.'; return; }
      if (draft.recognitions.some((r) => r.participantId === person.value && r.strengthId === strength.value)) { problem.textContent = 'You already see that strength in them: choose another.'; return; }
      problem.textContent = '';
      const text = example.value.trim();
      example.value = '';
      send({ ...draft, recognitions: [...draft.recognitions, { participantId: person.value, strengthId: strength.value, example: text || null }] });
    },
  },
  el('label', { for: 'sm-strength', text: 'I see…' }), strength,
  el('label', { for: 'sm-person', text: '…in' }), person,
  el('label', { for: 'sm-example', text: 'When? One sentence (optional)' }), example,
  recognise, problem);
  let optionsKey = '';

  function othersPanel(cat) {
    if (!lastView.teammates) return el('p', { class: 'sm-note', text: 'This room is too large to list everyone here.' });
    // The shared list is the same for everyone: this phone leaves its own person out.
    const me = lastContribution?.participantId;
    const teammates = lastView.teammates.filter((t) => t.participantId !== me);
    const nameOf = (id) => lastView.teammates.find((t) => t.participantId === id)?.name ?? 'a teammate';
    const key = JSON.stringify([teammates, cat.strengths.length, cat.domains.length]);
    if (key !== optionsKey) {
      optionsKey = key;
      const [p, s] = [person.value, strength.value];
      replace(person, el('option', { value: '', text: 'Choose a teammate' }), teammates.map((t) => el('option', { value: t.participantId, text: t.name })));
      replace(strength, el('option', { value: '', text: 'Choose a strength' }),
        cat.domains.map((d) => el('optgroup', { label: d.name }, cat.inDomain(d.domainId).map((x) => el('option', { value: x.strengthId, text: x.name })))));
      person.value = p;
      strength.value = s;
    }
    recognise.disabled = !open();
    const given = lastContribution?.given ?? [];
    return [
      form,
      el('ul', { class: 'sm-given', 'data-test': 'sm-given' }, draft.recognitions.map((r, i) => {
        const stored = given.find((g) => g.participantId === r.participantId && g.strengthId === r.strengthId);
        const what = `${cat.byId.get(r.strengthId)?.name ?? ''} in ${nameOf(r.participantId)}`;
        return el('li', {},
          el('span', { text: what }),
          r.example ? el('q', { text: r.example }) : null,
          stored?.exampleHidden ? el('span', { class: 'sm-note', 'data-test': 'sm-example-hidden', text: `The facilitator hid this example: ${nameOf(r.participantId)} does not read it. The recognition still counts.` }) : null,
          el('button', { type: 'button', 'data-focus': `take-back-${i}`, disabled: !open(), 'aria-label': `Take back ${what}`, onclick: () => send({ ...draft, recognitions: draft.recognitions.filter((x) => x !== r) }), text: 'Take back' }));
      })),
    ];
  }

  function receivedPanel(cat, received) {
    if (received.length === 0) return el('p', { class: 'sm-note', text: 'Nothing yet. What teammates see in you appears here.' });
    return el('ul', { class: 'sm-received', 'data-test': 'sm-received' }, received.map((r) => el('li', {},
      el('span', { text: `${r.from ?? 'Someone'} sees ${cat.byId.get(r.strengthId)?.name ?? ''} in you` }),
      r.example ? el('q', { text: r.example }) : null)));
  }

  return {
    update(view, contribution) {
      lastView = view;
      // A new object, not only a new revision: a teammate's recognition or the facilitator's moderation
      // changes what this person received or gave without changing their own revision.
      if (contribution && contribution !== lastContribution) {
        lastContribution = contribution;
        // Adopt the stored contribution unless the participant's own newer change is still on its way.
        if (pending === 0) {
          draft = {
            mine: [...(contribution.mine ?? [])],
            recognitions: (contribution.given ?? []).map((g) => ({ participantId: g.participantId, strengthId: g.strengthId, example: g.example ?? null })),
            showMyColumn: contribution.showMyColumn !== false,
          };
        }
      }
      render();
    },
  };
}
