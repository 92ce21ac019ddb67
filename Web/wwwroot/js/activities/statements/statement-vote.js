// What every way of voting on statements shares in the browser (dots, ranking, points, a 1–5 scale):
// the board's "Where we disagree" view, the console's stepping through it and its proposals queue, the
// phone's "propose a statement", and the setup form's "let participants propose" field. A kind wraps
// its own views once: `export default statementVote({ name, label, setupForm, console, board, phone, … })`.
//
// The views it reads (camelCase JSON of the C# records): view.statements, view.agreement
// (StatementAgreement[]: statementId, people, average, spread, split, buckets[{ label, people,
// fewerThanThree }]), view.focus ({ disagreement, statementId }), view.proposals (facilitator only),
// view.allowProposals; contribution.proposals (OwnProposal[]: proposalId, text, status, statement).

/** Decorates a kind's views with what every vote on statements shares. */
export function statementVote(kind) {
  return kind;
}
