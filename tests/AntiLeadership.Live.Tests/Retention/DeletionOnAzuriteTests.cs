using System.Net;
using AntiLeadership.Live.Tests.Infrastructure;
using Azure.Storage.Blobs;

namespace AntiLeadership.Live.Tests.Retention;

/// <summary>
/// The proof that deleting means gone from storage: a web node on Azure Storage (Azurite standing in
/// for it), and the blobs its containers hold listed before and after each deletion.
/// </summary>
public sealed class DeletionOnAzuriteTests
{
    [Fact]
    public async Task Deleting_a_session_removes_its_blobs_and_keeps_the_other_s_then_deleting_the_team_leaves_no_blob_of_it()
    {
        await using var azurite = await Azurite.StartNewAsync();
        var settings = LiveAppSettings.Isolated(azurite);
        await using var app = LiveApp.Start(settings);
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        await using var team = await TeamOfTwoSessions.StartAsync(app, http, "Blue team");
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        string[] first = [team.First.SessionId, team.FirstVote, team.Card, team.ImageId];
        string[] second = [team.Second.SessionId, team.SecondVote];

        var before = await BlobNamesAsync(blobs, settings.ServiceId);
        using var deleteSession = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}/sessions/{team.First.SessionId}", team.LeadKey);
        var afterSession = await BlobNamesAsync(blobs, settings.ServiceId);
        using var deleteTeam = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}", team.LeadKey, new { name = "Blue team" });
        var afterTeam = await BlobNamesAsync(blobs, settings.ServiceId);

        var listed = string.Join(", ", before);
        foreach (var id in first.Concat(second).Append(team.TeamId))
        {
            Assert.True(before.Any(n => n.Contains(id, StringComparison.Ordinal)), $"No blob of {id} before deleting: {listed}");
        }

        Assert.True(JoinCodeBlobs(before, team.First.JoinCode).Any(), $"No blob of the join code before deleting: {listed}");
        Assert.Equal(HttpStatusCode.NoContent, deleteSession.StatusCode);
        Assert.All(first, id => Assert.DoesNotContain(afterSession, n => n.Contains(id, StringComparison.Ordinal)));
        Assert.Empty(JoinCodeBlobs(afterSession, team.First.JoinCode));
        Assert.All(second, id => Assert.Contains(afterSession, n => n.Contains(id, StringComparison.Ordinal)));
        Assert.NotEmpty(JoinCodeBlobs(afterSession, team.Second.JoinCode));
        Assert.Contains(afterSession, n => n.Contains(team.TeamId, StringComparison.Ordinal));

        // The team, its plan, shortlist and rota, the other session and everything in it: nothing is left.
        Assert.Equal(HttpStatusCode.NoContent, deleteTeam.StatusCode);
        Assert.Empty(afterTeam);
    }

    /// <summary>Every blob in the service's grain containers, as "container/name".</summary>
    private static async Task<IReadOnlyList<string>> BlobNamesAsync(BlobServiceClient blobs, string serviceId)
    {
        var prefix = new string(serviceId.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        var names = new List<string>();
        foreach (var name in AntiLeadership.Live.Grains.StorageNames.All)
        {
            var container = blobs.GetBlobContainerClient($"{prefix}-{name}");
            if (!await container.ExistsAsync().WaitAsync(Eventually.DefaultTimeout))
            {
                continue;
            }

            await foreach (var blob in container.GetBlobsAsync().WithCancellation(TestContext.Current.CancellationToken))
            {
                names.Add($"{name}/{blob.Name}");
            }
        }

        return names;
    }

    /// <summary>The join code's grain is keyed by the code alone, which may also occur inside a longer id.</summary>
    private static IEnumerable<string> JoinCodeBlobs(IEnumerable<string> names, string code) =>
        names.Where(n => n.Contains("join", StringComparison.OrdinalIgnoreCase) && n.Contains(code, StringComparison.Ordinal));
}
