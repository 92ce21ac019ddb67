namespace AntiLeadership.Live.Programme;

/// <summary>
/// The answer to saving a template: saved (with the template as stored), refused because the team
/// already has one of that name and replacing was not asked for (<see cref="NameTaken"/>: the page asks
/// before replacing), or refused for another reason said in <see cref="Rejection"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TemplateSaving(
    [property: Id(0)] TeamTemplate? Template,
    [property: Id(1)] bool NameTaken,
    [property: Id(2)] string? Rejection)
{
    public static TemplateSaving Saved(TeamTemplate template) => new(template, false, null);

    public static TemplateSaving Taken(string existingName) =>
        new(null, true, $"The team already has a template called “{existingName}”. Replace it, or choose another name.");

    public static TemplateSaving Refused(string why) => new(null, false, why);
}
