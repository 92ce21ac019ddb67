// The SignalR connection every surface shares: one hub connection that never gives up on a network
// problem (phones on shaky Wi-Fi) but stops once the server refuses its credential, a visible
// connection badge, and helpers for versioned snapshots and hub errors.
// `signalR` is the global defined by the classic script /lib/signalr/signalr.min.js, which each page
// loads before its modules.

const BADGE = {
  connecting: { state: 'reconnecting', text: 'Connecting…' },
  connected: { state: 'connected', text: 'Connected' },
  reconnecting: { state: 'reconnecting', text: 'Reconnecting…' },
  // The device itself has no network: still reconnecting (a Wi-Fi gap is usually seconds), but say why.
  noNetwork: { state: 'reconnecting', text: 'Reconnecting… (this device has no network)' },
  offline: { state: 'offline', text: 'Offline — retrying' },
  // Not retrying any more: the server refused this browser's credential, or revoked it.
  stopped: { state: 'stopped', text: 'Disconnected' },
};

/**
 * Milliseconds before attempt number `attempt` (from 0) to reach the server again: quick at first, at most
 * about 4 s, and jittered. When a node of a cluster dies its phones all lose their connection in the same
 * instant; the jitter spreads them over the live node, and the short ceiling has them back within seconds
 * of the cluster moving their room (a ceiling of 8–10 s stretched that to 17 s).
 */
export const retryDelay = (attempt) => Math.min(500 * 2 ** attempt, 4000) * (0.75 + Math.random() / 2);

/**
 * SignalR's warnings and errors, in its own format, on the browser console; except a refusal the server
 * explained (a HubException: a revoked or outdated link): the page shows that to its user, so it is
 * logged as information, not as an error.
 */
const hubLogger = {
  log(level, message) {
    const { LogLevel } = signalR;
    if (level < LogLevel.Warning || level === LogLevel.None) return;
    const line = `[${new Date().toISOString()}] ${LogLevel[level]}: ${message}`;
    if (String(message).includes(HUB_EXCEPTION)) console.info(line);
    else if (level >= LogLevel.Error) console.error(line);
    else console.warn(line);
  },
};

/** Shows a connection phase on a badge element (data-connection-state + readable text). */
export function showConnection(badge, phase) {
  const { state, text } = BADGE[phase] ?? BADGE.offline;
  if (!badge) return;
  badge.dataset.connectionState = state;
  if (badge.textContent !== text) badge.textContent = text;
}

/**
 * Connects to /hubs/workshop for a session (or to `hubUrl`: the team home's /hubs/team) and keeps it connected for as long as that can work.
 * handlers: { SessionChanged, ActivityChanged, BallotChanged, CredentialRevoked } callbacks.
 * accessToken: the participant credential or facilitator key, or a function returning the current one
 * (asked on every (re)connect, so a rotated key is used from then on); omit for the board.
 * onRefused(message, retrying): the server refused the connection with a reason (a HubException, e.g.
 * "This link is not valid (any more)…"). Such a refusal stops the connection (retrying false): the same
 * credential would only be refused again. A refusal that says to try again (too many attempts, a
 * storage hiccup) is retried (retrying true), and one for a credential that `accessToken` has replaced
 * since is retried at once without a call.
 * Returns { invoke, connected, stopped, token, stop(), restart(), onConnected(callback) }; callbacks run
 * after every (re)connect.
 */
