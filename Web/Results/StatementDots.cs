namespace AntiLeadership.Live.Web.Results;

public sealed record StatementDots(string Statement, int Dots);
