using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// Who has joined the session, with the names they joined with, as the session grain holds them: the
/// one trustworthy source (a phone could claim any name). Kept in memory and asked again when someone
/// unknown shows up, on activation, and every few seconds while the map is open; concurrent askers
/// share one call, and a recent answer is reused, so a crowd joining at once costs few calls.
/// </summary>
internal sealed class SessionRoster
{
    private Dictionary<string, string> _names = [];
    private Task? _asking;
    private DateTimeOffset _askedAt = DateTimeOffset.MinValue;
    private long _sessionVersion = -1;

    /// <summary>Whether the names changed since <see cref="Published"/> was last called.</summary>
    public bool Unpublished { get; private set; }

    /// <summary>How many times the names changed: whatever depends on them is worked out again when this moves.</summary>
    public long Changes { get; private set; }

    public int Count => _names.Count;

    public bool Contains(string participantId) => _names.ContainsKey(participantId);

    public string? NameOf(string participantId) => _names.GetValueOrDefault(participantId);

    public IEnumerable<KeyValuePair<string, string>> All => _names;

    public void Published() => Unpublished = false;

    /// <summary>Asks the session again unless it was asked within <paramref name="freshFor"/>. Never throws: an unreachable session leaves the names as they were.</summary>
    public Task RefreshAsync(IGrainFactory grains, string sessionId, TimeProvider time, TimeSpan freshFor)
    {
        if (_asking is { IsCompleted: false })
        {
            return _asking;
        }

        if (time.GetUtcNow() - _askedAt < freshFor)
        {
            return Task.CompletedTask;
        }

        _asking = AskAsync(grains.GetGrain<ISessionGrain>(sessionId), time);
        return _asking;
    }

    private async Task AskAsync(ISessionGrain session, TimeProvider time)
    {
        try
        {
            var view = await session.GetView();
            _askedAt = time.GetUtcNow();
            if (view.Version == _sessionVersion)
            {
                return;
            }

            _sessionVersion = view.Version;
            var names = view.Participants.ToDictionary(p => p.ParticipantId, p => p.DisplayName);
            if (names.Count != _names.Count || names.Any(n => _names.GetValueOrDefault(n.Key) != n.Value))
            {
                _names = names;
                Unpublished = true;
                Changes++;
            }
        }
        catch (Exception)
        {
            // Asked again on the next miss or tick; a recognition of someone unknown is refused meanwhile.
        }
    }
}
