using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Grains.Programme;

/// <summary>
/// A team's shortlist for its plan. Not reentrant: keeping is a facilitator's click, never a burst, and
/// one call at a time keeps "keep twice, kept once" trivially true. The group commit is used for its rule
/// that a repeat is confirmed only once storage holds the change (an earlier write of it may have failed).
/// </summary>
public sealed class TeamShortlistGrain(
    [PersistentState("shortlist", StorageNames.Teams)] IPersistentState<TeamShortlistState> stored) : Grain, ITeamShortlistGrain
{
    /// <summary>Far above any team's plan; stops a script from filling storage.</summary>
    public const int MaxItems = 1_000;

    private GroupCommit _commit = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _commit = new GroupCommit(() => stored.WriteStateAsync(), DeactivateOnIdle);
        return Task.CompletedTask;
    }

    public async Task<CommandOutcome> Keep(ShortlistItem item)
    {
        if (Find(item.ActivityId, item.ItemId) is not null)
        {
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        if (stored.State.Items.Count >= MaxItems)
        {
            return CommandOutcome.Refused($"The team's shortlist holds {MaxItems} items already: take some off before keeping more.");
        }

        stored.State.Items.Add(new StoredShortlistItem
        {
            ActivityId = item.ActivityId,
            ItemId = item.ItemId,
            Text = item.Text,
            ActivityTitle = item.ActivityTitle,
            SessionId = item.SessionId,
            KeptAt = item.KeptAt,
        });
        await _commit.WhenStoredAsync();
        return CommandOutcome.Done;
    }

    public async Task<CommandOutcome> Unkeep(string activityId, string itemId)
    {
        if (Find(activityId, itemId) is not { } kept)
        {
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        stored.State.Items.Remove(kept);
        await _commit.WhenStoredAsync();
        return CommandOutcome.Done;
    }

    /// <summary>Goes from storage for good (see <see cref="IForgettable"/>); one call at a time, so no write of ours is in flight.</summary>
    public async Task Forget()
    {
        await stored.ClearStateAsync();
        DeactivateOnIdle();
    }

    /// <summary>Items kept from a deleted session go with it: their text is what people wrote there.</summary>
    public async Task ForgetSession(string sessionId)
    {
        if (stored.State.Items.RemoveAll(i => i.SessionId == sessionId) == 0)
        {
            await _commit.WhenCaughtUpAsync();
            return;
        }

        await _commit.WhenStoredAsync();
    }

    public Task<IReadOnlyList<ShortlistItem>> GetShortlist() =>
        Task.FromResult<IReadOnlyList<ShortlistItem>>(stored.State.Items
            .Select(i => new ShortlistItem(i.ActivityId, i.ItemId, i.Text, i.ActivityTitle, i.SessionId, i.KeptAt))
            .ToArray());

    private StoredShortlistItem? Find(string activityId, string itemId) =>
        stored.State.Items.Find(i => i.ActivityId == activityId && i.ItemId == itemId);
}
