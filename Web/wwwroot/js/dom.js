// Tiny DOM helpers. Every string goes into the page as a text node or through textContent, so names,
// statements and titles typed by people can never turn into markup.

/**
 * Creates an element. attrs: `class`, `text` (textContent), `on<event>` functions (addEventListener,
 * never inline handlers, which the CSP forbids), `true` for a boolean attribute; false/null/undefined
 * attributes are left out. Children may be nodes, strings, numbers, arrays or null.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = String(value);
    else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children; strings become text nodes. */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Replaces all children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** The element carrying data-test="name" (test hooks double as stable selectors). */
export function byTest(name, root = document) {
  return root.querySelector(`[data-test="${name}"]`);
}

/** Sets text only when it changed, so live regions do not re-announce the same words. */
export function setText(node, text) {
  const value = text === undefined || text === null ? '' : String(text);
  if (node && node.textContent !== value) node.textContent = value;
}

export function show(node, visible) {
  if (node) node.hidden = !visible;
}

/**
 * Shows a join code in groups of four ("K7QX 2M9D" reads better from the back of a room). The groups
 * are separate spans spaced by CSS, so textContent stays the plain code.
 */
export function showJoinCode(node, code) {
  const value = String(code ?? '');
  if (node.dataset.code === value) return;
  node.dataset.code = value;
  replace(node, value.match(/.{1,4}/g)?.map((group) => el('span', { class: 'code-group', text: group })) ?? []);
}

/** The last non-empty path segment, decoded (pages are served at /facilitator/{id}, /board/{id}, …). */
export function lastPathSegment() {
  const parts = location.pathname.split('/').filter(Boolean);
  try {
    return decodeURIComponent(parts.at(-1) ?? '');
  } catch {
    return parts.at(-1) ?? '';
  }
}

/** localStorage that never throws (private modes and full quotas do). */
export const store = {
  get(key) {
    try {
      const raw = localStorage.getItem(key);
      return raw === null ? null : JSON.parse(raw);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Nothing to do: the page still works, it just will not remember.
    }
  },
  remove(key) {
    try {
      localStorage.removeItem(key);
    } catch {
      // As above.
    }
  },
};
