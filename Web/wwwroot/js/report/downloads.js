// The report's downloads (CSV, Markdown). The facilitator key travels in a header, never in a URL, so
// each file is fetched here and handed to the browser as a download, as the console's results card does.

import { saveFile } from '/js/api.js';

/** Wires `button` to download `url` with the key; refusals go to `showError`. */
export function setUpDownload(button, { url, key, fallbackName, showError }) {
  button.disabled = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await saveFile(url, { token: key, fallbackName });
    } catch (error) {
      showError(error.message);
    } finally {
      button.disabled = false;
    }
  });
}
