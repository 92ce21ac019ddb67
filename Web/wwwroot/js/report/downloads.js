// The report's downloads (CSV, Markdown). The facilitator key travels in a header, never in a URL, so
// each file is fetched here and handed to the browser as a download, as the console's results card does.

import { getFile } from '/js/api.js';

/** Wires `button` to download `url` with the key; refusals go to `showError`. */
export function setUpDownload(button, { url, key, fallbackName, showError }) {
  button.disabled = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const { blob, fileName } = await getFile(url, { token: key });
      const file = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = file;
      link.download = fileName ?? fallbackName;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked once the browser has taken the file.
      setTimeout(() => URL.revokeObjectURL(file), 60_000);
    } catch (error) {
      showError(error.message);
    } finally {
      button.disabled = false;
    }
  });
}
