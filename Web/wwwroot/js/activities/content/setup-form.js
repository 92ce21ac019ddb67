// A content card's fields in the console's "Add an activity" form: the text in Markdown with a live
// preview, and an optional image, uploaded as soon as it is chosen (so the card's setup carries only
// its id) and described in words for screen readers. The shell's title is the card's heading.

import { el, setText, show } from '/js/dom.js';
import { createCard } from './card.js';

export const MAX_MARKDOWN = 4000; // ContentRules.MaxMarkdownLength
export const MAX_ALT = 200; // ContentRules.MaxAltLength
const MAX_IMAGE_BYTES = 2 * 1024 * 1024; // CardImageRules.MaxBytes
const TYPES = 'image/png,image/jpeg,image/webp,image/gif';
const number = (n) => n.toLocaleString('en');

let forms = 0;

export function setupForm(root, ctx) {
  const id = `content-setup-${++forms}`;
  let imageId = null;
  let uploading = null; // the upload in flight, if any

  const heading = el('p', { class: 'hint', text: 'The title above is the card’s heading.' });
  const markdown = el('textarea', {
    id: `${id}-markdown`,
    rows: '7',
    maxlength: String(MAX_MARKDOWN),
    'aria-describedby': `${id}-markdown-hint ${id}-count`,
    'data-test': 'content-markdown-input',
  });
  const count = el('p', { class: 'hint content-count', id: `${id}-count`, 'aria-live': 'polite' });
  const preview = el('div', { class: 'content-preview-box', 'data-test': 'content-preview' });
  const drawPreview = createCard(preview, { headingLevel: 4, surface: 'preview' });

  const file = el('input', { id: `${id}-file`, type: 'file', accept: TYPES, 'aria-describedby': `${id}-file-hint`, 'data-test': 'content-image-file' });
  const uploaded = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-test': 'content-image-status' });
  const remove = el('button', { type: 'button', class: 'button small', 'data-test': 'content-image-remove', text: 'Remove the image', onclick: forgetImage });
  const alt = el('input', { id: `${id}-alt`, type: 'text', maxlength: String(MAX_ALT), 'aria-describedby': `${id}-alt-hint`, 'data-test': 'content-image-alt' });
  const altField = el(
    'div',
    { class: 'field' },
    el('label', { for: alt.id, text: 'Describe the image (required)' }),
    alt,
    el('p', { class: 'hint', id: `${id}-alt-hint`, text: 'Screen readers read this out instead of the image, e.g. “Our team at the river, waving”.' }),
  );

  root.append(
    el(
      'div',
      { class: 'stack content-setup' },
      heading,
      el(
        'div',
        { class: 'field' },
        el('label', { for: markdown.id, text: 'Text (Markdown)' }),
        markdown,
        el('p', {
          class: 'hint',
          id: `${id}-markdown-hint`,
          text: `Up to ${number(MAX_MARKDOWN)} characters. **bold**, *italic*, lists with - or 1., # for a heading, [a link](https://…). HTML is shown as typed, never run.`,
        }),
        count,
      ),
      el('div', { class: 'field' }, el('label', { for: file.id, text: 'Image (optional)' }), file, el('p', { class: 'hint', id: `${id}-file-hint`, text: 'PNG, JPEG, WebP or GIF, at most 2 MB. It is stored on this server: the room needs no internet.' }), uploaded, remove),
      altField,
      el('section', { class: 'content-preview-section' }, el('h3', { id: `${id}-preview`, class: 'content-preview-title', text: 'Preview' }), preview),
    ),
  );

  markdown.addEventListener('input', redraw);
  alt.addEventListener('input', redraw);
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) upload(chosen);
  });

  function redraw() {
    setText(count, `${number(markdown.value.length)} of ${number(MAX_MARKDOWN)} characters`);
    show(remove, Boolean(imageId));
    show(altField, Boolean(imageId));
    drawPreview({ markdown: markdown.value, imageId, imageAlt: alt.value });
  }

  function forgetImage() {
    imageId = null;
    file.value = '';
    setText(uploaded, '');
    redraw();
  }

  async function upload(chosen) {
    ctx.showError('');
    // The file stays chosen in the input while it uploads; the last image is forgotten.
    imageId = null;
    redraw();
    if (chosen.size > MAX_IMAGE_BYTES) {
      ctx.showError('An image can be at most 2 MB. Make it smaller (a photo of 1,920 pixels across is plenty) and try again.');
      file.value = '';
      return;
    }
    setText(uploaded, `Uploading ${chosen.name}…`);
    const attempt = send(chosen);
    uploading = attempt;
    try {
      const answer = await attempt;
      if (uploading !== attempt) return; // another file was chosen meanwhile
      imageId = answer.imageId;
      setText(uploaded, `Uploaded ${chosen.name} (${number(Math.ceil(chosen.size / 1024))} KB).`);
    } catch (error) {
      if (uploading !== attempt) return;
      file.value = '';
      setText(uploaded, '');
      ctx.showError(error.message);
    } finally {
      if (uploading === attempt) uploading = null;
      redraw();
    }
  }

  /** The file as the request body; the server reads its type from its bytes, not from what we say. */
  async function send(chosen) {
    let response;
    try {
      response = await fetch(`/api/sessions/${encodeURIComponent(ctx.sessionId)}/images`, {
        method: 'POST',
        // The facilitator key in a header, never in the URL, as every API call sends it.
        headers: { Authorization: `Bearer ${ctx.key()}`, 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
        body: chosen,
        cache: 'no-store',
      });
    } catch {
      throw new Error('Could not reach the server to upload the image. Check the Wi-Fi connection and choose it again.');
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) throw new Error(data?.error || `The server answered with an error (${response.status}).`);
    return data;
  }

  function reset() {
    markdown.value = '';
    alt.value = '';
    forgetImage();
  }
  reset();

  return {
    read() {
      if (uploading) throw new Error('The image is still uploading: add the card once it is done.');
      const text = markdown.value;
      if (text.length > MAX_MARKDOWN) throw new Error(`A card's text can be at most ${number(MAX_MARKDOWN)} characters.`);
      const description = alt.value.trim();
      if (imageId && !description) throw new Error('Describe the image in a few words: screen readers read this out instead of the image.');
      return { markdown: text, imageId, imageAlt: imageId ? description : null };
    },
    reset,
    describe: (own) => (own.imageId ? 'with an image' : ''),
  };
}
