// The check-in on a phone (360 px, one thumb): the question, then a word to type or 1–5 to tap, the
// participant's own answer shown plainly, and a clear note when the facilitator has hidden their word.
// Once results may be seen, what the room said follows below.

import { el, setText, show } from '/js/dom.js';
import { createScaleBars } from './scale-bars.js';
import { createWordList } from './word-list.js';
import { HIGHEST, LOWEST, MAX_WORD_LENGTH, modeOf, statusOf, visibleWords } from './shared.js';

let forms = 0;

export function phone(root, ctx) {
  const id = `check-in-${++forms}`;
  let view = null;
  let mine = null; // the contribution as stored: { word, scale, wordHidden }
  let resultsShown = false;

  const prompt = el('h2', { class: 'check-in-phone-prompt', 'data-test': 'check-in-prompt' });
  const state = el('p', { class: 'check-in-phone-state', 'data-test': 'check-in-state' });

  const own = el('p', { class: 'check-in-own', 'data-test': 'check-in-own' });
  const hiddenNote = el('p', { class: 'check-in-hidden-note', role: 'status', 'data-test': 'check-in-word-hidden' });

  const numbers = [];
  for (let n = LOWEST; n <= HIGHEST; n++) {
    numbers.push(el('button', { type: 'button', class: 'check-in-number', 'aria-pressed': 'false', 'data-test': `check-in-scale-${n}`, onclick: () => send(n, currentWord()) }, String(n)));
  }
  const scaleGroup = el('div', { class: 'check-in-numbers', role: 'group', 'aria-labelledby': `${id}-scale-label` }, numbers);
  const scaleLabel = el('p', { id: `${id}-scale-label`, class: 'check-in-scale-label', text: `Tap a number from ${LOWEST} to ${HIGHEST}` });
  const scalePart = el('div', { class: 'check-in-scale-part' }, scaleLabel, scaleGroup);

  const wordLabel = el('label', { for: `${id}-word` });
  const wordInput = el('input', {
    id: `${id}-word`,
    type: 'text',
    maxlength: String(MAX_WORD_LENGTH),
    autocomplete: 'off',
    autocapitalize: 'none',
    enterkeyhint: 'send',
    'data-test': 'check-in-word-input',
  });
  const sendButton = el('button', { type: 'submit', class: 'button primary', 'data-test': 'check-in-send' });
  const problem = el('p', { class: 'check-in-problem', role: 'alert', 'data-test': 'check-in-problem' });
  const form = el('form', { class: 'check-in-word-form', novalidate: true, onsubmit: onWord }, wordLabel, el('div', { class: 'check-in-word-row' }, wordInput, sendButton), problem);

  const roomTitle = el('h3', { class: 'check-in-room-title', text: 'What the room said' });
  const roomBars = el('ol', { 'aria-label': 'Answers on the scale' });
  const roomWords = el('ul', { class: 'check-in-room-words', 'data-test': 'check-in-word-list' });
  const room = el('section', { class: 'check-in-room', 'aria-labelledby': `${id}-room` }, roomTitle, roomBars, roomWords);
  roomTitle.id = `${id}-room`;

  root.append(el('div', { class: 'check-in-phone' }, prompt, state, own, hiddenNote, scalePart, form, room));
  const drawBars = createScaleBars(roomBars);
  const drawWords = createWordList(roomWords);

  function currentWord() {
    return wordInput.value.trim() || mine?.word || '';
  }

  function onWord(event) {
    event.preventDefault();
    const word = wordInput.value.trim();
    if (modeOf(view) === 'scale') {
      if (mine?.scale == null) return say(`Tap a number from ${LOWEST} to ${HIGHEST} first, then send your word with it.`);
      return send(mine.scale, word);
    }
    if (!word) return say('Type a word or a short phrase first.');
    return send(null, word);
  }

  function say(message) {
    setText(problem, message);
  }

  async function send(scale, word) {
    say('');
    const input = modeOf(view) === 'scale' ? (word ? { scale, word } : { scale }) : { word };
    const answer = await ctx.submit(input);
    if (answer?.contribution) take(answer.contribution);
    if (answer?.accepted) wordInput.value = '';
  }

  function take(contribution) {
    if (!contribution) return;
    if (mine && contribution.revision < mine.revision) return;
    mine = contribution;
  }

  function render() {
    if (!view) return;
    const scale = modeOf(view) === 'scale';
    const status = statusOf(view);
    const open = status === 'open';
    setText(prompt, view.prompt);
    setText(state, open ? '' : status === 'closed' ? 'Your answer is kept as it is: it can no longer change.' : 'You can read the question already.');
    show(state, !open);

    const word = mine?.word ?? null;
    const number = mine?.scale ?? null;
    const parts = [];
    if (number != null) parts.push(`${number}`);
    if (word) parts.push(`“${word}”`);
    setText(own, parts.length ? `Your answer: ${parts.join(' and ')}` : open ? 'You have not answered yet.' : '');
    show(own, parts.length > 0 || open);
    setText(hiddenNote, mine?.wordHidden ? 'The facilitator has hidden your word from the board and the phones. You can send another.' : '');
    show(hiddenNote, !!mine?.wordHidden);

    show(scalePart, scale);
    numbers.forEach((button, i) => {
      const pressed = number === LOWEST + i;
      button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
      button.disabled = !open;
    });
    setText(wordLabel, scale ? 'A word to go with it (optional)' : word ? 'Change your word' : 'Your word');
    setText(sendButton, scale ? 'Send word' : word ? 'Change' : 'Send');
    wordInput.disabled = !open;
    sendButton.disabled = !open;
    show(form, open);

    const hiddenResults = !Array.isArray(view.words);
    show(room, !hiddenResults);
    // The reveal is for everyone: bring it into view rather than leave it below the fold.
    if (!hiddenResults && !resultsShown && view.stage?.hideResultsUntilRevealed) {
      requestAnimationFrame(() => room.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
    }
    resultsShown = !hiddenResults;
    show(roomBars, scale && !hiddenResults);
    if (hiddenResults) return;
    if (scale) drawBars(view.scale ?? []);
    drawWords(visibleWords(view).slice(0, 20), Math.max(0, visibleWords(view).length - 20) + (view.moreWords ?? 0));
  }

  return {
    update(nextView, contribution) {
      view = nextView;
      take(contribution);
      render();
    },
  };
}
