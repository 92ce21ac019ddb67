namespace AntiLeadership.Live.Web.Results;

/// <summary>A statement's place in the ranking, with its dots and how many people gave it any.</summary>
public sealed record RankedStatement(int Rank, string Statement, int Dots, int Voters);
