// Downloads the session's results. The facilitator key travels in a header, never in a URL, so the
// file is fetched here and handed to the browser as a download.

import { saveFile } from '/js/api.js';

/**
 * @param {{ sessionId: string, key: () => string, showError: (message: string) => void }} options
 * @param {HTMLButtonElement} button whose data-format is "csv" or "json"
 */
async function download({ sessionId, key, showError }, button) {
  const format = button.dataset.format;
  button.disabled = true;
  try {
    await saveFile(`/api/sessions/${encodeURIComponent(sessionId)}/results.${format}`, { token: key(), fallbackName: `results.${format}` });
  } catch (error) {
    showError(error.message);
  } finally {
    button.disabled = false;
  }
}

/** Wires every [data-format] button inside `root` to download the results in that format, and its report link. */
export function setUpResultsDownload(root, options) {
  for (const button of root.querySelectorAll('button[data-format]')) {
    button.addEventListener('click', () => download(options, button));
  }
  setUpReportLink(root, options);
}

/**
 * The session's printable report (/report/{sessionId}), opened from the link marked [data-report]. The
 * key rides in the fragment, which browsers never send; set again on each click, as a rotation replaces it.
 */
function setUpReportLink(root, { sessionId, key }) {
  const link = root.querySelector('a[data-report]');
  if (!link) return;
  const point = () => {
    link.href = `/report/${encodeURIComponent(sessionId)}#key=${encodeURIComponent(key())}`;
  };
  point();
  link.addEventListener('click', point);
  link.addEventListener('focus', point);
}
