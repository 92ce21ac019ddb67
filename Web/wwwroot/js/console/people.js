// The "People" card: who is here, who is away, and removing someone (their phone is disconnected).

import { byTest, el, replace, setText, show } from '/js/dom.js';
import { deleteJson } from '/js/api.js';
import { distinguishNames, withMark } from '/js/people-names.js';

const $ = (id) => document.getElementById(id);
const SAME_NAME = 'Someone else here shows the same name: the first characters of their participant ids tell them apart.';

export function setUpPeople(ctx) {
  const removing = new Set(); // participant ids whose removal is in flight
  let drawn = '';

  async function removeParticipant(person, name) {
    if (!confirm(`Remove ${name}? Their phone will be disconnected. What they gave so far stays counted.`)) return;
    ctx.showError('');
    setText($('people-status'), '');
    removing.add(person.participantId);
    render();
    try {
      const teamId = ctx.snapshots.session?.teamId ?? '';
      await deleteJson(`/api/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(person.participantId)}`, { token: ctx.key });
      setText($('people-status'), `Removed ${name}.`);
    } catch (error) {
      ctx.showApiError(error);
    } finally {
      removing.delete(person.participantId);
      // The server's next snapshot drops them; until then their row is usable again.
      render();
    }
  }

  function render() {
    const session = ctx.snapshots.session;
    if (!session?.exists) return;
    setText(byTest('present-count'), session.presentCount);
    const people = session.participants ?? [];
    // Activity snapshots arrive often; only rebuild (and lose keyboard focus) when the people changed.
    const signature = JSON.stringify([people, [...removing]]);
    if (signature === drawn) return;
    drawn = signature;
    const names = distinguishNames(people);
    show($('no-participants'), people.length === 0);
    replace(
      $('participant-list'),
      people.map((person) => {
        const { name, mark } = names.get(person.participantId);
        return el(
          'li',
          {
            class: person.present ? 'participant present' : 'participant away',
            'data-test': 'participant',
            'data-participant-id': person.participantId,
          },
          el(
            'span',
            { class: 'participant-name', 'data-test': 'participant-name' },
            name,
            mark ? el('span', { class: 'name-mark', 'data-test': 'name-mark', title: SAME_NAME, text: ` · ${mark}` }) : null,
          ),
          el('span', { class: 'tag', text: person.present ? 'present' : 'away' }),
          el('button', {
            type: 'button',
            class: 'button small quiet',
            'data-test': 'remove-participant',
            'data-participant-id': person.participantId,
            'aria-label': `Remove ${withMark({ name, mark })}`,
            disabled: removing.has(person.participantId),
            text: 'Remove',
            onclick: () => removeParticipant(person, withMark({ name, mark })),
          }),
        );
      }),
    );
  }

  ctx.onRender(render);
}
