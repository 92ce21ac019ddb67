// Culture priorities as 100 points (C#: PointsKind, "points"): each participant shares 100 points over
// the statements in steps of 5 or 10; the results rank the statements by points and show how divided
// the room is about each. The shared statement-vote module adds proposals and "Where we disagree".

import { statementVote } from '/js/activities/statements/statement-vote.js';
import { setupForm } from './setup-form.js';
import { phone } from './phone.js';
import { board } from './board.js';
import { consoleView } from './console.js';

export default statementVote({
  name: 'points',
  label: 'Culture priorities (100 points)',
  defaultTitle: 'Culture priorities',
  css: ['/js/activities/points/points.css', '/js/activities/points/points-phone.css'],
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
    namedNote: 'Not anonymous: the facilitator can see who has voted, and their results download shows where each person put their points.',
  },
  setupForm,
  console: consoleView,
  board,
  phone,
});
