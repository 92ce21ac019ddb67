// The 2×2's own fields in the console's "add an activity" form: the two axes (a name and what each end
// is called) and the items, one per line, typed or taken from an earlier activity's shortlist.

import { el } from '/js/dom.js';
import { MAX_AXIS_LENGTH, MAX_ITEMS, MAX_ITEM_LENGTH, MIN_ITEMS } from './shared.js';
import { createShortlistPicker } from './shortlist.js';

const EXAMPLE = ['Automate the release', 'Write onboarding notes', 'Fix the flaky tests', 'Hold a weekly demo'];
const DEFAULT_AXES = {
  x: { name: 'Effort', low: 'low', high: 'high' },
  y: { name: 'Impact', low: 'low', high: 'high' },
};

let forms = 0;

function axisFields(id, axis, legend) {
  const field = (part, label) => {
    const input = el('input', { id: `${id}-${axis}-${part}`, type: 'text', maxlength: String(MAX_AXIS_LENGTH), 'data-test': `grid-${axis}-${part}`, autocomplete: 'off' });
    return { input, node: el('div', { class: 'field' }, el('label', { for: input.id, text: label }), input) };
  };
  const name = field('name', 'Name');
  const low = field('low', 'Low end');
  const high = field('high', 'High end');
  return {
    inputs: { name: name.input, low: low.input, high: high.input },
    node: el('fieldset', { class: 'grid-setup-axis' }, el('legend', { text: legend }), el('div', { class: 'field-row' }, name.node, low.node, high.node)),
  };
}

export function setupForm(root, ctx) {
  const id = `grid-setup-${++forms}`;
  const x = axisFields(id, 'x', 'Axis across (left to right)');
  const y = axisFields(id, 'y', 'Axis up (bottom to top)');
  const items = el('textarea', { id: `${id}-items`, rows: 6, 'data-test': 'grid-items-input', 'aria-describedby': `${id}-items-hint` });
  const picker = createShortlistPicker(ctx, {
    id,
    current: () => lines(items.value),
    // Items still at the example are replaced; items the facilitator typed are kept and added to.
    fill: (taken) => {
      const kept = items.value.trim() === EXAMPLE.join('\n') ? [] : lines(items.value);
      items.value = [...kept, ...taken].join('\n');
    },
  });
  root.append(
    el(
      'div',
      { class: 'stack grid-setup' },
      x.node,
      y.node,
      el(
        'div',
        { class: 'field' },
        el('label', { for: items.id }, 'Items to place ', el('span', { class: 'hint', text: '(one per line)' })),
        items,
        el('p', { class: 'hint', id: `${id}-items-hint`, text: `${MIN_ITEMS} to ${MAX_ITEMS} items of at most ${MAX_ITEM_LENGTH} characters. Everyone places each one on both axes, or leaves it out.` }),
      ),
      picker.node,
    ),
  );

  function reset() {
    for (const [axis, fields] of [['x', x], ['y', y]]) {
      for (const part of ['name', 'low', 'high']) fields.inputs[part].value = DEFAULT_AXES[axis][part];
    }
    items.value = EXAMPLE.join('\n');
    picker.reset();
  }
  reset();

  const readAxis = (fields, which) => {
    const axis = Object.fromEntries(['name', 'low', 'high'].map((part) => [part, fields.inputs[part].value.trim()]));
    if (!axis.name || !axis.low || !axis.high) throw new Error(`Name the axis going ${which}, and what its low and high ends are called.`);
    if (Object.values(axis).some((text) => text.length > MAX_AXIS_LENGTH)) throw new Error(`An axis name or label can be at most ${MAX_AXIS_LENGTH} characters.`);
    return axis;
  };

  return {
    sessionChanged: () => picker.refresh(),
    read() {
      const setup = { x: readAxis(x, 'across'), y: readAxis(y, 'up'), items: lines(items.value) };
      if (setup.items.length < MIN_ITEMS || setup.items.length > MAX_ITEMS) throw new Error(`List between ${MIN_ITEMS} and ${MAX_ITEMS} items to place, one per line.`);
      if (setup.items.some((item) => item.length > MAX_ITEM_LENGTH)) throw new Error(`Each item can be at most ${MAX_ITEM_LENGTH} characters.`);
      return setup;
    },
    reset,
    /** What the console says it added, beside the title: "4 items on Effort × Impact". */
    describe: (own) => `${own.items.length} items on ${own.x.name} × ${own.y.name}`,
  };
}

function lines(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
