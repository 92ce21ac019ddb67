using System.Text.Json;
using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Grains.Activities;
using AntiLeadership.Live.Grains.Activities.Content;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>A content card through the hub's activity methods, read as raw JSON as the browsers read it.</summary>
public sealed class ContentHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private Uri Server => fixture.App.BaseAddress;

    [Fact]
    public async Task A_card_added_as_the_console_sends_it_reaches_board_and_phones_whole_and_takes_no_input()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        await using var board = await HubPage.OpenAsync(Server, workshop.SessionId, credential: null);
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
        const string imageId = "00112233445566778899aabb";

        // What the console's form sends: the shell's members (the card keeps neither choice) and the card's.
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ContentKind.Name,
            new { title = "Why we are here", hideResultsUntilRevealed = true, anonymous = false, markdown = "- **trust**\n- pace", imageId, imageAlt = "The team" });
        await facilitator.InvokeAsync<object>("ShowActivity", activityId);

        foreach (var page in new[] { board, phone })
        {
            await page.WaitForViewAsync(activityId, v => v.GetProperty("kind").GetString() == ContentKind.Name, "the card to arrive");
            var view = page.View(activityId)!.Value;
            Assert.Equal("- **trust**\n- pace", view.GetProperty("markdown").GetString());
            Assert.Equal(imageId, view.GetProperty("imageId").GetString());
            Assert.Equal("The team", view.GetProperty("imageAlt").GetString());
            Assert.False(view.GetProperty("stage").GetProperty("hideResultsUntilRevealed").GetBoolean());
        }

        var sent = await phone.SubmitAsync(activityId, new { });
        var shaped = await Assert.ThrowsAsync<HubException>(() => phone.SubmitAsync(activityId, new { word = "hello" }));
        Assert.False(sent.GetProperty("accepted").GetBoolean());
        Assert.Equal("This is a content card: there is nothing to send, only to read.", sent.GetProperty("rejection").GetString());
        Assert.Contains("does not fit this activity", shaped.Message);
    }

    [Fact]
    public async Task A_card_setup_of_the_wrong_shape_or_over_its_limits_is_refused_with_a_clear_message()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);

        var unknownMember = await Assert.ThrowsAsync<HubException>(() => facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ContentKind.Name,
            new { title = "Card", hideResultsUntilRevealed = false, markdown = "Text", html = "<b>bold</b>" }));
        var noAlt = await Assert.ThrowsAsync<HubException>(() => facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ContentKind.Name,
            new { title = "Card", hideResultsUntilRevealed = false, markdown = "Text", imageId = "00112233445566778899aabb" }));

        Assert.Contains("not in the shape", unknownMember.Message);
        Assert.Contains("Describe the image", noAlt.Message);
        var session = await fixture.App.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Empty(session.Activities);
    }

    [Fact]
    public async Task The_largest_card_written_in_japanese_fits_in_one_message_and_is_stored()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var title = new string('題', ActivityRules.MaxTitleLength);
        // Lines of three-byte characters, and quotes and backslashes, which JSON writes in two bytes each.
        var markdown = string.Concat(Enumerable.Range(0, ContentRules.MaxMarkdownLength / 50).Select(i => (i % 2 == 0 ? "\"\\" : "私私") + new string('私', 47) + "\n")).TrimEnd('\n') + "私";
        var alt = new string('絵', ContentRules.MaxAltLength);

        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ContentKind.Name,
            new { title, hideResultsUntilRevealed = false, markdown, imageId = "00112233445566778899aabb", imageAlt = alt });

        var stored = (ContentView)await fixture.App.Grains.GetGrain<IContentGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(ContentRules.MaxMarkdownLength, stored.Markdown.Length);
        Assert.Equal((title, alt), (stored.Stage.Title, stored.ImageAlt));
    }

    [Fact]
    public async Task A_copied_card_says_the_same_and_shows_the_same_image_and_a_step_timer_on_a_card_takes_no_input_either()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var original = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ContentKind.Name,
            new { title = "Why we are here", hideResultsUntilRevealed = false, markdown = "Some *text*", imageId = "00112233445566778899aabb", imageAlt = "The team" });

        await facilitator.InvokeAsync<object>("StepAgenda", new Sessions.AgendaCommand(Sessions.AgendaCommands.Duplicate, original));
        var session = await fixture.App.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        var copy = Assert.Single(session.Activities, a => a.ActivityId != original).ActivityId;
        await facilitator.InvokeAsync<object>("StepAgenda", new Sessions.AgendaCommand(Sessions.AgendaCommands.StartTimer, copy, Seconds: 600));

        var copied = (ContentView)await fixture.App.Grains.GetGrain<IContentGrain>(copy).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(("Why we are here", "Some *text*", "00112233445566778899aabb", "The team"), (copied.Stage.Title, copied.Markdown, copied.ImageId, copied.ImageAlt));
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
        var sent = await phone.SubmitAsync(copy, new { });
        Assert.Equal("This is a content card: there is nothing to send, only to read.", sent.GetProperty("rejection").GetString());
    }

    [Fact]
    public async Task A_card_in_the_results_download_is_one_row_with_its_heading_and_its_text_in_the_json()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ContentKind.Name,
            new { title = "=Why, we are here", hideResultsUntilRevealed = false, markdown = "Some *text*" });

        var csv = await ResultsDownload.ReadAsync(fixture.Http, workshop, "csv");
        var json = JsonDocument.Parse(await ResultsDownload.ReadAsync(fixture.Http, workshop, "json")).RootElement;

        // A formula-looking heading stays text in a spreadsheet, and its comma stays in one cell.
        Assert.Equal("Activity,Kind,Anonymous,Section,Rank,Item,Value,People\r\n\"'=Why, we are here\",content,yes,Content card,,\"'=Why, we are here\",,\r\n", csv);
        var card = json.GetProperty("activities")[0];
        Assert.Equal("Some *text*", card.GetProperty("details").GetProperty("markdown").GetString());
    }
}
