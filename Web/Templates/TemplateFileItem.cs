using System.Text.Json;

namespace AntiLeadership.Live.Web.Templates;

/// <summary>One activity in a template's data file: its kind and its setup, exactly as a console sends them to <c>AddActivity</c>.</summary>
public sealed record TemplateFileItem(string Kind, JsonElement Setup);
