namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>A statement's place in the ranking, with its dots and how many people gave it any.</summary>
internal sealed record RankedStatement(int Rank, string Statement, int Dots, int? Voters);
