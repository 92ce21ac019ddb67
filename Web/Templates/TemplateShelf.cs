namespace AntiLeadership.Live.Web.Templates;

/// <summary>Every template a team's facilitator can start from: the built-in ones, then the team's own (at most <see cref="MaxTeamTemplates"/>).</summary>
public sealed record TemplateShelf(IReadOnlyList<TemplateListing> BuiltIn, IReadOnlyList<TemplateListing> Team, int MaxTeamTemplates);
