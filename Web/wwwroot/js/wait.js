// Waiting out a "try again in N s" refusal in front of the person, instead of leaving them to guess
// when to press the button again.

/** Seconds to wait after a 429: its Retry-After header, else the number in the server's sentence, else 5. */
export function waitSeconds(error) {
  const said = Number(/try again in (\d+)\s*s/i.exec(error?.message ?? '')?.[1]);
  const seconds = error?.retryAfter ?? (Number.isFinite(said) ? said : 5);
  return Math.max(1, Math.ceil(seconds));
}

/** The server's sentence without its "— try again in N s.", to say the page will do that itself. */
export function reasonOf(error, otherwise) {
  const reason = String(error?.message ?? '').replace(/\s*—\s*try again in \d+\s*s\.?\s*$/i, '');
  return reason && reason !== error?.message ? reason : otherwise;
}

/**
 * Counts `seconds` down, calling `show(secondsLeft)` once a second. Resolves true when the time is up,
 * or false as soon as `cancelled()` says the person has done something else meanwhile.
 */
export function countDown(seconds, show, cancelled = () => false) {
  return new Promise((resolve) => {
    let left = seconds;
    const tick = () => {
      if (cancelled()) {
        clearInterval(timer);
        resolve(false);
      } else if (left <= 0) {
        clearInterval(timer);
        resolve(true);
      } else {
        show(left);
        left -= 1;
      }
    };
    const timer = setInterval(tick, 1000);
    tick();
  });
}
