// What the console's cards share: the session id, the facilitator key (replaced by a rotation), the
// newest snapshots, the alert region, and hub commands whose buttons stay disabled while in flight.

import { byTest, lastPathSegment, setText, store } from '/js/dom.js';
import { hubErrorMessage } from '/js/live-connection.js';
import { createSnapshots } from '/js/snapshots.js';

export function createConsoleContext() {
  const sessionId = lastPathSegment();
  const storageKey = `antileadership.facilitator.${sessionId}`;
  const errorRegion = byTest('error');
  const renderers = new Set();

  /**
   * The key comes in the fragment (never sent to the server in the URL) the first time; remember it so
   * a plain /facilitator/{id} link or a reload still works in this browser.
   */
  function readFacilitatorKey() {
    const fromFragment = new URLSearchParams(location.hash.slice(1)).get('key');
    if (fromFragment) {
      store.set(storageKey, fromFragment);
      return fromFragment;
    }
    return store.get(storageKey);
  }

  // Replaced by a rotation; everything that sends the key reads it at the time it sends.
  let facilitatorKey = sessionId ? readFacilitatorKey() : null;

  const ctx = {
    sessionId,
    snapshots: createSnapshots(),
    busy: new Set(), // hub methods (or steering commands) in flight, whose buttons stay disabled meanwhile
    live: null, // set once connected
    get key() {
      return facilitatorKey;
    },
    /** From now on this console, its stored copy and its address bar use `key`. */
    useKey(key) {
      facilitatorKey = key;
      store.set(storageKey, key);
      history.replaceState(history.state, '', `${location.pathname}${location.search}#key=${encodeURIComponent(key)}`);
    },
    forgetKey() {
      store.remove(storageKey);
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    },
    showError: (message) => setText(errorRegion, message),

    /** Shows an API refusal; after a 429, also keeps the button that caused it disabled for Retry-After. */
    showApiError(error, button) {
      ctx.showError(error.message);
      if (button && error.retryAfter) {
        button.disabled = true;
        setTimeout(() => {
          button.disabled = false;
        }, error.retryAfter * 1000);
      }
    },

    /** Registers a card's render(); rerender() calls them all (after snapshots and busy changes). */
    onRender: (render) => renderers.add(render),
    rerender() {
      for (const render of renderers) render();
    },

    /**
     * Calls a hub method, showing a refusal in the alert region. `busyName` marks what is in flight.
     * Resolves with the result, or undefined when refused (the refusal is on screen).
     */
    async command(busyName, method, ...args) {
      ctx.showError('');
      ctx.busy.add(busyName);
      ctx.rerender();
      try {
        return await ctx.live.invoke(method, ...args);
      } catch (error) {
        ctx.showError(hubErrorMessage(error));
        return undefined;
      } finally {
        ctx.busy.delete(busyName);
        ctx.rerender();
      }
    },

    /**
     * A step on the agenda (show, move, duplicate, remove, open, close, reveal, timer-*, undo, redo),
     * made on the agenda as this console shows it: if another facilitator moved on meanwhile, the server
     * refuses it and the alert says who did what. Resolves true when done.
     */
    async step(name, { activityId = null, position = null, seconds = null } = {}) {
      const expectedVersion = ctx.snapshots.session?.stepVersion ?? null;
      const busyName = `step:${name}`;
      ctx.showError('');
      ctx.busy.add(busyName);
      ctx.rerender();
      try {
        await ctx.live.invoke('StepAgenda', { name, activityId, position, seconds, expectedVersion });
        return true;
      } catch (error) {
        ctx.showError(hubErrorMessage(error));
        return false;
      } finally {
        ctx.busy.delete(busyName);
        ctx.rerender();
      }
    },

    /** Steers an activity; rejects with an Error whose message is for the screen (kinds' ctx.steer). */
    async steer(activityId, { name, seconds = null, target = null, text = null }) {
      const busyName = `steer:${name}`;
      ctx.busy.add(busyName);
      ctx.rerender();
      try {
        await ctx.live.invoke('SteerActivity', activityId, { name, seconds, target, text });
      } catch (error) {
        throw new Error(hubErrorMessage(error));
      } finally {
        ctx.busy.delete(busyName);
        ctx.rerender();
      }
    },
  };
  return ctx;
}

/** Copies a readonly input's value; true when it worked. */
export async function copyFrom(input) {
  // navigator.clipboard needs a secure context; over plain http fall back to selecting + execCommand.
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    input.select();
    return document.execCommand?.('copy') ?? false;
  }
}
