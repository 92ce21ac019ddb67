// Culture priorities as a ranking (C#: RankingKind, "ranking"): each participant puts the statements in
// their own order with Up, Down and First (no dragging needed); the board shows the team's order and
// where people placed each statement far apart. What every vote on statements shares (proposals, the
// "Where we disagree" view) comes from the statement-vote module around these views.

import { statementVote } from '/js/activities/statements/statement-vote.js';
import { setupForm } from './setup-form.js';
import { phone } from './phone.js';
import { board } from './board.js';
import { consoleView } from './console.js';

export default statementVote({
  name: 'ranking',
  label: 'Culture priorities (ranking)',
  defaultTitle: 'What matters most to us',
  css: '/js/activities/ranking/ranking.css',
  words: {
    open: 'Open ranking',
    reopen: 'Reopen ranking',
    close: 'Close ranking',
    notOpened: 'Ranking opens soon',
    isOpen: 'Ranking is open',
    isClosed: 'Ranking is closed',
    facilitatorNotOpened: 'Ranking not open yet',
    facilitatorOpen: 'Ranking open',
    facilitatorClosed: 'Ranking closed',
    tookPart: 'have ranked',
    tookPartOne: 'has ranked',
    whoTookPart: 'Ranked',
    anonymousNote: 'Nobody, not even the facilitator, sees who has ranked or how.',
    namedNote: 'Not anonymous: the facilitator can see who has ranked, and their results download shows each person’s order.',
  },
  setupForm,
  console: consoleView,
  board,
  phone,
});
