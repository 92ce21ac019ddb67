using System.Text.Json;
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
    /// <c>Lost</c>: participants whose stored contribution is not exactly the last input acknowledged to
    /// them, plus any count the activity shows below what the acknowledged inputs add up to.
    /// <c>Duplicates</c>: counts the activity shows beyond them (an input counted twice).
    /// </summary>
    public static async Task<(int Lost, int Duplicates)> CheckAsync(Uri server, AcknowledgedVotes votes)
    {
        var view = await ReadActivityAsync(server, votes);
        var read = 0;
        string? refusal = null;
        var stored = await Concurrently.ForEachAsync(Enumerable.Range(0, votes.Credentials.Count), async i =>
        {
            var (contribution, refused) = await ReadContributionAsync(server, votes, votes.Credentials[i]);
            Interlocked.CompareExchange(ref refusal, refused, null);
            if (Interlocked.Increment(ref read) % 1000 == 0)
            {
                BenchLog.Write($"{read} contributions read back");
            }

            return contribution;
        });
        if (refusal is not null)
        {
            BenchLog.Write($"{stored.Count(c => c is null)} contributions could not be read back; the first because {refusal}");
        }

        var lost = 0;
        for (var i = 0; i < stored.Length; i++)
        {
            if (stored[i] is not { } contribution || votes.LastInputs[i] is not { } acknowledged || !votes.Kind.Stores(contribution, acknowledged))
            {
                lost++;
            }
        }

        var expected = votes.Kind.Expected(votes.LastInputs);
        var shown = view is { } v ? votes.Kind.Counts(v) ?? [] : [];
        lost += expected.Sum(e => Math.Max(0, e.Value - shown.GetValueOrDefault(e.Key)));
        var duplicates = shown.Sum(s => Math.Max(0, s.Value - expected.GetValueOrDefault(s.Key)));
        BenchLog.Write($"read back {stored.Length} contributions and the counts of {votes.ActivityId}: {lost} lost, {duplicates} duplicates");
        return (lost, duplicates);
    }

    /// <summary>
    /// The facilitator's picture, which always carries the results, is pushed right after the session's
    /// when it connects. Null when the server no longer knows the session or its activity.
    /// </summary>
    private static async Task<JsonElement?> ReadActivityAsync(Uri server, AcknowledgedVotes votes)
    {
        var pushed = new TaskCompletionSource<JsonElement?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var console = WorkshopHubConnection.Build(server, votes.SessionId, votes.FacilitatorKey);
        console.On<SessionView>("SessionChanged", session =>
        {
            if (session.CurrentActivityId != votes.ActivityId)
            {
                pushed.TrySetResult(null);
            }
        });
        console.On<JsonElement>("ActivityChanged", view => pushed.TrySetResult(view));
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
    /// No contribution, and why, when the server refuses the participant or the read (it no longer knows
    /// them): that input is lost. Only a read that stalls fails the run, so a slow server is not taken for a lossy one.
    /// </summary>
    private static async Task<(JsonElement? Contribution, string? Refusal)> ReadContributionAsync(Uri server, AcknowledgedVotes votes, string credential)
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
            return (await phone.InvokeAsync<JsonElement>("GetContribution", votes.ActivityId).WaitAsync(CallTimeout), null);
        }
        catch (Exception error) when (error is not TimeoutException)
        {
            return (null, (closedBy ?? error).Message);
        }
    }
}
