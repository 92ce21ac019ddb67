using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Retention;

namespace AntiLeadership.Live.Grains.Retention;

/// <summary>
/// Not reentrant: it changes when a facilitator changes the setting or a team starts a session, a few
/// times a day, and is read by each web node's sweep once an hour. One entry per team that chose
/// automatic deletion, so it stays small. The group commit is used for its rule that a repeat is
/// confirmed only once storage holds the change.
/// </summary>
public sealed class RetentionRegistryGrain(
    [PersistentState("retention", StorageNames.Teams)] IPersistentState<RetentionRegistryState> stored,
    TimeProvider time) : Grain, IRetentionRegistryGrain
{
    private GroupCommit _commit = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _commit = new GroupCommit(() => stored.WriteStateAsync(), DeactivateOnIdle);
        return Task.CompletedTask;
    }

    public async Task Schedule(string teamId, DateTimeOffset? deleteAfter)
    {
        var dueAt = stored.State.DueAt;
        var known = dueAt.TryGetValue(teamId, out var was) ? was : (DateTimeOffset?)null;
        if (known == deleteAfter)
        {
            await _commit.WhenCaughtUpAsync();
            return;
        }

        if (deleteAfter is { } at)
        {
            dueAt[teamId] = at;
        }
        else
        {
            dueAt.Remove(teamId);
        }

        await _commit.WhenStoredAsync();
    }

    public Task<IReadOnlyList<string>> Due(int max)
    {
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<string>>(stored.State.DueAt
            .Where(e => e.Value <= now)
            .OrderBy(e => e.Value)
            .Take(Math.Max(0, max))
            .Select(e => e.Key)
            .ToArray());
    }
}
