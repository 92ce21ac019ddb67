// The content card (C#: ContentKind, "content"): a heading (the activity's title), short text in
// Markdown and an optional uploaded image, shown between activities. It takes no input, so the shells
// leave out what would make no sense on it: open, close, timer, reveal, and who has taken part.

import { setupForm } from './setup-form.js';
import { board, consoleView, phone } from './views.js';

const NO_INPUT = 'No input';

export default {
  name: 'content',
  label: 'Content card',
  css: '/js/activities/content/content.css',
  defaultTitle: '',
  takesInput: false,
  // The agenda still names an item's status: a card has none worth naming but this.
  words: { facilitatorNotOpened: NO_INPUT, facilitatorOpen: NO_INPUT, facilitatorClosed: NO_INPUT },
  setupForm,
  console: consoleView,
  board,
  phone,
};
