namespace AntiLeadership.Live.Programme;

/// <summary>
/// The agendas a team saved as templates, shown beside the built-in ones in every later session of the
/// team. Part of the team's programme, apart from the team grain (members and keys), so that neither
/// grows into the other. Keyed by the team id.
/// </summary>
public interface ITeamTemplatesGrain : IGrainWithStringKey, IForgettable
{
    /// <summary>
    /// Saves <paramref name="items"/> under <paramref name="name"/>. A name the team already uses (in any
    /// case or spacing) is refused as <see cref="TemplateSaving.NameTaken"/> unless
    /// <paramref name="replace"/>, which keeps the template's id and replaces its name and items. Saving
    /// the very same template again (a retry) saves it once.
    /// </summary>
    Task<TemplateSaving> Save(string name, IReadOnlyList<TemplateItem> items, bool replace, string savedBy);

    /// <summary>Deletes a template; one that is not there (any more) is left as it is.</summary>
    Task<CommandOutcome> Delete(string templateId);

    /// <summary>The team's templates in the order they were first saved.</summary>
    Task<IReadOnlyList<TeamTemplate>> GetTemplates();
}
