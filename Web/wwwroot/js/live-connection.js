// The SignalR connection every surface shares: one hub connection that never gives up (phones on
// shaky Wi-Fi), a visible connection badge, and helpers for versioned snapshots and hub errors.
// `signalR` is the global defined by the classic script /lib/signalr/signalr.min.js, which each page
// loads before its modules.

const BADGE = {
  connecting: { state: 'reconnecting', text: 'Connecting…' },
  connected: { state: 'connected', text: 'Connected' },
  reconnecting: { state: 'reconnecting', text: 'Reconnecting…' },
  offline: { state: 'offline', text: 'Offline — retrying' },
};

const retryDelay = (attempt) => Math.min(1000 * 2 ** attempt, 10000);

/** Shows a connection phase on a badge element (data-connection-state + readable text). */
export function showConnection(badge, phase) {
  const { state, text } = BADGE[phase] ?? BADGE.offline;
  if (!badge) return;
  badge.dataset.connectionState = state;
  if (badge.textContent !== text) badge.textContent = text;
}

/**
 * Connects to /hubs/workshop for a session and keeps it connected forever.
 * handlers: { SessionChanged, ActivityChanged, BallotChanged } callbacks.
 * accessToken: the participant credential or facilitator key; omit for the board.
 * onRefused(message): called when the server closes the connection with a reason (a HubException, e.g.
 * an unknown key); the connection still keeps retrying.
 * Returns { invoke, connected, onConnected(callback) }; callbacks run after every (re)connect.
 */
export function connectLive({ sessionId, accessToken, badge, handlers = {}, onRefused }) {
  const { HubConnectionBuilder, HttpTransportType, HubConnectionState, LogLevel } = signalR;
  const afterConnect = new Set();
  let phase = 'connecting';
  let startAttempt = 0;
  let startTimer = null;

  const options = { transport: HttpTransportType.WebSockets, skipNegotiation: true };
  if (accessToken) options.accessTokenFactory = () => accessToken;

  const connection = new HubConnectionBuilder()
    .withUrl(`/hubs/workshop?session=${encodeURIComponent(sessionId)}`, options)
    .withAutomaticReconnect({
      // Always a number, never null: the built-in reconnect keeps trying for as long as the page is open.
      nextRetryDelayInMilliseconds: (context) => {
        // After a few failed attempts "Reconnecting…" stops being true; say we are offline.
        if (context.previousRetryCount >= 3) setPhase('offline');
        return retryDelay(context.previousRetryCount);
      },
    })
    .configureLogging(LogLevel.Warning)
    .build();

  for (const [name, handler] of Object.entries(handlers)) connection.on(name, handler);

  connection.onreconnecting(() => setPhase('reconnecting'));
  connection.onreconnected(() => connected());
  // Reached only when the automatic reconnect does not apply (e.g. the server closed the connection
  // without allowing a reconnect): start again ourselves.
  connection.onclose((error) => {
    if (isHubRejection(error)) onRefused?.(hubErrorMessage(error));
    setPhase('offline');
    scheduleStart();
  });

  function setPhase(next) {
    phase = next;
    render();
  }

  function render() {
    // The browser knows before the socket does when the phone has lost its network.
    showConnection(badge, navigator.onLine === false ? 'offline' : phase);
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
    if (connection.state !== HubConnectionState.Disconnected) return;
    try {
      await connection.start();
      connected();
    } catch {
      setPhase('offline');
      scheduleStart();
    }
  }

  function scheduleStart(delay = retryDelay(startAttempt++)) {
    clearTimeout(startTimer);
    startTimer = setTimeout(start, delay);
  }

  // Coming back online or back to the tab (phones freeze background tabs): do not wait out the backoff.
  function retryNow() {
    render();
    if (connection.state === HubConnectionState.Disconnected && startTimer !== null) {
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
