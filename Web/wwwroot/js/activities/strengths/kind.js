// The strengths map's console, board and phone views. Everything people typed (names, strengths,
// examples) goes in through el()/textContent only. Self-chosen and seen-by-others marks differ in shape
// (● and ▲) as well as colour, and every domain is labelled, not only coloured.
import { el, replace } from '/js/dom.js';

const MAX_MINE = 5;
const MAX_EXAMPLE = 200;
const SELF = '●';
const SEEN = '▲';

const STATUS = ['NotOpened', 'Open', 'Closed'];
const statusOf = (view) => (typeof view?.stage?.status === 'number' ? STATUS[view.stage.status] : view?.stage?.status);

/** A count the audience copy of an anonymous map leaves out (one or two people) reads "1–2". */
const count = (n) => (n === null || n === undefined ? '1–2' : String(n));

function catalogue(view) {
  const domains = view.domains ?? [];
  const strengths = view.strengths ?? [];
  const domainIndex = new Map(domains.map((d, i) => [d.domainId, i]));
  const byId = new Map(strengths.map((s) => [s.strengthId, s]));
  const domainName = (id) => domains.find((d) => d.domainId === id)?.name ?? '';
  const inDomain = (id) => strengths.filter((s) => s.domainId === id);
  return { domains, strengths, domainIndex, byId, domainName, inDomain };
}

/** A label with the domain's colour swatch and its name: colour never alone. */
function domainLabel(cat, domainId) {
  return el('span', { class: 'sm-domain-label', 'data-domain': cat.domainIndex.get(domainId) ?? 0 },
    el('span', { class: 'sm-swatch', 'aria-hidden': 'true' }), cat.domainName(domainId));
}

function legend() {
  return el('p', { class: 'sm-legend', 'data-test': 'sm-legend' },
    el('span', { class: 'sm-mark sm-self', 'aria-hidden': 'true', text: SELF }), ' chosen by themselves   ',
    el('span', { class: 'sm-mark sm-seen', 'aria-hidden': 'true', text: SEEN }), ' seen by others');
}

