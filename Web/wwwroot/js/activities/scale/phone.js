// The agreement scale on a phone (360 px, one thumb): the team's results first once they are out (so a
// reveal is seen, not left below the fold), then one radio group per statement, a fieldset whose legend
// is the statement: five answers from strongly disagree to strongly agree, usable with arrow keys, and
// "Clear" to take an answer back. Skipping a statement is leaving it unanswered.

import { el, setText, show } from '/js/dom.js';
import { normalizeStatus } from '/js/activity-stage.js';
import { createDivergingChart } from './diverging.js';
import { LABELS, resultsVisible } from './shared.js';

let phones = 0;

export function phone(root, ctx) {
  const id = `sc-phone-${++phones}`;
  const chart = el('ol', { 'data-test': 'sc-chart', 'aria-label': 'Team answers per statement' });
  const results = el(
    'section',
    { class: 'sc-results', 'aria-labelledby': `${id}-results`, hidden: true },
    el('h3', { id: `${id}-results`, text: 'Team results' }),
    chart,
  );
  const progress = el('p', { class: 'sc-progress', 'data-test': 'sc-progress' });
  const list = el('ol', { class: 'sc-ballot', 'aria-label': 'Statements' });
  root.append(results, progress, list);

  const drawChart = createDivergingChart(chart);
  const rows = new Map(); // statementId → row parts
  let latest = null; // { answers, open }

  function send(statementId, answer) {
    if (!latest?.open) return;
    const next = { ...latest.answers };
    if (answer === null) delete next[statementId];
    else next[statementId] = answer;
    latest.answers = next;
    ctx.submit({ answers: next });
  }

  function buildRow({ statementId }) {
    const name = `${id}-${statementId}`;
    const legendText = el('legend', { class: 'sc-statement-text', 'data-test': 'sc-statement-text' });
    const radios = LABELS.map((label, i) =>
      el('input', {
        type: 'radio',
        name,
        value: String(i + 1),
        'data-test': `sc-answer-${i + 1}`,
        onchange: (event) => {
          if (event.target.checked) send(statementId, i + 1);
        },
      }),
    );
    const clear = el('button', {
      type: 'button',
      class: 'button small quiet sc-clear',
      'data-test': 'sc-clear',
      text: 'Clear',
      onclick: () => {
        send(statementId, null);
        // The button turns off once nothing is chosen: the group's first answer takes the focus instead.
        radios[0].focus();
      },
    });
    const parts = {
      legend: legendText,
      radios,
      clear,
      row: el(
        'li',
        { class: 'sc-item', 'data-test': 'sc-statement', 'data-statement-id': statementId },
        el(
          'fieldset',
          { class: 'sc-fieldset' },
          legendText,
          el(
            'div',
            { class: 'sc-options' },
            radios.map((radio, i) => el('label', { class: 'sc-option', 'data-step': String(i + 1) }, radio, el('span', { class: 'sc-option-text', text: LABELS[i] }))),
          ),
          clear,
        ),
      ),
    };
    return parts;
  }

  return {
    update(view, contribution) {
      // Rows are kept per statement, so a radio keeps its focus while answers come and go, and a
      // statement added mid-vote (an accepted proposal) simply joins the list.
      const wanted = new Set(view.statements.map((s) => s.statementId));
      for (const [statementId, parts] of rows) {
        if (!wanted.has(statementId)) {
          parts.row.remove();
          rows.delete(statementId);
        }
      }
      view.statements.forEach((statement, index) => {
        let parts = rows.get(statement.statementId);
        if (!parts) {
          parts = buildRow(statement);
          rows.set(statement.statementId, parts);
        }
        if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
      });

      const open = normalizeStatus(view.stage?.status) === 'open';
      const answers = ctx.pending()?.answers ?? contribution?.answers ?? {};
      latest = { answers, open };
      let answered = 0;
      for (const statement of view.statements) {
        const parts = rows.get(statement.statementId);
        const answer = answers[statement.statementId] ?? null;
        if (answer !== null) answered++;
        setText(parts.legend, statement.text);
        parts.radios.forEach((radio, i) => {
          radio.checked = answer === i + 1;
          radio.disabled = !open;
        });
        parts.row.dataset.answered = String(answer !== null);
        parts.clear.disabled = !open || answer === null;
        parts.clear.setAttribute('aria-label', `Clear your answer to: ${statement.text}`);
      }
      const total = view.statements.length;
      setText(
        progress,
        open
          ? `${answered} of ${total} answered. Skip any you would rather not answer.`
          : normalizeStatus(view.stage?.status) === 'closed'
            ? `Voting is closed: your ${answered} ${answered === 1 ? 'answer is' : 'answers are'} kept as they are.`
            : 'You can read the statements already; answering opens soon.',
      );

      const visible = resultsVisible(view);
      show(results, visible);
      if (visible) drawChart(view);
    },
  };
}
