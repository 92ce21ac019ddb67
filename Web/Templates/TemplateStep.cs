namespace AntiLeadership.Live.Web.Templates;

/// <summary>One activity of a template as the console lists it before adding: its kind and title.</summary>
public sealed record TemplateStep(string Kind, string Title);
