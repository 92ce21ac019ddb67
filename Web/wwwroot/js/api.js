// fetch helpers for the JSON API. Failures become ApiError whose message is the server's
// `{ error }` text, ready to show on screen.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status; // 0 when the server could not be reached at all
  }

  /** True when trying the same request again later may succeed. */
  get retryable() {
    return this.status === 0 || this.status >= 500;
  }
}

async function request(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

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

  const data = await response.json().catch(() => null);
  if (!response.ok) {
    // `title` covers ASP.NET's default problem details, should one slip through.
    const message = data?.error || data?.title || `The server answered with an error (${response.status}).`;
    throw new ApiError(message, response.status);
  }
  return data;
}

export const getJson = (url) => request('GET', url);
export const postJson = (url, body) => request('POST', url, body ?? {});

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
