// Every kind of activity the browser pages know: ONE line per kind, its module's path. Adding a kind
// adds a line here (and its folder next to this file); the page shells never change. The name in each
// module must be the C# kind's Name (see Grains.Interfaces/Activities/ActivityCatalog.cs).

const modules = [
  '/js/activities/culture-priorities/kind.js',
  '/js/activities/strengths/kind.js',
  '/js/activities/check-in/kind.js',
  '/js/activities/ideas/kind.js',
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
 * Adds the kind's stylesheet to the page, once. Resolves when it has loaded: a board measures its layout
 * then, since what it measured before was the kind's body without its styles.
 */
export function addStylesOf(kind) {
  if (!kind?.css) return Promise.resolve();
  if (!styled.has(kind.css)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = kind.css;
    // Resolves on error too: a page without the kind's styles still works, only plainer.
    styled.set(kind.css, new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', resolve, { once: true });
    }));
    document.head.append(link);
  }
  return styled.get(kind.css);
}
