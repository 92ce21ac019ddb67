// fetch helpers for the JSON API. Failures become ApiError whose message is the server's
// `{ error }` text, ready to show on screen.

export class ApiError extends Error {
  constructor(message, status, retryAfter = null, data = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status; // 0 when the server could not be reached at all
    this.retryAfter = retryAfter; // seconds from a 429's Retry-After, so a page can hold the button that long
    this.data = data; // the whole answer, for the few that carry more than the sentence
  }

  /** True when trying the same request again later may succeed. */
  get retryable() {
    return this.status === 0 || this.status >= 500;
  }
}

/** Retry-After in seconds (it may also be an HTTP date), or null. */
function retryAfterSeconds(response) {
  const value = response.headers.get('Retry-After');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** Sends a request; the response when it is OK, else an ApiError with the server's sentence. */
async function send(method, url, body, token, accept) {
  const headers = { Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // The facilitator key goes in a header, never in the URL, so it stays out of logs and histories.
  if (token) headers.Authorization = `Bearer ${token}`;

  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('Could not reach the server. Check the Wi-Fi connection.', 0);
  }

  if (!response.ok) {
    const data = await response.json().catch(() => null);
    // `title` covers ASP.NET's default problem details, should one slip through.
    const message = data?.error || data?.title || `The server answered with an error (${response.status}).`;
    throw new ApiError(message, response.status, response.status === 429 ? retryAfterSeconds(response) : null, data);
  }
  return response;
}

async function request(method, url, body, token) {
  const response = await send(method, url, body, token, 'application/json');
  // A 204 (or any empty body) reads as null.
  return response.json().catch(() => null);
}

/** GETs a file to hand to the browser as a download: its content and the name the server gives it. */
export async function getFile(url, { token } = {}) {
  const response = await send('GET', url, undefined, token, '*/*');
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
}

/**
 * Downloads `url` with the bearer `token` (a key never goes in a URL) and hands the file to the
 * browser as a download, under the name the server gives it or `fallbackName`.
 */
export async function saveFile(url, { token, fallbackName }) {
  const { blob, fileName } = await getFile(url, { token });
  const file = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = file;
  link.download = fileName ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(file), 60_000);
}

// `token`: a facilitator key, sent as a bearer token; omit for the public endpoints.
export const getJson = (url, { token } = {}) => request('GET', url, undefined, token);
export const postJson = (url, body, { token } = {}) => request('POST', url, body ?? {}, token);
export const putJson = (url, body, { token } = {}) => request('PUT', url, body ?? {}, token);
// A DELETE may carry a body (deleting a team repeats its name as confirmation).
export const deleteJson = (url, { token, body } = {}) => request('DELETE', url, body, token);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` until it succeeds or fails for a reason retrying cannot fix (a 4xx answer).
 * Only for requests that are safe to repeat. `onRetry(error)` lets the page say it is trying again.
 */
export async function retryWhileUnreachable(task, onRetry) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (!(error instanceof ApiError) || !error.retryable) throw error;
      onRetry?.(error);
      await sleep(Math.min(1000 * 2 ** attempt, 10000));
    }
  }
}

/** Join codes are shown in capitals; people type them with stray spaces and in lower case. */
export const normalizeCode = (code) => String(code ?? '').replace(/\s+/g, '').toUpperCase();
