using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Grid;
using AntiLeadership.Live.Activities.Ideas;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The two exercises joined as a room uses them: an ideas activity run to its shortlist through the real
/// hub (three phones write and dot, the facilitator keeps two), then the facilitator's console, in real
/// headless Chromium, sets up a 2×2 and takes its items from that shortlist — nothing in between faked.
/// </summary>
public sealed class GridFromIdeasInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "Ask customers <img src=x onerror=alert(1)>";

    private static readonly string[] Written = ["Pair on the hard bugs", Hostile, "Shorter stand-ups"];

    [Fact]
    public async Task A_2x2_takes_its_items_from_what_an_ideas_activity_kept_for_the_plan()
    {
        var app = fixture.Server.App;
        var workshop = await Workshop.StartAsync(fixture.Server.Http, "Blue team", "Day two");
        await using var facilitator = await RecordingClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var ideas = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), IdeasKind.Name, new
        {
            title = "What should we start doing?", prompt = "What should we start doing?", maxEntriesPerPerson = 3, maxEntryLength = 140,
            screenBeforeReveal = false, phonesMayGroup = false, dotsPerPerson = 2, maxDotsPerItem = 1, hideResultsUntilRevealed = false, anonymous = true,
        });
        var steer = (string name, string? target, string? text) => facilitator.InvokeAsync("SteerActivity", ideas, new ActivityCommand(name, Target: target, Text: text));
        await steer(ActivityCommands.Open, null, null);

        var phones = new List<RecordingClient>();
        try
        {
            for (var p = 0; p < Written.Length; p++)
            {
                var joined = await Workshop.JoinAsync(fixture.Server.Http, workshop.JoinCode, $"Person {p}");
                phones.Add(await RecordingClient.ConnectAsync(app.BaseAddress, joined.SessionId, joined.Credential));
                var wrote = await phones[p].InvokeAsync<JsonElement>("Submit", ideas, Guid.NewGuid().ToString(),
                    new { entries = new[] { new { entryId = $"entry{p}{Guid.NewGuid():N}"[..24], text = Written[p] } } });
                Assert.True(wrote.GetProperty("accepted").GetBoolean(), wrote.GetRawText());
            }

            await steer(ActivityCommands.Reveal, null, null);
            await steer(IdeasCommands.Phase, null, "voting");
            await facilitator.WaitForViewAsync(ideas, v => v.GetProperty("phase").GetString() == "voting" && v.GetProperty("items").GetArrayLength() == 3, "the dot vote on three entries");
            var itemOf = facilitator.View(ideas)!.Value.GetProperty("items").EnumerateArray()
                .ToDictionary(i => i.GetProperty("entries")[0].GetProperty("text").GetString()!, i => i.GetProperty("itemId").GetString()!);
            foreach (var phone in phones)
            {
                var dots = new Dictionary<string, int> { [itemOf[Hostile]] = 1, [itemOf[Written[0]]] = 1 };
                var voted = await phone.InvokeAsync<JsonElement>("Submit", ideas, Guid.NewGuid().ToString(), new { dots });
                Assert.True(voted.GetProperty("accepted").GetBoolean(), voted.GetRawText());
            }

            await steer(IdeasCommands.Phase, null, "shortlist");
            await steer(IdeasCommands.Keep, itemOf[Hostile], null);
            await steer(IdeasCommands.Keep, itemOf[Written[0]], null);

            // The console, opened from the link the start page would have followed (key in the fragment).
            await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
            var target = new Uri(app.BaseAddress, workshop.FacilitatorUrl);
            await console.Page.GotoAsync(new Uri(app.BaseAddress, target.PathAndQuery + target.Fragment).ToString());
            await console.Test("kind-select").SelectOptionAsync(GridKind.Name);
            await console.Test("activity-title-input").FillAsync("Where to start");
            await console.Test("grid-items-input").FillAsync("Fix the build");
            await console.Test("grid-take-from").SelectOptionAsync(new SelectOptionValue { Label = "What should we start doing? (Ideas: write, group, vote)" });
            await console.Test("grid-take-items").ClickAsync();
            await Expect(console.Test("grid-take-status")).ToHaveTextAsync("Took 2 items from “What should we start doing?”.", new() { Timeout = 15_000 });
            Assert.Equal($"Fix the build\n{Hostile}\n{Written[0]}", await console.Test("grid-items-input").InputValueAsync());

            await console.Test("add-activity").ClickAsync();
            await facilitator.WaitForViewAsync(
                await GridIdAsync(facilitator),
                v => v.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).SequenceEqual(["Fix the build", Hostile, Written[0]]),
                "the 2×2 to hold the typed item and the two kept");
            await Expect(console.Page.Locator("img[src='x']")).ToHaveCountAsync(0);
            Assert.Empty(console.Errors);
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }

    /// <summary>The id of the 2×2 the console added, once the session lists it.</summary>
    private static async Task<string> GridIdAsync(RecordingClient facilitator)
    {
        string? id = null;
        await Eventually.IsTrueAsync(
            () =>
            {
                id = facilitator.Messages.Where(m => m.Method == "SessionChanged")
                    .Select(m => JsonDocument.Parse(m.Json).RootElement.GetProperty("activities"))
                    .SelectMany(a => a.EnumerateArray())
                    .Where(a => a.GetProperty("kind").GetString() == GridKind.Name)
                    .Select(a => a.GetProperty("activityId").GetString())
                    .FirstOrDefault();
                return id is not null;
            },
            "the session to list the 2×2");
        await facilitator.InvokeAsync("ShowActivity", id);
        return id!;
    }
}
