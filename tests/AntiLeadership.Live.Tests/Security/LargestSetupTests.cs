using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Grains.Activities;
using AntiLeadership.Live.Grains.Activities.CulturePriorities;
using AntiLeadership.Live.Grains.Activities.Statements;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>The message size limit keeps out floods, not valid work in any language.</summary>
public sealed class LargestSetupTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task The_largest_valid_activity_written_in_japanese_fits_in_one_message_and_is_stored()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var title = new string('題', ActivityRules.MaxTitleLength);
        var statements = Enumerable.Range(0, StatementRules.MaxStatements)
            .Select(i => $"{i:D2}" + new string('私', StatementRules.MaxStatementLength - 2))
            .ToArray();

        var activityId = await room.Facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup(title, statements, 3, 2, false));

        var stored = await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(activityId).GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(statements, stored.Statements.Select(s => s.Text));
        Assert.Equal(title, stored.Stage.Title);
    }
}
