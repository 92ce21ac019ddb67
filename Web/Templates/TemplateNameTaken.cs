namespace AntiLeadership.Live.Web.Templates;

/// <summary>A 409's body: the sentence for the screen, and that the page may ask to replace the template of that name.</summary>
public sealed record TemplateNameTaken(string Error, bool NameTaken = true);
