using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Rankings;

/// <summary>What makes an order a ranking of this vote, with the messages people see when it is not.</summary>
public static class RankingRules
{
    public const string NoOrder = "This ranking has no order in it.";
    public const string UnknownStatement = "That statement is not part of this vote.";
    public const string RankedTwice = "Each statement can have only one place in your order.";

    /// <summary>
    /// Null when <paramref name="order"/> names statements of this vote, each at most once. Statements it
    /// leaves out are simply not ranked by this person (an empty order takes their ranking back).
    /// </summary>
    public static string? CheckOrder(IReadOnlyList<Statement> statements, IReadOnlyList<string?>? order)
    {
        if (order is null)
        {
            return NoOrder;
        }

        var known = statements.Select(s => s.StatementId).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statementId in order)
        {
            if (statementId is null || !known.Contains(statementId))
            {
                return UnknownStatement;
            }

            if (!seen.Add(statementId))
            {
                return RankedTwice;
            }
        }

        return null;
    }
}
