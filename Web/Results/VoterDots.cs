namespace AntiLeadership.Live.Web.Results;

/// <summary>Where one person put their dots, in a named activity.</summary>
public sealed record VoterDots(string Name, IReadOnlyList<StatementDots> Dots);
