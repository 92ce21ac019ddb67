namespace AntiLeadership.Live.Web.Api;

/// <summary>Deleting a team: its name typed again, so nobody deletes one by a slip.</summary>
public sealed record TeamDeleteRequest(string? Name);
