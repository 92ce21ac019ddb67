using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Grains.Programme;

/// <summary>
/// A team's rota of who facilitated what. Not reentrant: turns change a few times a session, and one
/// call at a time keeps "recorded twice, kept once" trivially true. The group commit is used for its rule
/// that a repeat is confirmed only once storage holds the change (an earlier write of it may have failed).
/// </summary>
public sealed class TeamRotaGrain(
    [PersistentState("rota", StorageNames.Teams)] IPersistentState<TeamRotaState> stored) : Grain, ITeamRotaGrain
{
    /// <summary>Years of sessions; past it the oldest turns make room, so a script cannot fill storage.</summary>
    public const int MaxEntries = 2_000;

    private GroupCommit _commit = null!;

    private List<StoredRotaEntry> Entries => stored.State.Entries;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _commit = new GroupCommit(() => stored.WriteStateAsync(), DeactivateOnIdle);
        return Task.CompletedTask;
    }

    public async Task Record(IReadOnlyList<RotaEntry> entries)
    {
        var changed = false;
        foreach (var entry in entries)
        {
            var known = Entries.Find(e => e.EntryId == entry.EntryId);
            if (known is null)
            {
                Entries.Add(StoredRotaEntry.Of(entry));
                changed = true;
            }
            else if (known.Until is null && entry.Until is { } until)
            {
                // Only the end of a turn is news about one already kept: its start never moves, and a
                // late repeat of the start (sent again after a failure) must not reopen it.
                known.Until = until;
                changed = true;
            }
        }

        if (!changed)
        {
            await _commit.WhenCaughtUpAsync();
            return;
        }

        // A turn sent late (its session could not reach us at the time) still takes its place in time;
        // turns that began at the same moment keep the order they were given in.
        stored.State.Entries = Entries.OrderBy(e => e.From).TakeLast(MaxEntries).ToList();

        await _commit.WhenStoredAsync();
    }

    /// <summary>Goes from storage for good (see <see cref="IForgettable"/>); one call at a time, so no write of ours is in flight.</summary>
    public async Task Forget()
    {
        await stored.ClearStateAsync();
        DeactivateOnIdle();
    }

    /// <summary>
    /// A deleted session's turns go with it: each names the session and the person who held the role
    /// there, and a facilitator who deletes a session means all of it.
    /// </summary>
    public async Task ForgetSession(string sessionId)
    {
        if (Entries.RemoveAll(e => e.SessionId == sessionId) == 0)
        {
            await _commit.WhenCaughtUpAsync();
            return;
        }

        await _commit.WhenStoredAsync();
    }

    public Task<IReadOnlyList<RotaEntry>> GetRota() =>
        Task.FromResult<IReadOnlyList<RotaEntry>>(Entries.Select(e => e.ToEntry()).ToArray());
}
