using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// Reads a burst back over fresh connections and compares it with what the burst was acknowledged.
/// Run against a server restarted after a crash, it shows what storage kept, not what a live grain holds.
/// </summary>
public static class StoredVotes
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// <c>Lost</c>: participants whose stored ballot is not exactly the last one acknowledged to them,
    /// plus any dot of the stored ballots that the tally does not count. <c>Duplicates</c>: dots the tally
    /// counts beyond the acknowledged ballots, per statement or in its total (a ballot counted twice).
    /// </summary>
    public static async Task<(int Lost, int Duplicates)> CheckAsync(Uri server, AcknowledgedVotes votes)
    {
        var view = await ReadActivityAsync(server, votes);
        var read = 0;
        string? refusal = null;
        var stored = await Concurrently.ForEachAsync(Enumerable.Range(0, votes.Credentials.Count), async i =>
        {
            var (ballot, refused) = await ReadBallotAsync(server, votes, votes.Credentials[i]);
            Interlocked.CompareExchange(ref refusal, refused, null);
            if (Interlocked.Increment(ref read) % 1000 == 0)
            {
                BenchLog.Write($"{read} ballots read back");
            }

            return ballot;
        });
        if (refusal is not null)
        {
            BenchLog.Write($"{stored.Count(b => b is null)} ballots could not be read back; the first because {refusal}");
        }

        var lost = 0;
        for (var i = 0; i < stored.Length; i++)
        {
            if (stored[i] is not { } ballot || !SameDots(ballot.Dots, votes.LastBallots[i])) lost++;
        }

        var acknowledged = Sum(votes.LastBallots);
        var inBallots = Sum(stored.OfType<Ballot>().Select(b => b.Dots));
        var tally = (view?.Tally ?? []).ToDictionary(t => t.StatementId, t => t.Dots);
        lost += inBallots.Sum(s => Math.Max(0, s.Value - tally.GetValueOrDefault(s.Key)));
        var duplicates = Math.Max(
            tally.Sum(s => Math.Max(0, s.Value - acknowledged.GetValueOrDefault(s.Key))),
            (view?.DotsPlaced ?? 0) - acknowledged.Values.Sum());
        BenchLog.Write($"read back {stored.Length} ballots and the tally of {votes.ActivityId}: {lost} lost, {duplicates} duplicates");
        return (lost, duplicates);
    }

    /// <summary>
    /// The facilitator's picture, which always carries the tally, is pushed right after the session's
    /// when it connects. Null when the server no longer knows the session or its activity.
    /// </summary>
    private static async Task<CulturePrioritiesView?> ReadActivityAsync(Uri server, AcknowledgedVotes votes)
    {
        var pushed = new TaskCompletionSource<CulturePrioritiesView?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var console = WorkshopHubConnection.Build(server, votes.SessionId, votes.FacilitatorKey);
        console.On<SessionView>("SessionChanged", session =>
        {
            if (session.CurrentActivityId != votes.ActivityId)
            {
                pushed.TrySetResult(null);
            }
        });
        console.On<CulturePrioritiesView>("ActivityChanged", view => pushed.TrySetResult(view));
        console.Closed += error =>
        {
            if (pushed.TrySetResult(null))
            {
                BenchLog.Write($"the activity could not be read back: {error?.Message}");
            }

            return Task.CompletedTask;
        };
        await console.StartAsync().WaitAsync(CallTimeout);
        return await pushed.Task.WaitAsync(CallTimeout);
    }

    /// <summary>
    /// No ballot, and why, when the server refuses the participant or the read (it no longer knows them):
    /// that ballot is lost. Only a read that stalls fails the run, so a slow server is not taken for a lossy one.
    /// </summary>
    private static async Task<(Ballot? Ballot, string? Refusal)> ReadBallotAsync(Uri server, AcknowledgedVotes votes, string credential)
    {
        await using var phone = WorkshopHubConnection.Build(server, votes.SessionId, credential);
        Exception? closedBy = null;
        phone.Closed += error =>
        {
            closedBy = error;
            return Task.CompletedTask;
        };
        try
        {
            await phone.StartAsync().WaitAsync(CallTimeout);
            return (await phone.InvokeAsync<Ballot>("GetContribution", votes.ActivityId).WaitAsync(CallTimeout), null);
        }
        catch (Exception error) when (error is not TimeoutException)
        {
            return (null, (closedBy ?? error).Message);
        }
    }

    private static bool SameDots(IReadOnlyDictionary<string, int> stored, IReadOnlyDictionary<string, int> acknowledged) =>
        stored.Where(d => d.Value != 0).OrderBy(d => d.Key).SequenceEqual(acknowledged.Where(d => d.Value != 0).OrderBy(d => d.Key));

    private static Dictionary<string, int> Sum(IEnumerable<IReadOnlyDictionary<string, int>> ballots)
    {
        var sum = new Dictionary<string, int>();
        foreach (var (statement, dots) in ballots.SelectMany(b => b))
        {
            sum[statement] = sum.GetValueOrDefault(statement) + dots;
        }

        return sum;
    }
}
