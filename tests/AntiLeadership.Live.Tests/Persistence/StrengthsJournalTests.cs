using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Persistence;

/// <summary>
/// A strengths map hands out an id for every example a participant writes (the facilitator hides one by its
/// id). Its counter is recounted from the entries when the map loads, so an input with an example is
/// stored in the journal like any other, and an example written after a restart still gets an id of its own.
/// </summary>
public sealed class StrengthsJournalTests
{
    [Fact]
    public async Task Examples_go_to_the_journal_and_one_written_after_a_restart_gets_an_id_no_other_example_has()
    {
        var settings = LiveAppSettings.Isolated();
        string activityId;
        string[] people;
        await using (var before = LiveApp.Start(settings))
        {
            using var http = new HttpClient { BaseAddress = before.BaseAddress, Timeout = Eventually.DefaultTimeout };
            var workshop = await Workshop.StartAsync(http);
            people = [.. (await Task.WhenAll(new[] { "Ana", "Ben", "Cas" }.Select(name => Workshop.JoinAsync(http, workshop.JoinCode, name)))).Select(j => j.ParticipantId)];
            await using var facilitator = await LiveClient.ConnectAsync(before.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
            activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), StrengthsKind.Name, new StrengthsSetup("Our strengths", null, null, false, true));
            await facilitator.SteerAsync(activityId, ActivityCommands.Open);
            var map = before.Grains.GetGrain<IStrengthsGrain>(activityId);
            // A full write first (a facilitator's command), so the examples below are the journal's.
            Assert.True((await map.Steer(new ActivityCommand(ActivityCommands.Timer, Seconds: 1800)).WaitAsync(Eventually.DefaultTimeout)).Succeeded);
            await RecogniseAsync(map, people[0], people[1], "When Ben listened first");
            await RecogniseAsync(map, people[1], people[2], "When Cas untangled the plan");
        }

        using (var full = JsonDocument.Parse(await StoredBallots.ReadRowAsync(settings.Storage, activityId)))
        {
            Assert.Empty(full.RootElement.GetProperty("People").EnumerateObject());
        }

        await using var after = LiveApp.Start(settings);
        await RecogniseAsync(after.Grains.GetGrain<IStrengthsGrain>(activityId), people[2], people[0], "When Ana asked the quiet ones");

        using var stored = JsonDocument.Parse(await StoredBallots.ReadStateAsync(settings.Storage, activityId, "People"));
        var ids = stored.RootElement.GetProperty("People").EnumerateObject()
            .SelectMany(person => person.Value.GetProperty("Given").EnumerateArray())
            .Select(given => given.GetProperty("ExampleId").GetString())
            .ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(3, ids.Distinct().Count());
    }

    private static async Task RecogniseAsync(IStrengthsGrain map, string giver, string teammate, string example)
    {
        var receipt = await map.Submit(giver, Guid.NewGuid().ToString(), new StrengthsInput([], [new Recognition(teammate, "careful-listening", example)]))
            .WaitAsync(Eventually.DefaultTimeout);
        Assert.True(receipt.Accepted, receipt.Rejection);
    }
}
