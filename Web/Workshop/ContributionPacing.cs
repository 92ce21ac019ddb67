using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Paces contributions someone else changed (a teammate's recognition, the facilitator's moderation) to
/// their participants' devices on this node. After a quiet <see cref="PhonePacing.Interval"/> a change goes
/// out at once; changes that follow within it wait for its end, when each participant gets the newest of
/// theirs, unless their own receipt carried it, or a newer one, meanwhile (<see cref="Delivered"/>). In a
/// burst of a strengths map nearly every phone is recognised by a teammate while it sends its own input:
/// a message each for that was a quarter to a third of what the phones of a room of 10,000 received, and the
/// receipt of the phone's own input, stored in the same write or the next, mostly has it anyway.
/// </summary>
public sealed class ContributionPacing(Func<string, Contribution, Task> send, TimeProvider time, Action<Exception> failed)
{
    private readonly Dictionary<(string ActivityId, string ParticipantId), Contribution> _pending = [];
    private DateTimeOffset _quietFrom = DateTimeOffset.MinValue;
    private bool _scheduled;

    /// <summary>Contributions changed by someone else, by participant id, as stored.</summary>
    public Task OfferAsync(IReadOnlyDictionary<string, Contribution> changed)
    {
        lock (_pending)
        {
            if (_scheduled || time.GetUtcNow() < _quietFrom)
            {
                foreach (var (participantId, contribution) in changed)
                {
                    Keep(participantId, contribution);
                }

                if (!_scheduled)
                {
                    _scheduled = true;
                    _ = FlushLaterAsync();
                }

                return Task.CompletedTask;
            }

            _quietFrom = time.GetUtcNow() + PhonePacing.Interval;
        }

        // Sent outside the lock, as the phones' views are.
        return Task.WhenAll(changed.Select(c => send(c.Key, c.Value)));
    }

    /// <summary>
    /// The participant's devices here were given <paramref name="contribution"/> with the receipt of their
    /// own input: whatever waits for them in the same activity and is not newer goes no more.
    /// </summary>
    public void Delivered(string participantId, Contribution contribution)
    {
        // Nothing waits while no flush is due, which is most of the time: no need to queue on the lock for
        // every input. Read without the lock, it may miss a change just being kept, which then goes out
        // as it would have without the receipt.
        if (!Volatile.Read(ref _scheduled))
        {
            return;
        }

        lock (_pending)
        {
            var key = (contribution.ActivityId, participantId);
            if (_pending.TryGetValue(key, out var waiting) && waiting.Revision <= contribution.Revision)
            {
                _pending.Remove(key);
            }
        }
    }

    private void Keep(string participantId, Contribution contribution)
    {
        var key = (contribution.ActivityId, participantId);
        if (!_pending.TryGetValue(key, out var waiting) || waiting.Revision <= contribution.Revision)
        {
            _pending[key] = contribution;
        }
    }

    private async Task FlushLaterAsync()
    {
        await Task.Delay(PhonePacing.Interval, time);
        KeyValuePair<(string ActivityId, string ParticipantId), Contribution>[] due;
        lock (_pending)
        {
            due = [.. _pending];
            _pending.Clear();
            _scheduled = false;
            // The next change after this flush waits for the next one too: in a burst, changes keep coming.
            _quietFrom = time.GetUtcNow() + PhonePacing.Interval;
        }

        try
        {
            await Task.WhenAll(due.Select(d => send(d.Key.ParticipantId, d.Value)));
        }
        catch (Exception failure)
        {
            // The devices read their contribution again when they reconnect.
            failed(failure);
        }
    }
}
