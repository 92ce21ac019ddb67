using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Grains.Programme;

/// <summary>
/// A team's saved agendas. Not reentrant: saving is a facilitator's click, never a burst, and one call
/// at a time keeps names unique without more care. The group commit is used for its rule that a repeat
/// is confirmed only once storage holds the change (an earlier write of it may have failed).
/// </summary>
public sealed class TeamTemplatesGrain(
    [PersistentState("templates", StorageNames.Teams)] IPersistentState<TeamTemplatesState> stored,
    TimeProvider time) : Grain, ITeamTemplatesGrain
{
    private GroupCommit _commit = null!;

    private List<StoredTemplate> Templates => stored.State.Templates;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _commit = new GroupCommit(() => stored.WriteStateAsync(), DeactivateOnIdle);
        return Task.CompletedTask;
    }

    public async Task<TemplateSaving> Save(string name, IReadOnlyList<TemplateItem> items, bool replace, string savedBy)
    {
        var (checkedName, problem) = TemplateRules.Name(name);
        if ((problem ?? ItemsProblem(items)) is { } refusal)
        {
            return TemplateSaving.Refused(refusal);
        }

        var key = TemplateRules.NameKey(checkedName);
        var existing = Templates.Find(t => TemplateRules.NameKey(t.Name) == key);
        if (existing is not null && existing.Name == checkedName && SameItems(existing, items))
        {
            // A retry of a save whose answer was lost (or the same agenda saved twice): saved once.
            await _commit.WhenCaughtUpAsync();
            return TemplateSaving.Saved(ToTemplate(existing));
        }

        if (existing is not null && !replace)
        {
            return TemplateSaving.Taken(existing.Name);
        }

        if (existing is null && Templates.Count >= TemplateRules.MaxTemplatesPerTeam)
        {
            return TemplateSaving.Refused($"The team has {TemplateRules.MaxTemplatesPerTeam} templates already: delete one it no longer uses first.");
        }

        if (existing is null)
        {
            existing = new StoredTemplate { TemplateId = Guid.NewGuid().ToString("N") };
            Templates.Add(existing);
        }

        // Replacing keeps the id and the place on the shelf; the name takes the new spelling.
        existing.Name = checkedName;
        existing.Items = items.Select(i => new StoredTemplateItem { Kind = i.Kind, Title = i.Title, SetupJson = i.SetupJson }).ToList();
        existing.SavedAt = time.GetUtcNow();
        existing.SavedBy = savedBy;
        await _commit.WhenStoredAsync();
        return TemplateSaving.Saved(ToTemplate(existing));
    }

    public async Task<CommandOutcome> Delete(string templateId)
    {
        var template = Templates.Find(t => t.TemplateId == templateId);
        if (template is null)
        {
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        Templates.Remove(template);
        await _commit.WhenStoredAsync();
        return CommandOutcome.Done;
    }

    /// <summary>Goes from storage for good (see <see cref="IForgettable"/>); one call at a time, so no write of ours is in flight.</summary>
    public async Task Forget()
    {
        await stored.ClearStateAsync();
        DeactivateOnIdle();
    }

    public Task<IReadOnlyList<TeamTemplate>> GetTemplates() =>
        Task.FromResult<IReadOnlyList<TeamTemplate>>(Templates.Select(ToTemplate).ToArray());

    /// <summary>The web node reads each setup strictly before saving; this guards storage against anything else.</summary>
    private static string? ItemsProblem(IReadOnlyList<TemplateItem>? items)
    {
        if (items is null || items.Count == 0)
        {
            return "The agenda is empty: add activities before saving it as a template.";
        }

        if (items.Count > TemplateRules.MaxItems)
        {
            return $"A template holds at most {TemplateRules.MaxItems} activities.";
        }

        return items.Any(i => ActivityCatalog.Find(i?.Kind) is null || string.IsNullOrEmpty(i!.SetupJson) || i.SetupJson.Length > TemplateRules.MaxSetupJsonLength || i.Title is null)
            ? "One of these activities cannot be kept in a template."
            : null;
    }

    private static bool SameItems(StoredTemplate template, IReadOnlyList<TemplateItem> items) =>
        template.Items.Count == items.Count
        && template.Items.Zip(items).All(pair => pair.First.Kind == pair.Second.Kind && pair.First.Title == pair.Second.Title && pair.First.SetupJson == pair.Second.SetupJson);

    private static TeamTemplate ToTemplate(StoredTemplate t) =>
        new(t.TemplateId, t.Name, t.Items.Select(i => new TemplateItem(i.Kind, i.Title, i.SetupJson)).ToArray(), t.SavedAt, t.SavedBy);
}
