namespace AntiLeadership.Live.Web.Templates;

/// <summary>
/// Save the agenda of <see cref="SessionId"/> (one of the team's sessions) as the team's template
/// <see cref="Name"/>; <see cref="Replace"/> once the facilitator has agreed to replace one of that name.
/// </summary>
public sealed record TemplateSaveRequest(string? SessionId, string? Name, bool Replace = false);
