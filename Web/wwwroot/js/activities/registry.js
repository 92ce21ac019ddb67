// Every kind of activity the browser pages know: ONE line per kind, its module's path. Adding a kind
// adds a line here (and its folder next to this file); the page shells never change. The name in each
// module must be the C# kind's Name (see Grains.Interfaces/Activities/ActivityCatalog.cs).

const modules = [
  '/js/activities/culture-priorities/kind.js',
  '/js/activities/strengths/kind.js',
  '/js/activities/check-in/kind.js',
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

const styled = new Set();

/** Adds the kind's stylesheet to the page, once. */
export function addStylesOf(kind) {
  if (!kind?.css || styled.has(kind.css)) return;
  styled.add(kind.css);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = kind.css;
  document.head.append(link);
}
