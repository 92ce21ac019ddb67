// Culture priorities on an agreement scale: each participant answers each statement from "strongly
// disagree" to "strongly agree" (1–5), or skips it. Name = ScaleVoteKind.Name in C#. What every vote on
// statements shares (proposals, "Where we disagree") is added around these views by statementVote.

import { statementVote } from '/js/activities/statements/statement-vote.js';
import { setupForm } from './setup-form.js';
import { phone } from './phone.js';
import { board } from './board.js';
import { consoleView } from './console.js';

export default statementVote({
  name: 'scale',
  label: 'Culture priorities (agreement 1–5)',
  defaultTitle: 'Culture priorities',
  css: ['/js/activities/scale/chart.css', '/js/activities/scale/scale.css'],
  words: {
    open: 'Open voting',
    reopen: 'Reopen voting',
    close: 'Close voting',
    notOpened: 'Voting opens soon',
    isOpen: 'Voting is open',
    isClosed: 'Voting is closed',
    facilitatorNotOpened: 'Voting not open yet',
    facilitatorOpen: 'Voting open',
    facilitatorClosed: 'Voting closed',
    tookPart: 'have answered',
    tookPartOne: 'has answered',
    whoTookPart: 'Answered',
    anonymousNote: 'Nobody, not even the facilitator, sees who answered what.',
    namedNote: 'Not anonymous: the facilitator can see who has answered, and their results download shows how each person answered.',
  },
  setupForm,
  console: consoleView,
  board,
  phone,
});
