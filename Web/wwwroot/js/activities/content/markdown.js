// A card's Markdown, drawn as DOM nodes. markdown-it (npm, served from /lib, see docs/dependencies.md)
// parses it with raw HTML off and link checking on (no javascript:, vbscript:, file: or data: links);
// this module then builds the page from markdown-it's tokens with createElement and textContent only,
// never innerHTML. So whatever a facilitator types can only ever become the few elements listed here,
// with no attribute but a checked link, a list's start and a column's alignment as a class.

import markdownit from '/lib/markdown-it/markdown-it.esm.min.js';
import { el } from '/js/dom.js';

const md = markdownit({ html: false, linkify: false, typographer: false, breaks: true });
// The card's one image is the uploaded one; an image in the text would need the internet the room may
// not have (and the CSP would refuse to load it anyway).
md.disable('image');

// Tags a token may open, by token type. Anything else opens a plain span or div.
const BLOCK = {
  paragraph_open: 'p',
  bullet_list_open: 'ul',
  ordered_list_open: 'ol',
  list_item_open: 'li',
  blockquote_open: 'blockquote',
  table_open: 'table',
  thead_open: 'thead',
  tbody_open: 'tbody',
  tr_open: 'tr',
  th_open: 'th',
  td_open: 'td',
  strong_open: 'strong',
  em_open: 'em',
  s_open: 's',
};
const SAFE_LINK = /^(https?:|mailto:)/i;
const ALIGN = /text-align:(left|center|right)/;

/**
 * Replaces `target`'s children with `text` rendered. `headingLevel` is the level a "# heading" in the
 * text becomes: one below the card's own heading on that page, so the outline stays in order.
 */
export function renderMarkdown(target, text, { headingLevel = 3 } = {}) {
  target.replaceChildren();
  const stack = [target];
  build(md.parse(String(text ?? ''), {}), stack, headingLevel);
}

function build(tokens, stack, headingLevel) {
  for (const token of tokens) {
    const parent = stack.at(-1);
    if (token.type === 'inline') {
      build(token.children ?? [], stack, headingLevel);
    } else if (token.nesting === 1) {
      // A tight list's paragraphs are marked hidden: markdown-it's own renderer leaves them out too.
      const node = token.hidden ? null : open(token, headingLevel);
      if (node) parent.append(node);
      stack.push(node ?? parent);
    } else if (token.nesting === -1) {
      stack.pop();
    } else {
      const node = leaf(token);
      if (node) parent.append(node);
    }
  }
}

function open(token, headingLevel) {
  if (token.type === 'heading_open') {
    const level = Math.min(6, headingLevel - 1 + Number(token.tag.slice(1)));
    return el(`h${level}`, { class: 'content-heading' });
  }
  if (token.type === 'link_open') {
    const href = token.attrGet('href') ?? '';
    // markdown-it has already refused script links; only web and mail links become links at all.
    if (!SAFE_LINK.test(href)) return el('span');
    return el('a', { href, target: '_blank', rel: 'noopener noreferrer' });
  }
  const tag = BLOCK[token.type];
  if (!tag) return el(token.block ? 'div' : 'span');
  const node = el(tag);
  if (tag === 'ol') {
    const start = Number(token.attrGet('start'));
    if (Number.isInteger(start) && start > 1) node.setAttribute('start', String(start));
  }
  // Column alignment comes as a style attribute, which the CSP refuses: a class instead.
  const align = ALIGN.exec(token.attrGet('style') ?? '')?.[1];
  if (align) node.className = `content-align-${align}`;
  return node;
}

function leaf(token) {
  switch (token.type) {
    case 'text':
    case 'html_inline':
      return document.createTextNode(token.content);
    case 'code_inline':
      return el('code', { text: token.content });
    case 'softbreak':
    case 'hardbreak':
      return el('br');
    case 'hr':
      return el('hr');
    case 'fence':
    case 'code_block':
      return el('pre', {}, el('code', { text: token.content.replace(/\n$/, '') }));
    default:
      // html_block never comes with html off; anything unknown is shown as the characters typed.
      return token.content ? el('p', { text: token.content }) : null;
  }
}
