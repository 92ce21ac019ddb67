// Lists on these screens are drawn again with every snapshot. A button someone is using (a dot's +, an
// entry's "Change") carries data-focus; after drawing, the button with the same key gets focus back, so
// a keyboard or screen-reader user does not lose their place when a snapshot arrives.

export function keepFocus(container, draw) {
  const active = document.activeElement;
  const key = container.contains(active) ? active?.dataset?.focus : undefined;
  draw();
  if (!key) return;
  const again = [...container.querySelectorAll('[data-focus]')].find((node) => node.dataset.focus === key);
  again?.focus();
}
