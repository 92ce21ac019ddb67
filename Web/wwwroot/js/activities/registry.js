// Every kind of activity the browser pages know: ONE line per kind, its module's path. Adding a kind
// adds a line here (and its folder next to this file); the page shells never change. The name in each
// module must be the C# kind's Name (see Grains.Interfaces/Activities/ActivityCatalog.cs).

const modules = [
  '/js/activities/culture-priorities/kind.js',
  '/js/activities/strengths/kind.js',
  '/js/activities/check-in/kind.js',
  '/js/activities/ranking/kind.js',
  '/js/activities/points/kind.js',
  '/js/activities/scale/kind.js',
  '/js/activities/grid/kind.js',
  '/js/activities/ideas/kind.js',
  '/js/activities/structure/kind.js',
  '/js/activities/content/kind.js',
  '/js/activities/review/kind.js',
  '/js/activities/comparison/kind.js',
];

let loading = null;

/**
 * Map(name → kind module), in registry order. A module that fails to load is left out (and logged),
 * so one broken kind does not take the other kinds down with it.
 */
export function loadKinds() {
  loading ??= Promise.all(
    modules.map((path) =>
      import(path).then(
        (module) => module.default,
        (error) => {
          console.error(`Could not load the activity kind at ${path}`, error);
          return null;
        },
      ),
    ),
  ).then((kinds) => new Map(kinds.filter(Boolean).map((kind) => [kind.name, kind])));
  return loading;
}

const styled = new Map(); // stylesheet → Promise settled once it has loaded

/**
 * Adds the kind's stylesheets (`css`: one path, or a list when a kind builds on shared views with styles
 * of their own) to the page, once each. Resolves when they have loaded: a board measures its layout
 * then, since what it measured before was the kind's body without its styles.
 */
export function addStylesOf(kind) {
  const sheets = [kind?.css ?? []].flat().filter(Boolean);
  return Promise.all(sheets.map(addStyleSheet));
}

function addStyleSheet(href) {
  if (!styled.has(href)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    // Resolves on error too: a page without the kind's styles still works, only plainer.
    styled.set(href, new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', resolve, { once: true });
    }));
    document.head.append(link);
  }
  return styled.get(href);
}
