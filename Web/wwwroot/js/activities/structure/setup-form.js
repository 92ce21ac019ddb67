// The guided structure's own fields in the console's "add an activity" form: which structure, and its question.

import { el } from '/js/dom.js';
import { MAX_PROMPT_LENGTH, STRUCTURES } from './shared.js';

let forms = 0;

export function setupForm(root) {
  const id = `ls-setup-${++forms}`;
  const select = el(
    'select',
    { id: `${id}-structure`, 'data-test': 'ls-structure-select' },
    STRUCTURES.map((s) => el('option', { value: s.name, text: s.label })),
  );
  const prompt = el('input', { id: `${id}-prompt`, type: 'text', maxlength: String(MAX_PROMPT_LENGTH), 'data-test': 'ls-prompt-input' });
  root.append(
    el(
      'div',
      { class: 'stack' },
      el('div', { class: 'field' }, el('label', { for: select.id, text: 'Structure' }), select),
      el(
        'div',
        { class: 'field' },
        el('label', { for: prompt.id, text: 'Question' }),
        prompt,
        el('p', { class: 'hint', id: `${id}-hint`, text: 'The steps, their instructions and their times come with the structure; you can extend, shorten or skip each step.' }),
      ),
    ),
  );
  prompt.setAttribute('aria-describedby', `${id}-hint`);
  const suggestions = STRUCTURES.map((s) => s.prompt);
  // A question still at its suggestion follows the structure; one the facilitator typed stays.
  select.addEventListener('change', () => {
    if (!prompt.value || suggestions.includes(prompt.value)) prompt.value = STRUCTURES.find((s) => s.name === select.value).prompt;
  });

  function reset() {
    select.value = STRUCTURES[0].name;
    prompt.value = STRUCTURES[0].prompt;
  }
  reset();

  return {
    read() {
      const question = prompt.value.trim();
      if (!question) throw new Error('Give the structure a question to work on.');
      if (question.length > MAX_PROMPT_LENGTH) throw new Error(`The question can be at most ${MAX_PROMPT_LENGTH} characters.`);
      return { structure: select.value, prompt: question };
    },
    reset,
    describe: (own) => `${STRUCTURES.find((s) => s.name === own.structure)?.label.split(' (')[0]}: ${own.prompt}`,
  };
}
