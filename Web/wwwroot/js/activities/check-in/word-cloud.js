// The board's word cloud. d3-cloud (npm, served from /lib, see docs/decisions.md) decides where each
// word goes; we draw the words as SVG text through textContent, keyed by the word's key, so a word that
// grows or moves glides there (CSS transitions) and a new one fades in, and the room sees what changed.
// Words lie flat (no rotation) and never smaller than a size legible from the back of a room.

const SVG = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

let loading = null;

/** Loads d3-cloud once, as a classic script from our own origin (the CSP allows only 'self'). */
function loadLayout() {
  if (window.d3?.layout?.cloud) return Promise.resolve(window.d3.layout.cloud);
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/lib/d3-cloud/d3.layout.cloud.js';
    script.onload = () => resolve(window.d3.layout.cloud);
    script.onerror = () => reject(new Error('The word-cloud layout did not load.'));
    document.head.append(script);
  });
  return loading;
}

// A fixed seed: the same words land in the same places, so an update moves only what changed.
function seeded() {
  let state = 42;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Returns update(words) drawing `words` ([{ key, word, people, fewerThanThree }], most frequent first)
 * into `host`. Words given by more people are larger; "fewer than 3" counts as the smallest.
 */
export function createWordCloud(host) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'check-in-cloud-svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const group = document.createElementNS(SVG, 'g');
  svg.append(group);
  host.append(svg);

  const drawn = new Map();
  let latest = [];
  let running = null;
  let signature = '';

  function sizes(words, width, height, scale) {
    const most = Math.max(1, ...words.map((w) => w.people ?? 1));
    const smallest = Math.max(18, Math.min(height * 0.06, width * 0.035)) * Math.max(scale, 0.6);
    const largest = Math.max(smallest * 1.2, Math.min(height * 0.24, width * 0.14) * scale);
    return (w) => {
      const share = most <= 1 ? 0 : Math.sqrt(((w.people ?? 1) - 1) / (most - 1));
      return Math.round(smallest + (largest - smallest) * share);
    };
  }

  async function layout(words, width, height) {
    const cloud = await loadLayout();
    // Shrink until every word fits, a few times at most; what still does not fit is left to the list.
    for (let scale = 1, round = 0; round < 6; round++, scale *= 0.82) {
      const size = sizes(words, width, height, scale);
      const placed = await new Promise((resolve) => {
        running?.stop();
        running = cloud()
          .size([width, height])
          .words(words.map((w) => ({ key: w.key, text: w.word, size: size(w) })))
          .padding(Math.max(3, Math.round(height / 120)))
          .rotate(0)
          .font(FONT)
          .fontWeight(700)
          .fontSize((d) => d.size)
          .spiral('archimedean')
          .random(seeded())
          .timeInterval(20)
          .on('end', resolve);
        running.start();
      });
      if (placed.length === words.length || round === 5) return placed;
    }
    return [];
  }

  function draw(placed, width, height) {
    svg.setAttribute('viewBox', `${-width / 2} ${-height / 2} ${width} ${height}`);
    const wanted = new Set(placed.map((p) => p.key));
    for (const [key, node] of drawn) {
      if (!wanted.has(key)) {
        node.remove();
        drawn.delete(key);
      }
    }
    placed.forEach((p, index) => {
      let node = drawn.get(p.key);
      if (!node) {
        node = document.createElementNS(SVG, 'text');
        node.setAttribute('class', 'check-in-cloud-word is-new');
        node.setAttribute('text-anchor', 'middle');
        node.setAttribute('data-test', 'check-in-cloud-word');
        group.append(node);
        drawn.set(p.key, node);
        requestAnimationFrame(() => requestAnimationFrame(() => node.classList.remove('is-new')));
      }
      node.textContent = p.text;
      node.dataset.key = p.key;
      // Alternating shades only tell words apart; the size carries the meaning, never the colour.
      node.dataset.shade = String(index % 3);
      // CSSOM, not a style attribute in markup, so the CSP allows it.
      node.style.fontSize = `${p.size}px`;
      node.style.transform = `translate(${p.x}px, ${p.y}px)`;
    });
  }

  async function render() {
    const width = Math.floor(host.clientWidth);
    const height = Math.floor(host.clientHeight);
    const mine = `${width}x${height}|${latest.map((w) => `${w.key}:${w.people ?? 'few'}`).join('|')}`;
    if (mine === signature || width < 50 || height < 50) return;
    signature = mine;
    const placed = await layout(latest, width, height);
    if (signature === mine) draw(placed, width, height);
  }

  new ResizeObserver(() => render()).observe(host);

  return function update(words) {
    latest = words;
    render();
  };
}
