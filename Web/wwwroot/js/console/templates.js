// The Agenda card's templates: "Add from a template" (the built-in agendas and the team's own, each with
// its activities listed before adding them all, in order) and "Save this agenda as a template" for the
// team's later sessions. The shelf is the team's, over HTTP; adding is a hub command like AddActivity,
// whose request id is kept until it succeeds so that pressing again never adds a template twice.

import { el, replace, setText, show } from '/js/dom.js';
import { ApiError, deleteJson, getJson, postJson } from '/js/api.js';
import { newId } from '/js/live-connection.js';

const $ = (id) => document.getElementById(id);

export function setUpTemplates(ctx, kinds) {
  const root = $('agenda-templates');
  if (!root) return;
  addStylesheet('/css/templates.css');
  const teamUrl = (path = '') => `/api/teams/${encodeURIComponent(ctx.snapshots.session?.teamId ?? '')}/templates${path}`;
  const auth = () => ({ token: ctx.key });

  let shelf = null; // { builtIn, team, maxTeamTemplates } from the server, null until the first answer
  let drawnShelf = '';
  let loading = null;
  let pending = null; // { templateId, requestId } of an AddTemplate not yet confirmed
  let openedOnce = false;
  let asked = false; // the first load is asked for once the first session view brings the team id

  const choice = el('select', { id: 'template-choice', 'data-test': 'template-choice' });
  const description = el('p', { class: 'hint', 'data-test': 'template-description' });
  const items = el('ol', { class: 'template-items', 'data-test': 'template-items', 'aria-label': 'Activities in this template' });
  const addButton = el('button', { type: 'button', class: 'button', 'data-test': 'add-template', text: 'Add these activities' });
  const deleteButton = el('button', { type: 'button', class: 'button quiet', 'data-test': 'delete-template', text: 'Delete this template', hidden: true });
  const addStatus = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-test': 'template-status' });
  const adding = el(
    'details',
    { class: 'templates', 'data-test': 'templates' },
    el('summary', { text: 'Add from a template' }),
    el(
      'div',
      { class: 'stack' },
      el('div', { class: 'field' }, el('label', { for: choice.id, text: 'Template' }), choice),
      description,
      items,
      el('div', { class: 'controls' }, addButton, deleteButton),
      addStatus,
    ),
  );

  const name = el('input', { id: 'template-name', 'data-test': 'template-name', required: true, maxlength: '60', autocomplete: 'off', placeholder: 'e.g. Our day 1', 'aria-describedby': 'template-name-hint' });
  const saveButton = el('button', { type: 'submit', class: 'button', 'data-test': 'save-template', text: 'Save' });
  const saveHint = el('p', { class: 'hint', id: 'template-name-hint', text: "The team's templates are offered beside the built-in ones in every later session of the team." });
  const saveStatus = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-test': 'save-template-status' });
  const saveForm = el(
    'form',
    { class: 'stack' },
    el('div', { class: 'field' }, el('label', { for: name.id, text: 'Name of the template' }), el('div', { class: 'copy-row' }, name, saveButton), saveHint),
    saveStatus,
  );
  const saving = el('details', { class: 'templates', 'data-test': 'save-template-card' }, el('summary', { text: 'Save this agenda as a template' }), saveForm);
  replace(root, adding, saving);

  /** Every template on the shelf, built-in first; the team's own are marked so they can be deleted. */
  const all = () => [...(shelf?.builtIn ?? []), ...(shelf?.team ?? [])];
  const chosen = () => all().find((template) => template.id === choice.value) ?? null;

  async function loadShelf() {
    if (!ctx.snapshots.session?.teamId || !ctx.key) return;
    loading ??= getJson(teamUrl('/'), auth())
      .then((answer) => {
        shelf = answer;
        render();
      })
      .catch((error) => ctx.showApiError(error))
      .finally(() => {
        loading = null;
      });
    await loading;
  }

  function renderShelf() {
    const signature = JSON.stringify(shelf);
    if (signature === drawnShelf) return;
    drawnShelf = signature;
    const keep = choice.value;
    const option = (template) => el('option', { value: template.id, text: template.name });
    const own = shelf.team ?? [];
    replace(
      choice,
      el('optgroup', { label: 'Built in' }, (shelf.builtIn ?? []).map(option)),
      own.length > 0 ? el('optgroup', { label: `Our team's (${own.length} of ${shelf.maxTeamTemplates})` }, own.map(option)) : null,
    );
    if (all().some((template) => template.id === keep)) choice.value = keep;
  }

  function renderChosen() {
    const template = chosen();
    const count = template?.items.length ?? 0;
    setText(
      description,
      !template
        ? 'Loading the templates…'
        : template.builtIn
          ? template.description
          : `The team's own, saved${template.savedBy ? ` by ${template.savedBy}` : ''}${template.savedAt ? ` on ${savedOn(template.savedAt)}` : ''}.`,
    );
    replace(
      items,
      (template?.items ?? []).map((item) =>
        el('li', {}, el('span', { class: 'template-item-title', text: item.title }), el('span', { class: 'hint', text: ` · ${kinds.get(item.kind)?.label ?? item.kind}` })),
      ),
    );
    setText(addButton, count === 1 ? 'Add this activity' : `Add these ${count} activities`);
    addButton.disabled = !template || ctx.busy.has('AddTemplate');
    show(deleteButton, Boolean(template && !template.builtIn));
  }

  function render() {
    const session = ctx.snapshots.session;
    if (!session?.exists) return;
    const empty = (session.activities ?? []).length === 0;
    // Starting a session from a template is what an empty agenda is for: offer it open, once.
    if (!openedOnce && shelf) {
      openedOnce = true;
      if (empty) adding.open = true;
    }
    if (shelf) renderShelf();
    // The agenda card says where a first agenda can come from (agenda.js shows and hides this line).
    setText($('agenda-empty'), 'No activities yet: start from a template below, or add one in “Add an activity”.');
    renderChosen();
    saveButton.disabled = empty || ctx.busy.has('SaveTemplate');
    setText(saveHint, empty ? 'Add activities to the agenda first; then save it for the team.' : "The team's templates are offered beside the built-in ones in every later session of the team.");
  }

  choice.addEventListener('change', renderChosen);
  // Another facilitator may have saved or deleted one since: look again whenever the list is opened.
  adding.addEventListener('toggle', () => adding.open && loadShelf());

  addButton.addEventListener('click', async () => {
    const template = chosen();
    if (!template) return;
    if (pending?.templateId !== template.id) pending = { templateId: template.id, requestId: newId() };
    setText(addStatus, 'Adding…');
    const ids = await ctx.command('AddTemplate', 'AddTemplate', pending.requestId, template.id);
    if (!ids) {
      setText(addStatus, '');
      return;
    }
    pending = null;
    setText(addStatus, `Added ${ids.length} ${ids.length === 1 ? 'activity' : 'activities'} from “${template.name}”.`);
  });

  deleteButton.addEventListener('click', async () => {
    const template = chosen();
    if (!template || template.builtIn) return;
    if (!confirm(`Delete the template “${template.name}” for the whole team?\n\nSessions already started from it keep their activities.`)) return;
    deleteButton.disabled = true;
    try {
      await deleteJson(teamUrl(`/${encodeURIComponent(template.id)}`), auth());
      setText(addStatus, `Deleted the template “${template.name}”.`);
      await loadShelf();
    } catch (error) {
      ctx.showApiError(error, deleteButton);
    } finally {
      deleteButton.disabled = false;
    }
  });

  saveForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const typed = name.value.trim();
    if (!typed) return;
    ctx.showError('');
    ctx.busy.add('SaveTemplate');
    render();
    try {
      const saved = await save(typed, false);
      if (!saved) return;
      const count = saved.template.items.length;
      const leftOut = saved.leftOut > 0 ? ` ${saved.leftOut} added before templates kept setups could not be saved.` : '';
      setText(saveStatus, `Saved “${saved.template.name}” (${count} ${count === 1 ? 'activity' : 'activities'}) for the team.${leftOut}`);
      name.value = '';
      await loadShelf();
    } catch (error) {
      setText(saveStatus, '');
      ctx.showApiError(error, saveButton);
    } finally {
      ctx.busy.delete('SaveTemplate');
      render();
    }
  });

  /** Saves under `typed`; a name the team already uses is replaced only once the facilitator agrees. */
  async function save(typed, replaceExisting) {
    const body = { sessionId: ctx.sessionId, name: typed, replace: replaceExisting };
    try {
      return await postJson(teamUrl('/'), body, auth());
    } catch (error) {
      if (!(error instanceof ApiError) || !error.data?.nameTaken || replaceExisting) throw error;
      if (!confirm(`${error.message}\n\nReplace it with this agenda?`)) {
        setText(saveStatus, 'Not saved: choose another name, or replace the template.');
        return null;
      }
      return save(typed, true);
    }
  }

  ctx.onRender(() => {
    // A failed first load is not retried on every render: the alert says why, and opening the list asks again.
    if (!asked && ctx.snapshots.session?.teamId) {
      asked = true;
      loadShelf();
    }
    render();
  });
}

const savedOn = (at) => new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

function addStylesheet(href) {
  if (document.querySelector(`link[href="${href}"]`)) return;
  document.head.append(el('link', { rel: 'stylesheet', href }));
}
