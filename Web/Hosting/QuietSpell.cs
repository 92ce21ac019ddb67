namespace AntiLeadership.Live.Web.Hosting;

/// <summary>
/// When a node that nobody is on has been quiet long enough to give its memory back, told by a check every
/// <c>check</c>: once the node has been seen empty at the start of a spell, the release is due
/// <c>idle + check</c> later (the node's rooms' grains deactivate after <c>idle</c> without a call, and
/// Orleans collects them every quarter of that), and only once per spell; anyone connecting ends the spell.
/// </summary>
public sealed class QuietSpell(TimeSpan idle, TimeSpan check)
{
    private DateTimeOffset? _since;
    private bool _released;

    /// <summary>Called at each check: whether the release is due now.</summary>
    public bool Due(bool anyoneConnected, DateTimeOffset now)
    {
        if (anyoneConnected)
        {
            _since = null;
            _released = false;
            return false;
        }

        _since ??= now;
        // Half a check short of the full time: the checks come from a timer, and one that fires a
        // millisecond early must not put the release off by a whole check (past what the node promised).
        if (_released || now - _since.Value < idle + (check / 2))
        {
            return false;
        }

        _released = true;
        return true;
    }
}
