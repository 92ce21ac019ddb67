// The ideas kind's own fields in the console's "add an activity" form: the prompt, how many entries each
// person writes and how long, screening, grouping on phones, and the dot vote's budget and limit.
// Entries are private until revealed whatever the shared "hide results" box says: that is the point.

import { el } from '/js/dom.js';

const MAX_PROMPT = 200;
let forms = 0;

function numberField(id, test, label, value, min, max) {
  const input = el('input', { id, 'data-test': test, type: 'number', inputmode: 'numeric', min, max, value, required: true });
  return { input, field: el('div', { class: 'field' }, el('label', { for: id, text: label }), input) };
}

function box(id, test, label, hint) {
  const input = el('input', { id, type: 'checkbox', 'data-test': test, 'aria-describedby': `${id}-hint` });
  return {
    input,
    field: el('div', { class: 'field' }, el('label', { class: 'checkbox' }, input, label), el('p', { class: 'hint', id: `${id}-hint`, text: hint })),
  };
}

export function setupForm(root) {
  const id = `ideas-setup-${++forms}`;
  const prompt = el('input', { id: `${id}-prompt`, type: 'text', maxlength: String(MAX_PROMPT), 'data-test': 'ideas-prompt-input' });
  const entries = numberField(`${id}-entries`, 'ideas-entries-input', 'Entries per person', 3, 1, 10);
  const length = numberField(`${id}-length`, 'ideas-length-input', 'Longest entry (characters)', 140, 20, 140);
  const dots = numberField(`${id}-dots`, 'ideas-dots-input', 'Dots per person', 3, 1, 10);
  const perItem = numberField(`${id}-per-item`, 'ideas-per-item-input', 'Most dots on one item', 2, 1, 10);
  const screen = box(`${id}-screen`, 'ideas-screen-input', 'Let me read entries before I reveal them', 'For moderation: you can set an entry aside before anyone else sees it. Without this, nobody reads an entry until the reveal, you included.');
  const phones = box(`${id}-phones`, 'ideas-phones-group-input', 'Participants may group on their phones', 'They tap an entry, then “Same as this” on another. You can always group on this console.');
  root.append(
    el(
      'div',
      { class: 'stack ideas-setup' },
      el('div', { class: 'field' }, el('label', { for: prompt.id, text: 'Prompt' }), prompt),
      el('div', { class: 'field-row' }, entries.field, length.field),
      screen.field,
      phones.field,
      el('div', { class: 'field-row' }, dots.field, perItem.field),
    ),
  );

  function reset() {
    prompt.value = 'What should we start doing?';
    entries.input.value = '3';
    length.input.value = '140';
    dots.input.value = '3';
    perItem.input.value = '2';
    screen.input.checked = false;
    phones.input.checked = false;
  }
  reset();

  const whole = (input, what) => {
    const value = Number(input.value);
    if (!Number.isInteger(value)) throw new Error(`Enter a whole number for ${what}.`);
    return value;
  };

  return {
    read() {
      const question = prompt.value.trim();
      if (!question) throw new Error('Give the ideas a prompt, such as "What should we start doing?".');
      return {
        prompt: question,
        maxEntriesPerPerson: whole(entries.input, 'the entries per person'),
        maxEntryLength: whole(length.input, 'the longest entry'),
        screenBeforeReveal: screen.input.checked,
        phonesMayGroup: phones.input.checked,
        dotsPerPerson: whole(dots.input, 'the dots per person'),
        maxDotsPerItem: whole(perItem.input, 'the most dots on one item'),
      };
    },
    reset,
    describe: (own) => `up to ${own.maxEntriesPerPerson} each: ${own.prompt}`,
  };
}
