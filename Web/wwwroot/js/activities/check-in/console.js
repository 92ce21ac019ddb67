// The check-in on the facilitator's console: its question, the scale's distribution, and every word
// with how many gave it and a button to hide it from the board and the phones (its authors are told)
// or show it again. The shell does open, close, timer, reveal and participation.

import { el, replace, setText, show } from '/js/dom.js';
import { createScaleBars } from './scale-bars.js';
import { MAX_PROMPT_LENGTH, modeOf, peopleText } from './shared.js';

const DEFAULT_PROMPTS = {
  word: 'One word for how you arrive today',
  scale: 'How is your energy, from 1 (empty) to 5 (full)?',
};

let forms = 0;

/** The check-in's own fields in the console's "add an activity" form: what it asks for, and the question. */
export function setupForm(root) {
  const id = `check-in-setup-${++forms}`;
  const radio = (mode, text) =>
    el('label', { class: 'checkbox' }, el('input', { type: 'radio', name: `${id}-mode`, value: mode, 'data-test': `check-in-mode-${mode}` }), text);
  const word = radio('word', 'One word or a short phrase');
  const scale = radio('scale', 'A number from 1 to 5, with an optional word');
  const prompt = el('input', { id: `${id}-prompt`, type: 'text', maxlength: String(MAX_PROMPT_LENGTH), 'data-test': 'check-in-prompt-input' });
  root.append(
    el(
      'div',
      { class: 'stack check-in-setup' },
      el('fieldset', { class: 'check-in-modes' }, el('legend', { text: 'People answer with' }), word, scale),
      el(
        'div',
        { class: 'field' },
        el('label', { for: prompt.id, text: 'Question' }),
        prompt,
        el('p', { class: 'hint', id: `${id}-hint`, text: 'An opening and a closing check-in read best with their own title and question.' }),
      ),
    ),
  );
  prompt.setAttribute('aria-describedby', `${id}-hint`);

  const chosen = () => (scale.querySelector('input').checked ? 'scale' : 'word');
  // A question still at its suggestion follows the mode; one the facilitator typed stays.
  for (const input of root.querySelectorAll(`input[name="${id}-mode"]`)) {
    input.addEventListener('change', () => {
      if (Object.values(DEFAULT_PROMPTS).includes(prompt.value)) prompt.value = DEFAULT_PROMPTS[chosen()];
    });
  }

  function reset() {
    word.querySelector('input').checked = true;
    prompt.value = DEFAULT_PROMPTS.word;
  }
  reset();

  return {
    read() {
      const question = prompt.value.trim();
      if (!question) throw new Error('Give the check-in a question, such as "One word for how you arrive today".');
      if (question.length > MAX_PROMPT_LENGTH) throw new Error(`The question can be at most ${MAX_PROMPT_LENGTH} characters.`);
      return { prompt: question, mode: chosen() };
    },
    reset,
    /** What the console says it added, beside the title: "one word: …" or "1–5: …". */
    describe: (own) => `${own.mode === 'scale' ? '1–5' : 'one word'}: ${own.prompt}`,
  };
}

/** The console's body for a check-in. */
export function consoleBody(root, ctx) {
  const question = el('p', { class: 'check-in-console-prompt', 'data-test': 'check-in-prompt' });
  const bars = el('ol', { 'aria-label': 'Answers on the scale' });
  const wordsTitle = el('h3', { text: 'Words' });
  const note = el('p', { class: 'hint', text: 'Hiding a word takes it off the board and the phones, also for anyone who types it later, and tells whoever typed it.' });
  const empty = el('p', { class: 'hint', 'data-test': 'check-in-no-words', text: 'No words yet.' });
  const words = el('ul', { class: 'check-in-console-words', 'data-test': 'check-in-console-words' });
  root.append(el('div', { class: 'check-in-console stack' }, question, bars, el('section', {}, wordsTitle, note, empty, words)));
  const drawBars = createScaleBars(bars);
  const rows = new Map();

  function row(word) {
    let parts = rows.get(word.key);
    if (parts) return parts;
    parts = {
      text: el('span', { class: 'check-in-console-word' }),
      count: el('span', { class: 'check-in-console-count' }),
      tag: el('span', { class: 'tag', text: 'hidden' }),
      button: el('button', { type: 'button', class: 'button small', 'data-test': 'check-in-toggle-word' }),
    };
    parts.item = el('li', { 'data-test': 'check-in-console-word', 'data-key': word.key }, parts.text, parts.count, parts.tag, parts.button);
    parts.button.addEventListener('click', async () => {
      const hiding = parts.item.dataset.hidden !== 'true';
      parts.button.disabled = true;
      try {
        await ctx.steer({ name: hiding ? 'hide-word' : 'show-word', target: parts.item.dataset.key });
      } catch (error) {
        ctx.showError(error.message);
      } finally {
        parts.button.disabled = false;
      }
    });
    rows.set(word.key, parts);
    return parts;
  }

  return {
    update(view) {
      const scale = modeOf(view) === 'scale';
      setText(question, `${scale ? 'Scale 1–5' : 'One word'}: ${view.prompt}`);
      show(bars, scale);
      if (scale) drawBars(view.scale ?? []);

      const all = view.words ?? [];
      const wanted = new Set(all.map((w) => w.key));
      for (const [key, parts] of rows) {
        if (!wanted.has(key)) {
          parts.item.remove();
          rows.delete(key);
        }
      }
      all.forEach((word, index) => {
        const parts = row(word);
        parts.item.dataset.hidden = word.hidden ? 'true' : 'false';
        setText(parts.text, word.word);
        setText(parts.count, peopleText(word));
        show(parts.tag, word.hidden);
        setText(parts.button, word.hidden ? 'Show again' : 'Hide');
        parts.button.setAttribute('aria-label', `${word.hidden ? 'Show again' : 'Hide'} the word “${word.word}”`);
        if (words.children[index] !== parts.item) words.insertBefore(parts.item, words.children[index] ?? null);
      });
      show(empty, all.length === 0);
      if (all.length === 0) replace(words);
    },
  };
}
