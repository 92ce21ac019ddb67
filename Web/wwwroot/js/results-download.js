// Downloads the session's results. The facilitator key travels in a header, never in a URL, so the
// file is fetched here and handed to the browser as a download.

/**
 * @param {{ sessionId: string, key: () => string, showError: (message: string) => void }} options
 * @param {HTMLButtonElement} button whose data-format is "csv" or "json"
 */
async function download({ sessionId, key, showError }, button) {
  const format = button.dataset.format;
  button.disabled = true;
  try {
    let response;
    try {
      response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/results.${format}`, {
        headers: { Authorization: `Bearer ${key()}` },
        cache: 'no-store',
      });
    } catch {
      showError('Could not reach the server. Check the Wi-Fi connection.');
      return;
    }

    if (!response.ok) {
      const data = await response.json().catch(() => null);
      showError(data?.error || `The server answered with an error (${response.status}).`);
      return;
    }

    const file = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = file;
    link.download = fileName(response, format);
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked once the browser has taken the file.
    setTimeout(() => URL.revokeObjectURL(file), 60_000);
  } finally {
    button.disabled = false;
  }
}

function fileName(response, format) {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? `results.${format}`;
}

/** Wires every [data-format] button inside `root` to download the results in that format. */
export function setUpResultsDownload(root, options) {
  for (const button of root.querySelectorAll('button[data-format]')) {
    button.addEventListener('click', () => download(options, button));
  }
}
