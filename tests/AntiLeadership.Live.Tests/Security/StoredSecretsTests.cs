using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>What reaches storage: the hashes of keys and credentials, never the secrets themselves.</summary>
public sealed class StoredSecretsTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Storage_holds_only_hashes_of_facilitator_keys_and_participant_credentials()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (_, ana) = await room.JoinAsync("Ana");
        using var issued = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/keys", room.Workshop.FacilitatorKey,
            new { label = "Sam", sessionId = room.Workshop.SessionId });
        var sam = (await issued.Content.ReadFromJsonAsync<IssuedKey>().WaitAsync(Eventually.DefaultTimeout))!;

        // Every row this app stored: the team, the session, its join code.
        var rows = await SharedPostgres.Server.QueryAsync<byte[]>(
            "SELECT payload FROM grain_state WHERE service_id = @service", ("service", fixture.Settings.ServiceId));
        var everything = string.Concat(rows.Select(Encoding.UTF8.GetString));
        Assert.Contains(room.Workshop.TeamId, everything, StringComparison.Ordinal);
        foreach (var credential in new[] { room.Workshop.FacilitatorKey, ana.Credential, sam.Key })
        {
            var secret = credential.Split('.')[^1];
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
            Assert.Contains(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), everything, StringComparison.Ordinal);
        }
    }
}