function lines(text) {
  return String(text ?? '').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

// ---------------------------------------------------------------- console

function setupForm(root) {
  const domains = el('textarea', { id: 'sm-extra-domains', rows: 2, 'data-test': 'sm-extra-domains' });
  const strengths = el('textarea', { id: 'sm-extra-strengths', rows: 3, 'data-test': 'sm-extra-strengths' });
  replace(root,
    el('p', { class: 'sm-hint', text: 'The built-in catalogue has four domains: Getting things done, Influencing, Building relationships, Thinking. Add the team\'s own if you like.' }),
    el('label', { for: 'sm-extra-domains', text: 'Extra domains (one per line, optional)' }), domains,
    el('label', { for: 'sm-extra-strengths', text: 'Extra strengths (one per line, "Domain: Strength - description", optional)' }), strengths);
  return {
    read() {
      const extraStrengths = lines(strengths.value).map((line) => {
        const colon = line.indexOf(':');
        if (colon <= 0) throw new Error(`Write "${line}" as "Domain: Strength".`);
        const rest = line.slice(colon + 1).trim();
        const dash = rest.indexOf(' - ');
        return dash < 0
          ? { domain: line.slice(0, colon).trim(), name: rest, description: null }
          : { domain: line.slice(0, colon).trim(), name: rest.slice(0, dash).trim(), description: rest.slice(dash + 3).trim() };
      });
      return { extraDomains: lines(domains.value), extraStrengths };
    },
    reset() {
      domains.value = '';
      strengths.value = '';
    },
  };
}

function consoleView(root, ctx) {
  const nameOf = (id) => (ctx.names?.get ? ctx.names.get(id) : ctx.names?.[id]) ?? 'someone who left';
  const steer = (command) => ctx.steer(command).catch((e) => ctx.showError?.(e.message));
  const participation = el('p', { class: 'sm-participation', 'data-test': 'sm-participation', 'aria-live': 'polite' });
  const counts = el('div', { class: 'sm-console-counts', 'data-test': 'sm-console-counts' });
  const examples = el('ul', { class: 'sm-examples', 'data-test': 'sm-examples' });
  const domainSelect = el('select', { id: 'sm-add-domain-of', 'data-test': 'sm-add-strength-domain' });
  const strengthName = el('input', { id: 'sm-add-strength-name', maxlength: 40, 'data-test': 'sm-add-strength-name' });
  const strengthDescription = el('input', { id: 'sm-add-strength-description', maxlength: 120 });
  const domainName = el('input', { id: 'sm-add-domain-name', maxlength: 40, 'data-test': 'sm-add-domain-name' });
  const addStrength = el('form', {
    class: 'sm-inline-form',
    onsubmit: (e) => {
      e.preventDefault();
      const description = strengthDescription.value.trim();
      steer({ name: 'add-strength', target: domainSelect.value, text: description ? `${strengthName.value.trim()}: ${description}` : strengthName.value.trim() })
        .then(() => { strengthName.value = ''; strengthDescription.value = ''; });
    },
  },
  el('label', { for: 'sm-add-domain-of', text: 'Domain' }), domainSelect,
  el('label', { for: 'sm-add-strength-name', text: 'Strength' }), strengthName,
  el('label', { for: 'sm-add-strength-description', text: 'One-line description (optional)' }), strengthDescription,
  el('button', { type: 'submit', 'data-test': 'sm-add-strength', text: 'Add strength' }));
  const addDomain = el('form', {
    class: 'sm-inline-form',
    onsubmit: (e) => {
      e.preventDefault();
      steer({ name: 'add-domain', text: domainName.value.trim() }).then(() => { domainName.value = ''; });
    },
  },
  el('label', { for: 'sm-add-domain-name', text: 'New domain' }), domainName,
  el('button', { type: 'submit', 'data-test': 'sm-add-domain', text: 'Add domain' }));

  replace(root, participation, counts,
    el('h3', { text: 'Examples people wrote (only the person they are about reads them)' }), examples,
    el('details', { class: 'sm-add' }, el('summary', { text: 'Add a strength or a domain' }), addStrength, addDomain));

  return {
    update(view) {
      const cat = catalogue(view);
      participation.textContent = `${view.choosers} chose their strengths · ${view.recognisers} recognised a teammate`;
      const selected = domainSelect.value;
      replace(domainSelect, cat.domains.map((d) => el('option', { value: d.domainId, text: d.name })));
      if (selected) domainSelect.value = selected;
      const byStrength = new Map((view.counts ?? []).map((c) => [c.strengthId, c]));
      replace(counts, legend(), cat.domains.map((d) => el('section', { class: 'sm-console-domain' },
        el('h4', {}, domainLabel(cat, d.domainId)),
        el('ul', {}, cat.inDomain(d.domainId).map((s) => {
          const c = byStrength.get(s.strengthId);
          return el('li', {}, `${s.name} — ${SELF} ${count(c?.chosenBySelf ?? 0)}  ${SEEN} ${count(c?.seenByOthers ?? 0)}`);
        })))));
      const list = view.examples ?? [];
      replace(examples, list.length === 0 ? el('li', { text: 'No examples yet.' }) : list.map((x) => el('li', { 'data-test': 'sm-example', class: x.hidden ? 'sm-hidden-example' : '' },
        el('span', { class: 'sm-example-about', text: `${cat.byId.get(x.strengthId)?.name ?? ''} in ${nameOf(x.recipientId)}: ` }),
        el('q', { text: x.text }),
        x.hidden ? el('span', { class: 'sm-note', text: ' (hidden)' }) : null,
        el('button', {
          type: 'button',
          'data-test': x.hidden ? 'sm-show-example' : 'sm-hide-example',
          text: x.hidden ? 'Show again' : 'Hide',
          onclick: () => steer({ name: x.hidden ? 'show-example' : 'hide-example', target: x.exampleId }),
        }))));
    },
  };
}

// ---------------------------------------------------------------- board

function boardView(root) {
  const body = el('div', { class: 'sm-board' });
  replace(root, body);
  return {
    update(view) {
      const cat = catalogue(view);
      if (!view.counts) {
        // Results hidden: the room reads what it is choosing from, and nothing else.
        replace(body, el('div', { class: 'sm-catalogue', 'data-test': 'sm-catalogue' }, cat.domains.map((d) => el('section', { class: 'sm-domain', 'data-domain': cat.domainIndex.get(d.domainId) },
          el('h2', {}, domainLabel(cat, d.domainId)),
          el('ul', {}, cat.inDomain(d.domainId).map((s) => el('li', { text: s.name })))))));
        return;
      }

      const heat = el('section', { class: 'sm-heat', 'data-test': 'sm-heat' }, el('h2', { text: 'Where the team\'s strengths are' }), legend(),
        el('ul', {}, (view.heat ?? []).map((h) => el('li', { 'data-domain': cat.domainIndex.get(h.domainId) },
          domainLabel(cat, h.domainId),
          el('span', { class: 'sm-heat-counts' },
            el('span', { class: 'sm-mark sm-self', 'aria-hidden': 'true', text: SELF }), ` ${count(h.chosenBySelf)}  `,
            el('span', { class: 'sm-mark sm-seen', 'aria-hidden': 'true', text: SEEN }), ` ${count(h.seenByOthers)}`),
          el('span', { class: 'sm-visually-hidden', text: `${count(h.chosenBySelf)} chosen by themselves, ${count(h.seenByOthers)} seen by others` })))));
      const shared = el('section', { class: 'sm-top', 'data-test': 'sm-most-shared' }, el('h2', { text: 'Strengths we share most' }),
        el('ol', {}, (view.mostShared ?? []).map((id) => el('li', {}, cat.byId.get(id)?.name ?? '', ' ', domainLabel(cat, cat.byId.get(id)?.domainId)))));
      const notYet = el('section', { class: 'sm-grow', 'data-test': 'sm-not-yet' }, el('h2', { text: 'Not yet in the room: what we could grow' }),
        el('ul', {}, (view.notYetInTheRoom ?? []).slice(0, 10).map((id) => el('li', { text: cat.byId.get(id)?.name ?? '' }))));
      const side = el('div', { class: 'sm-side' }, heat, shared, notYet);
      replace(body, view.grid ? grid(view, cat) : el('p', { class: 'sm-grid-note', 'data-test': 'sm-grid-note', text: `${view.shownPeople} people shown: the grid appears for up to 30.` }), side);
    },
  };
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
          const times = seen.get(s.strengthId) ?? 0;
          return el('td', { 'data-domain': cat.domainIndex.get(s.domainId) },
            self ? el('span', { class: 'sm-mark sm-self', title: 'chosen by themselves', text: SELF }) : null,
            times > 0 ? el('span', { class: 'sm-mark sm-seen', title: 'seen by others', text: `${SEEN}${times > 1 ? times : ''}` }) : null,
            el('span', { class: 'sm-visually-hidden', text: [self ? 'chosen by themselves' : '', times > 0 ? `seen by others ${times}` : ''].filter(Boolean).join(', ') }));
        })));
    })));
}

