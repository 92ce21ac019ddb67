// What every way of voting on statements shares in the browser (dots, ranking, points, a 1–5 scale):
// the board's "Where we disagree" view, the console's stepping through it and its proposals queue, the
// phone's "propose a statement", and the setup form's "let participants propose" field. A kind wraps
// its own views once: `export default statementVote({ name, label, setupForm, console, board, phone, … })`.
//
// The views it reads (camelCase JSON of the C# records): view.statements, view.agreement
// (StatementAgreement[]: statementId, people, average, spread, split, buckets[{ label, people,
// fewerThanThree }]), view.focus ({ disagreement, statementId }), view.proposals (facilitator only),
// view.allowProposals; contribution.proposals (OwnProposal[]: proposalId, text, status, statement).

import { el, show } from '/js/dom.js';
import { resultsShown } from './agreement.js';
import { disagreementBoard } from './disagreement-board.js';
import { disagreementConsole } from './disagreement-console.js';
import { proposalsConsole } from './proposals-console.js';
import { proposePhone } from './propose-phone.js';
import { withProposalsField } from './proposals-field.js';

const CSS = '/js/activities/statements/statements.css';

/** Decorates a kind's views with what every vote on statements shares. */
export function statementVote(kind) {
  return {
    ...kind,
    css: [kind.css, CSS].flat().filter(Boolean),

    setupForm(root, ctx) {
      return withProposalsField(root, kind.setupForm(root, ctx));
    },

    console(root, ctx) {
      const proposals = proposalsConsole(part(root, 'sv-console-proposals'), ctx);
      const disagreement = disagreementConsole(part(root, 'sv-console-disagreement'), ctx);
      const own = kind.console(part(root, 'sv-console-own'), ctx);
      return {
        update(view, session) {
          proposals.update(view, session);
          disagreement.update(view, session);
          return own.update(view, session);
        },
      };
    },

    board(root, ctx) {
      const ownRoot = part(root, 'sv-board-own');
      const disagreementRoot = part(root, 'sv-board-disagreement');
      const own = kind.board(ownRoot, ctx);
      const disagreement = disagreementBoard(disagreementRoot);
      let showing = 'own';
      return {
        update(view, session) {
          // The audience's copy carries no agreement while results are hidden: then nothing of it shows.
          showing = view.focus?.disagreement && resultsShown(view) ? 'disagreement' : 'own';
          show(ownRoot, showing === 'own');
          show(disagreementRoot, showing === 'disagreement');
          if (showing === 'own') return own.update(view, session);
          disagreement.update(view);
          // The list and the focused statement need the room: the join panel steps back.
          return { compact: true };
        },
        simplify: () => (showing === 'own' ? (own.simplify?.() ?? false) : false),
      };
    },

    phone(root, ctx) {
      const own = kind.phone(part(root, 'sv-phone-own'), ctx);
      const propose = proposePhone(part(root, 'sv-phone-propose'), ctx);
      return {
        update(view, contribution, session) {
          own.update(view, contribution, session);
          propose.update(view, contribution, session);
        },
      };
    },
  };
}

/** A container of its own for each part, so the kind's view and the shared ones never redraw each other. */
function part(root, className) {
  const node = el('div', { class: className });
  root.append(node);
  return node;
}
