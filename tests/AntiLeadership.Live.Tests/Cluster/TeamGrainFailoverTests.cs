using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Hosting;

namespace AntiLeadership.Live.Tests.Cluster;

/// <summary>
/// Every connect asks the team's grain to check the credential. When the node that hosts it dies, the
/// connects that reach the other node in the seconds before the cluster has moved the grain wait that
/// out instead of failing, and the survivor notes each in one line rather than an error with a stack trace.
/// </summary>
public sealed class TeamGrainFailoverTests
{
    private const int Phones = 4;
    private const string SlowFailureDetection = "--Cluster:ProbeTimeout=00:00:05";

    [Fact]
    public async Task Phones_that_connect_while_their_team_grain_is_on_a_dead_node_get_in_at_the_first_try_and_nothing_is_logged_as_an_error()
    {
        var storage = ClusterStorage.OnPostgres(SharedPostgres.Server.ConnectionString);
        // Orleans's own default: the dead node is declared dead only after about 15 s, longer than Orleans
        // itself retries a call to it, so a connect in between has to be waited out by the product.
        await using var first = await NodeProcess.StartAsync(storage, LiveModes.CoHosted, SlowFailureDetection);
        await using var second = await NodeProcess.StartAsync(storage, LiveModes.CoHosted, SlowFailureDetection);
        await using var probe = await ClusterProbe.ConnectAsync(storage);
        using var http = new HttpClient { BaseAddress = first.BaseAddress };
        var workshop = await Workshop.StartAsync(http);
        var (doomed, survivor) = await probe.HostOfAsync(probe.Client.GetGrain<ITeamGrain>(workshop.TeamId), first, second);
        var joined = new List<Web.Api.JoinedSession>();
        for (var i = 0; i < Phones; i++)
        {
            joined.Add(await Workshop.JoinAsync(http, workshop.JoinCode, $"P{i}"));
        }

        var logBefore = survivor.Output.Length;
        doomed.Kill();
        // The server holds each connect until the team's grain answers again: longer than usual.
        var phones = await Task.WhenAll(joined.Select(j => LiveClient.ConnectAsync(survivor.BaseAddress, j.SessionId, j.Credential, NodeLoss.ConnectPatience * 2)))
            .WaitAsync(TimeSpan.FromMinutes(1));

        foreach (var phone in phones)
        {
            await phone.WaitForSessionAsync(view => view.SessionId == workshop.SessionId, "the session's view on the survivor");
            Assert.False(phone.Closed.IsCompleted, "A phone's connection was closed after it got in.");
            await phone.DisposeAsync();
        }

        var log = survivor.Output[logBefore..];
        // The product's own lines and ASP.NET Core's (an exception out of a request is logged there).
        foreach (var level in new[] { "fail: AntiLeadership", "crit: AntiLeadership", "fail: Microsoft.AspNetCore", "crit: Microsoft.AspNetCore" })
        {
            Assert.DoesNotContain(level, log, StringComparison.Ordinal);
        }

        Assert.Empty(OwnEntriesWithStackTraces(log));
    }

    /// <summary>Log entries of the product's own categories that carry a stack trace.</summary>
    private static IEnumerable<string> OwnEntriesWithStackTraces(string log)
    {
        string? entry = null;
        foreach (var line in log.Split('\n'))
        {
            if (line.Length > 5 && line[4] == ':' && !char.IsWhiteSpace(line[0]))
            {
                entry = line.Contains("AntiLeadership.Live", StringComparison.Ordinal) ? line : null;
            }
            else if (entry is not null && line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            {
                yield return entry;
                entry = null;
            }
        }
    }
}