// ---------------------------------------------------------------- phone

function phoneView(root, ctx) {
  let draft = { mine: [], recognitions: [], showMyColumn: true };
  let revision = -1;
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

  function open() { return statusOf(lastView) === 'Open'; }

  let renderedKey = '';

  function render() {
    if (!lastView) return;
    // Counts change all the time; this phone only redraws for what it shows, so focus and place stay.
    const key = JSON.stringify([tab, statusOf(lastView), lastView.strengths?.length, lastView.teammates, lastView.mostShared, draft, lastContribution?.revision]);
    if (key === renderedKey) return;
    renderedKey = key;
    const focused = document.activeElement?.getAttribute?.('data-focus');
    const cat = catalogue(lastView);
    const state = statusOf(lastView);
    status.textContent = state === 'Open' ? '' : state === 'Closed' ? 'The strengths map is closed. Here is what you gave and received.' : 'The strengths map opens soon. You can read the strengths already.';
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
    const move = (i, by) => {
      const mine = [...draft.mine];
      [mine[i], mine[i + by]] = [mine[i + by], mine[i]];
      send({ ...draft, mine });
    };
    return [
      el('ol', { class: 'sm-mine', 'data-test': 'sm-mine' }, draft.mine.map((id, i) => el('li', {},
        el('span', { class: 'sm-mine-name', text: cat.byId.get(id)?.name ?? '' }),
        el('button', { type: 'button', 'data-focus': `up-${id}`, 'aria-label': `Move ${cat.byId.get(id)?.name ?? ''} up`, disabled: !open() || i === 0, onclick: () => move(i, -1), text: '↑' }),
        el('button', { type: 'button', 'data-focus': `down-${id}`, 'aria-label': `Move ${cat.byId.get(id)?.name ?? ''} down`, disabled: !open() || i === draft.mine.length - 1, onclick: () => move(i, 1), text: '↓' }),
        el('button', { type: 'button', 'aria-label': `Take ${cat.byId.get(id)?.name ?? ''} off`, 'data-test': 'sm-remove-mine', disabled: !open(), onclick: () => send({ ...draft, mine: draft.mine.filter((m) => m !== id) }), text: '✕' })))),
      full ? el('p', { class: 'sm-note', 'data-test': 'sm-full', text: `All ${MAX_MINE} picked: take one off (✕) to add another.` }) : null,
      cat.domains.map((d) => el('section', { class: 'sm-phone-domain', 'data-domain': cat.domainIndex.get(d.domainId) },
        el('h3', {}, domainLabel(cat, d.domainId)),
        el('ul', {}, cat.inDomain(d.domainId).map((s) => {
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
        })))),
    ];
  }

  // The recognise form is built once and kept: views arrive while someone is typing an example, and
  // rebuilding it would throw their words and their place away.
  const person = el('select', { id: 'sm-person', 'data-test': 'sm-person' });
  const strength = el('select', { id: 'sm-strength', 'data-test': 'sm-strength' });
  const example = el('input', { id: 'sm-example', maxlength: MAX_EXAMPLE, 'data-test': 'sm-example-input', autocomplete: 'off' });
  const problem = el('p', { class: 'sm-note', role: 'alert', 'data-test': 'sm-recognise-problem' });
  const recognise = el('button', { type: 'submit', 'data-test': 'sm-recognise', text: 'Add' });
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
    const teammates = lastView.teammates.filter((t) => t.participantId !== ctx.participantId);
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
          stored?.exampleHidden ? el('span', { class: 'sm-note', 'data-test': 'sm-example-hidden', text: ' The facilitator hid this example; edit it to show a new one.' }) : null,
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
      if (contribution && contribution.revision !== revision) {
        lastContribution = contribution;
        revision = contribution.revision;
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

export default {
  name: 'strengths',
  label: 'Strengths map',
  css: '/js/activities/strengths/strengths.css',
  setupForm,
  console: consoleView,
  board: boardView,
  phone: phoneView,
};
