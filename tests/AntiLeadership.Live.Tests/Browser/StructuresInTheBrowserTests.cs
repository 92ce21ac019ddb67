using System.Text.Json;
using AntiLeadership.Live.Activities.Structures;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Guided Liberating Structures as a room runs them: a whole 1-2-4-All with seven people (four phones in
/// Chromium, one of them arriving late, and three through the hub), with a mis-click on the agenda undone
/// in the middle; then a TRIZ handed to a participant, who starts it from her phone, whose lists reach the board.
/// </summary>
public sealed class StructuresInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task Seven_people_run_a_whole_one_two_four_all_and_then_a_triz_with_the_board()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var room = await RoomSurfaces.OpenAsync(fixture.Browser, phones: 4);
        var (console, board, phones) = (room.Console, room.Board, room.Phones);
        var (joinCode, sessionId) = await StatementVotePages.StartWorkshopAsync(console, baseUrl, "Day two");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < 3; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
        }

        var others = new List<HubConnection>();
        try
        {
            foreach (var name in new[] { "Dev", "Efua", "Gus" })
            {
                var joined = await Workshop.JoinAsync(fixture.Server.Http, joinCode, name);
                var connection = WorkshopHubConnection.Build(fixture.Server.App.BaseAddress, sessionId, joined.Credential);
                await connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
                others.Add(connection);
            }

            await Expect(console.Test("present-count")).ToHaveTextAsync("6", Wait);
            await AddStructureAsync(console, StructureNames.OneTwoFourAll, "1-2-4-All", "How might we share leadership in our team?");
            await AddStructureAsync(console, StructureNames.Triz, "TRIZ", "How could we make sure only the boss ever leads?");
            var session = await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(sessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
            var (oneTwoFour, triz) = (session.Activities[0].ActivityId, session.Activities[1].ActivityId);
            await Accessibility.AssertNoViolationsAsync(console, "console with a structure before its start");

            // 1 · Alone: everyone writes on their own phone; the board counts, never shows.
            await console.Test("ls-next").ClickAsync();
            await Expect(board.Test("ls-step")).ToHaveTextAsync("Step 1 of 4 · 1 · Alone", Wait);
            for (var i = 0; i < 3; i++)
            {
                await WriteAsync(phones[i], $"Secret idea of {names[i]}");
            }

            foreach (var (connection, i) in others.Select((c, i) => (c, i)))
            {
                await SubmitAsync(connection, oneTwoFour, new { action = "write", text = $"Secret idea {i}" });
            }

            await Expect(board.Test("ls-note")).ToHaveTextAsync("6 written so far, each on their own phone.", Wait);
            Assert.DoesNotContain("Secret idea", await board.Page.InnerTextAsync("body"));
            Assert.DoesNotContain("Secret idea of Ben", await phones[0].Page.InnerTextAsync("body"));
            await Accessibility.AssertNoViolationsAsync(phones[0], "phone writing alone");

            // 2 · In pairs: three groups of the six present; each phone says whom to find.
            await console.Test("ls-next").ClickAsync();
            foreach (var phone in phones.Take(3))
            {
                await Expect(phone.Test("ls-find")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Group \d: find .+\.$"), Wait);
            }

            // The seventh arrives late: their phone asks for a group and gets one without anyone moving.
            var before = await GroupsAsync(oneTwoFour, others);
            await ParticipantPage.JoinAsync(phones[3], $"{baseUrl}/join/{joinCode}", "Zoe");
            await Expect(phones[3].Test("ls-find")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Group \d: find .+\.$"), Wait);
            Assert.Equal(before, await GroupsAsync(oneTwoFour, others));
            await Accessibility.AssertNoViolationsAsync(phones[3], "a late joiner's phone in a pair");
            await SaveAsync(phones[3], "structure-phone-pair");

            // A mis-click shows the next activity; undo brings 1-2-4-All back at the same step.
            await console.Test("show-activity").Nth(1).ClickAsync();
            await Expect(board.Test("activity-title")).ToHaveTextAsync("TRIZ", Wait);
            await console.Test("undo").ClickAsync();
            await Expect(board.Test("ls-step")).ToHaveTextAsync("Step 2 of 4 · 2 · In pairs", Wait);

            // Each pair picks what it carries forward: the hub people for their groups, the phones for theirs.
            await PickFirstAsync(oneTwoFour, others);
            foreach (var phone in phones)
            {
                await phone.Test("ls-pick").First.ClickAsync();
                await Expect(phone.Test("ls-pick").First).ToHaveAttributeAsync("aria-pressed", "true");
            }

            // 4 · In fours: groups made of pairs, choosing from what the pairs carried.
            await console.Test("ls-next").ClickAsync();
            await Expect(board.Test("ls-step")).ToHaveTextAsync("Step 3 of 4 · 4 · In fours", Wait);
            await Expect(phones[0].Test("ls-find")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Group \d: find .+ and .+\.$"), Wait);
            await PickFirstAsync(oneTwoFour, others);
            foreach (var phone in phones)
            {
                await phone.Test("ls-pick").First.ClickAsync();
            }

            // All: the board shows what each group carried forward.
            await console.Test("ls-next").ClickAsync();
            await Expect(board.Test("ls-step")).ToHaveTextAsync("Step 4 of 4 · All", Wait);
            var view = (StructureView)await fixture.Server.App.Grains.GetGrain<IStructureGrain>(oneTwoFour).GetView().WaitAsync(Eventually.DefaultTimeout);
            Assert.InRange(view.Harvest!.Count, 2, 2);
            await Expect(board.Test("ls-harvest-item")).ToHaveCountAsync(view.Harvest.Count);
            await Accessibility.AssertNoViolationsAsync(board, "board with the harvest of 1-2-4-All");
            await SaveAsync(board, "structure-board-harvest");

            // TRIZ, facilitated by Ana from her phone: the facilitator hands her the activity, and she starts it.
            await console.Test("show-activity").Nth(1).ClickAsync();
            await Expect(console.Test("ls-next")).ToHaveTextAsync("Start", Wait);
            await console.Test("hand-over-person").SelectOptionAsync(new SelectOptionValue { Label = "Ana" });
            await console.Test("hand-over-scope").SelectOptionAsync(new SelectOptionValue { Label = "“TRIZ” (on the board now)" });
            await console.Test("hand-over").ClickAsync();
            await Expect(board.Test("facilitating")).ToHaveTextAsync("Facilitating: Ana", Wait);
            var anasConsole = phones[0].Test("phone-console");
            await Expect(anasConsole.Locator("[data-test=ls-next]")).ToHaveTextAsync("Start", Wait);
            await Accessibility.AssertNoViolationsAsync(phones[0], "Ana's phone as the console of TRIZ");
            await anasConsole.Locator("[data-test=ls-next]").ClickAsync();
            await Expect(board.Test("ls-step")).ToHaveTextAsync("Step 1 of 3 · Make it worse", Wait);
            await SaveAsync(phones[0], "structure-phone-facilitating");

            // The worst outcomes go up on the board as they come, are marked, then get first steps.
            await WriteAsync(phones[0], "Decide everything alone");
            await WriteAsync(phones[1], "Never ask for help");
            await Expect(board.Test("ls-entry")).ToHaveCountAsync(2);
            await console.Test("ls-next").ClickAsync();
            foreach (var phone in phones.Take(3))
            {
                await phone.Test("ls-mark").Filter(new() { HasText = "Decide everything alone" }).ClickAsync();
                await Expect(phone.Test("ls-mark").Filter(new() { HasText = "Decide everything alone" })).ToHaveAttributeAsync("aria-pressed", "true");
            }

            await phones[3].Test("ls-mark").Filter(new() { HasText = "Never ask for help" }).ClickAsync();
            await Expect(board.Test("ls-entry-marks")).ToHaveTextAsync(["3 say we do this", "fewer than 3 say we do this"], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
            await Accessibility.AssertNoViolationsAsync(phones[0], "phone marking the TRIZ list");
            await console.Test("ls-next").ClickAsync();
            await WriteAsync(phones[2], "Rotate who chairs the weekly meeting");
            await Expect(board.Page.Locator(".ls-board-list h3")).ToHaveTextAsync(["Make it worse", "First steps"], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
            await Expect(board.Test("ls-entry")).ToHaveCountAsync(3);
            await Accessibility.AssertNoViolationsAsync(board, "board with TRIZ's lists");
            await SaveAsync(board, "structure-board-triz");

            // The facilitator takes the role back: Ana's phone is a phone again.
            await console.Test("take-back").ClickAsync();
            await Expect(anasConsole).ToBeHiddenAsync(new() { Timeout = 15_000 });
            await Expect(board.Test("facilitating")).ToHaveTextAsync("Facilitating: Lead facilitator", Wait);

            foreach (var surface in room.All)
            {
                Assert.Empty(surface.Errors);
            }
        }
        finally
        {
            foreach (var connection in others)
            {
                await connection.DisposeAsync().AsTask().WaitAsync(Eventually.DefaultTimeout);
            }
        }
    }

    private static async Task AddStructureAsync(Surface console, string structure, string title, string prompt)
    {
        var before = await console.Test("agenda-item").CountAsync();
        await console.Test("kind-select").SelectOptionAsync(StructureKind.Name);
        await console.Test("ls-structure-select").SelectOptionAsync(structure);
        await console.Test("activity-title-input").FillAsync(title);
        await console.Test("ls-prompt-input").FillAsync(prompt);
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("agenda-item")).ToHaveCountAsync(before + 1);
    }

    private static async Task WriteAsync(Surface phone, string text)
    {
        await phone.Test("ls-text").FillAsync(text);
        await phone.Test("ls-send").ClickAsync();
        await Expect(phone.Test("ls-own-entry").Filter(new() { HasText = text })).ToHaveCountAsync(1);
    }

    /// <summary>Each hub participant's group number in the step on now.</summary>
    private async Task<string> GroupsAsync(string activityId, List<HubConnection> people)
    {
        var groups = new List<int>();
        foreach (var person in people)
        {
            var mine = await person.InvokeCoreAsync<JsonElement>("GetContribution", [activityId]).WaitAsync(Eventually.DefaultTimeout);
            groups.Add(mine.GetProperty("group").GetProperty("number").GetInt32());
        }

        return string.Join(",", groups);
    }

    private static async Task PickFirstAsync(string activityId, List<HubConnection> people)
    {
        foreach (var person in people)
        {
            var mine = await person.InvokeCoreAsync<JsonElement>("GetContribution", [activityId]).WaitAsync(Eventually.DefaultTimeout);
            var first = mine.GetProperty("group").GetProperty("candidates")[0].GetProperty("entryId").GetString();
            var receipt = await SubmitAsync(person, activityId, new { action = "pick", entryId = first });
            Assert.True(receipt.GetProperty("accepted").GetBoolean(), receipt.ToString());
        }
    }

    private static async Task<JsonElement> SubmitAsync(HubConnection connection, string activityId, object input)
    {
        var receipt = await connection.InvokeCoreAsync<JsonElement>("Submit", [activityId, Guid.NewGuid().ToString(), JsonSerializer.SerializeToElement(input, JsonSerializerOptions.Web)])
            .WaitAsync(Eventually.DefaultTimeout);
        Assert.True(receipt.GetProperty("accepted").GetBoolean(), receipt.ToString());
        return receipt;
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true }).WaitAsync(Eventually.DefaultTimeout);
}
