// Culture priorities, the dot vote: participants spread a fixed number of dots over statements about
// how the team works. Name = CulturePrioritiesKind.Name in C#.

import { setupForm } from './setup-form.js';
import { phone } from './phone.js';
import { board } from './board.js';
import { consoleView } from './console.js';
import { statementVote } from '/js/activities/statements/statement-vote.js';

// Wrapped in what every vote on statements shares: "Where we disagree", proposals.
export default statementVote({
  name: 'culture-priorities',
  label: 'Culture priorities (dot vote)',
  defaultTitle: 'Culture priorities',
  css: '/js/activities/culture-priorities/culture-priorities.css',
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
    tookPart: 'have voted',
    tookPartOne: 'has voted',
    whoTookPart: 'Voted',
    anonymousNote: 'Nobody, not even the facilitator, sees who has voted.',
    namedNote: 'Not anonymous: the facilitator can see who has voted, and their results download shows where each person put their dots.',
  },
  // Before the platform, phones kept the last acknowledged ballot under this key, as { revision, submissionId, dots }.
  keptBefore: { prefix: 'antileadership.ballot.', input: (old) => ({ dots: old.dots ?? {} }) },
  setupForm,
  console: consoleView,
  board,
  phone,
});