export function connectLive({ sessionId, hubUrl, accessToken, badge, handlers = {}, onRefused }) {
  const { HubConnectionBuilder, HttpTransportType, HubConnectionState } = signalR;
  const afterConnect = new Set();
  let phase = 'connecting';
  let startAttempt = 0;
  let startTimer = null;
  let stopped = false;
  let usedToken = null; // what the latest (re)connect attempt presented, to tell an old credential's refusal apart

  const currentToken = () => (typeof accessToken === 'function' ? accessToken() : accessToken) || null;

  const options = { transport: HttpTransportType.WebSockets, skipNegotiation: true };
  if (accessToken) {
    options.accessTokenFactory = () => {
      usedToken = currentToken();
      return usedToken ?? '';
    };
  }

  const connection = new HubConnectionBuilder()
    .withUrl(hubUrl ?? `/hubs/workshop?session=${encodeURIComponent(sessionId)}`, options)
    .withAutomaticReconnect({
      // A number for as long as retrying can help, so the built-in reconnect keeps going while the page
      // is open; null only once the server has refused the credential.
      nextRetryDelayInMilliseconds: (context) => {
        if (stopped) return null;
        if (isHubRejection(context.retryReason)) return afterRefusal(context.retryReason);
        // After about 15 s of failed attempts "Reconnecting…" stops being true; say we are offline.
        if (context.previousRetryCount >= 4) setPhase('offline');
        return retryDelay(context.previousRetryCount);
      },
    })
    .configureLogging(hubLogger)
    .build();

  for (const [name, handler] of Object.entries(handlers)) connection.on(name, handler);

  connection.onreconnecting(() => setPhase('reconnecting'));
  connection.onreconnected(() => connected());
  // Reached when the automatic reconnect does not apply (the server closed the connection without
  // allowing a reconnect, or refused it) and after stop().
  connection.onclose((error) => {
    if (stopped) {
      render();
      return;
    }
    const delay = isHubRejection(error) ? afterRefusal(error) : undefined;
    if (delay === null) return;
    setPhase('offline');
    scheduleStart(delay);
  });

  /** After the server refused a (re)connect: milliseconds until the next attempt, or null to stop. */
  function afterRefusal(error) {
    // Refused the credential the page has just replaced (a rotated key): try the new one at once.
    if (currentToken() !== usedToken) return 0;
    const message = hubErrorMessage(error);
    if (/try again/i.test(message)) {
      onRefused?.(message, true);
      const seconds = Number(/try again in (\d+)\s*s/i.exec(message)?.[1]);
      return Number.isFinite(seconds) ? seconds * 1000 : retryDelay(startAttempt++);
    }
    halt();
    onRefused?.(message, false);
    return null;
  }

  function halt() {
    stopped = true;
    clearTimeout(startTimer);
    startTimer = null;
    setPhase('stopped');
  }

  function setPhase(next) {
    phase = next;
    render();
  }

  function render() {
    // The browser knows before the socket does when the phone has lost its network.
    showConnection(badge, navigator.onLine === false && !stopped && phase !== 'offline' ? 'noNetwork' : phase);
  }

  function connected() {
    startAttempt = 0;
    setPhase('connected');
    for (const callback of afterConnect) {
      try {
        callback();
      } catch (error) {
        console.error(error);
      }
    }
  }

  async function start() {
    startTimer = null;
    if (stopped || connection.state !== HubConnectionState.Disconnected) return;
    try {
      await connection.start();
      connected();
    } catch (error) {
      if (stopped) return;
      // A refusal may arrive as start()'s error or, after the handshake, through onclose.
      const delay = isHubRejection(error) ? afterRefusal(error) : undefined;
      if (delay === null) return;
      setPhase('offline');
      scheduleStart(delay);
    }
  }

  function scheduleStart(delay = retryDelay(startAttempt++)) {
    clearTimeout(startTimer);
    startTimer = setTimeout(start, delay);
  }

  // Coming back online or back to the tab (phones freeze background tabs): do not wait out the backoff.
  function retryNow() {
    render();
    if (!stopped && connection.state === HubConnectionState.Disconnected && startTimer !== null) {
      startAttempt = 0;
      scheduleStart(0);
    }
  }

  window.addEventListener('offline', render);
  window.addEventListener('online', retryNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') retryNow();
  });

  render();
  start();

  return {
    invoke: (method, ...args) => connection.invoke(method, ...args),
    get connected() {
      return connection.state === HubConnectionState.Connected;
    },
    /** True once stopped for good (refused, or stop() called) until restart(). */
    get stopped() {
      return stopped;
    },
    /** The credential the latest (re)connect attempt presented. */
    get token() {
      return usedToken;
    },
    /** Disconnects and stays disconnected (e.g. the server revoked the credential). */
    stop() {
      halt();
      return connection.stop();
    },
    /** Connects afresh, reading the token again: after a key rotation, or to undo stop(). */
    async restart() {
      // Stopped while closing, so the close this causes does not schedule a reconnect of its own.
      stopped = true;
      clearTimeout(startTimer);
      startTimer = null;
      setPhase('connecting');
      await connection.stop();
      stopped = false;
      startAttempt = 0;
      setPhase('connecting');
      start();
    },
    onConnected(callback) {
      afterConnect.add(callback);
      if (connection.state === HubConnectionState.Connected) callback();
    },
  };
}

/**
 * Compares snapshot versions. They may be numbers or (to survive values above 2^53) numeric strings.
 */
export function compareVersions(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  try {
    const x = BigInt(a);
    const y = BigInt(b);
    return x > y ? 1 : x < y ? -1 : 0;
  } catch {
    return Math.sign(Number(a) - Number(b));
  }
}

/** True when `next` should replace `current`: there is none yet, or `next` has a greater version. */
export function isNewer(next, current, field = 'version') {
  if (!next) return false;
  return !current || compareVersions(next[field], current[field]) > 0;
}

const HUB_EXCEPTION = 'HubException: ';

/** True when the error carries a HubException, i.e. a message the server wrote for people. */
export function isHubRejection(error) {
  return String(error?.message ?? '').includes(HUB_EXCEPTION);
}

/**
 * True when the server answered the call with an error, as opposed to the call not getting through or
 * its reply being lost (connection closed, timed out), where nobody knows whether it ran.
 */
export function isServerAnswer(error) {
  const message = String(error?.message ?? '');
  return isHubRejection(error) || /^Failed to invoke|on the server/.test(message);
}

/** The human part of a hub error: the server's message after "HubException: ", or a plain explanation. */
export function hubErrorMessage(error) {
  const message = String(error?.message ?? error ?? '');
  const at = message.indexOf(HUB_EXCEPTION);
  if (at >= 0) return message.slice(at + HUB_EXCEPTION.length);
  if (/because user is unauthorized/i.test(message)) {
    return 'This browser is not allowed to do that. Open your own link again (the facilitator link or the join code).';
  }
  if (/not in the 'Connected' State|connection being closed|connection was stopped/i.test(message)) {
    return 'Not connected to the server right now. Try again once the badge shows Connected.';
  }
  return message || 'Something went wrong. Please try again.';
}

/**
 * A random id for requestId / submissionId. crypto.randomUUID exists only in secure contexts, and
 * phones usually reach the server over plain http on the LAN, so fall back to getRandomValues.
 */
export function newId() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
