// A content card's body as every screen draws it: the text rendered from Markdown and the image with
// its description. The heading is the activity's title, which the page shells draw above the body.

import { el, show } from '/js/dom.js';
import { renderMarkdown } from './markdown.js';

/** The URL an uploaded image is served at (see CardImagesApi). */
export const imageUrl = (imageId) => `/images/${encodeURIComponent(imageId)}`;

/**
 * Draws a card into `root`; returns update(view). `headingLevel` is what a "# heading" in the text
 * becomes on this page. Redraws only what changed, so a new snapshot never makes the image flicker.
 */
export function createCard(root, { headingLevel, surface }) {
  const text = el('div', { class: 'content-text', 'data-test': 'content-text' });
  const image = el('img', { class: 'content-image', 'data-test': 'content-image', decoding: 'async' });
  const figure = el('figure', { class: 'content-figure' }, image);
  const card = el('div', { class: `content-card content-${surface}`, 'data-test': 'content-card' }, text, figure);
  root.append(card);
  let drawn = { markdown: null, imageId: null, imageAlt: null };

  return function update(view) {
    const markdown = view?.markdown ?? '';
    const imageId = view?.imageId ?? null;
    const imageAlt = view?.imageAlt ?? '';
    if (markdown !== drawn.markdown) renderMarkdown(text, markdown, { headingLevel });
    show(text, markdown.length > 0);
    if (imageId !== drawn.imageId) {
      if (imageId) image.src = imageUrl(imageId);
      else image.removeAttribute('src');
    }
    image.alt = imageAlt;
    show(figure, Boolean(imageId));
    card.dataset.layout = imageId && markdown ? 'both' : imageId ? 'image' : 'text';
    drawn = { markdown, imageId, imageAlt };
  };
}
