using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// "Where we disagree" on a small room display (1280×720) with as many statements as a vote takes: the
/// list keeps to the most divided when all of them would be too small to read, and one long statement
/// shown large still fits. Twelve people vote through the hub, as their phones would.
/// </summary>
public sealed class DisagreementBoardInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int Statements = 30;
    private const int People = 12;

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task Thirty_statements_on_a_small_board_keep_to_the_most_divided_and_a_long_one_shown_large_stays_legible()
    {
        var app = fixture.Server.App;
        var workshop = await Workshop.StartAsync(fixture.Server.Http);
        await using var facilitator = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var longest = "We say what we really think, even to the people who decide our pay, and we expect the same back: "
            + "honest words, kindly put, early enough to change something before it is too late to";
        var texts = Enumerable.Range(1, Statements).Select(i => i == 7 ? longest : $"Statement {i}: how this team works together when things get hard").ToArray();
        var activityId = await facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(), new CulturePrioritiesSetup("Culture priorities", texts, 6, 3, false));
        await facilitator.InvokeAsync("ShowActivity", activityId);
        await facilitator.SteerAsync(activityId, ActivityCommands.Open);
        var phones = new List<HubConnection>();
        try
        {
            for (var i = 0; i < People; i++)
            {
                var joined = await Workshop.JoinAsync(fixture.Server.Http, workshop.JoinCode, $"Person {i + 1}");
                var phone = WorkshopHubConnection.Build(app.BaseAddress, joined.SessionId, joined.Credential);
                await phone.StartAsync().WaitAsync(Eventually.DefaultTimeout);
                phones.Add(phone);
                // Half the room puts three dots on statement 7, half none: it is the one most divided.
                var dots = new Dictionary<string, int> { [$"s{i % Statements + 1}"] = 1, [$"s{(i * 5 + 3) % Statements + 1}"] = 2 };
                if (i % 2 == 0)
                {
                    dots["s7"] = 3;
                }

                var answer = await phone.InvokeCoreAsync<JsonElement>("Submit", [activityId, Guid.NewGuid().ToString(), new { dots }]).WaitAsync(Eventually.DefaultTimeout);
                Assert.True(answer.GetProperty("accepted").GetBoolean(), answer.GetRawText());
            }

            await using var board = await Surface.OpenAsync(fixture.Browser, new ViewportSize { Width = 1280, Height = 720 });
            await board.Page.GotoAsync($"{app.BaseAddress.ToString().TrimEnd('/')}/board/{workshop.SessionId}");
            await facilitator.SteerAsync(activityId, StatementCommands.ShowDisagreement);

            await Expect(board.Test("disagreement-more")).ToHaveTextAsync($"…and {Statements - 8} more, less divided.", Wait);
            await Expect(board.Test("disagreement-row")).ToHaveCountAsync(8);
            await Expect(board.Test("disagreement-text").First).ToHaveTextAsync(longest, Wait);
            await RoomDisplay.AssertNoScrollbarsAsync(board, "small board listing where thirty statements divide the room");
            await RoomDisplay.AssertLegibleAsync(board, "small board listing where thirty statements divide the room", 12);
            await Accessibility.AssertNoViolationsAsync(board, "small board listing where the room disagrees");
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "statements-board-disagreement-1280.png") });

            await facilitator.SteerAsync(activityId, StatementCommands.FocusStatement, target: "s7");
            await Expect(board.Test("focus-statement")).ToHaveTextAsync(longest, Wait);
            await Expect(board.Test("focus-split")).ToBeVisibleAsync();
            await RoomDisplay.AssertNoScrollbarsAsync(board, "small board showing a long statement");
            await RoomDisplay.AssertLegibleAsync(board, "small board showing a long statement", 12);
            await Accessibility.AssertNoViolationsAsync(board, "small board showing a long statement");
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "statements-board-focus-1280.png") });
            Assert.Empty(board.Errors);
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }
}
