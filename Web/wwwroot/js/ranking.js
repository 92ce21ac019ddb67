// Turns a culture-priorities tally into a ranking: most dots first, ties in the original statement
// order, and tied statements sharing a rank (1, 2, 2, 4).

/**
 * @param {{statementId: string, text: string}[]} statements in the facilitator's order
 * @param {{statementId: string, dots: number, voters: number}[] | null} tally
 * @returns {{statementId, text, dots, voters, rank}[]}
 */
export function rankStatements(statements, tally) {
  const counts = new Map((tally ?? []).map((entry) => [entry.statementId, entry]));
  const rows = (statements ?? []).map((statement, order) => ({
    statementId: statement.statementId,
    text: statement.text,
    dots: counts.get(statement.statementId)?.dots ?? 0,
    voters: counts.get(statement.statementId)?.voters ?? 0,
    order,
  }));

  rows.sort((a, b) => b.dots - a.dots || a.order - b.order);

  let rank = 0;
  return rows.map((row, index) => {
    if (index === 0 || row.dots !== rows[index - 1].dots) rank = index + 1;
    const { order, ...rest } = row;
    return { ...rest, rank };
  });
}
