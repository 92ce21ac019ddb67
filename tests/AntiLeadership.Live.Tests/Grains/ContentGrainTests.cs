using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Grains.Activities.Content;

namespace AntiLeadership.Live.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class ContentGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private const string ImageId = "0123456789abcdef01234567";

    private IContentGrain NewCard() => fixture.Grains.GetGrain<IContentGrain>("act-" + Guid.NewGuid().ToString("N"));

    private static Task<CommandOutcome> SetUpAsync(IContentGrain card, ContentSetup setup, string sessionId = "session-1") =>
        card.SetUp(sessionId, setup).WaitAsync(Timeout);

    private static async Task<ContentView> ViewAsync(IContentGrain card) => (ContentView)await card.GetView().WaitAsync(Timeout);

    [Fact]
    public async Task A_card_keeps_its_heading_text_and_described_image_and_shows_them_whole_to_everyone()
    {
        var card = NewCard();
        // The shell sends its usual checkboxes; a card keeps neither hidden results nor named taking part.
        var setup = new ContentSetup("Why we are here", HideResultsUntilRevealed: true, "Two things:\r\n\r\n- **trust**\r\n-\tpace", ImageId, "  The team at the river ", Anonymous: false);

        var outcome = await SetUpAsync(card, setup);

        Assert.True(outcome.Succeeded);
        var view = await ViewAsync(card);
        Assert.Equal("Why we are here", view.Stage.Title);
        Assert.Equal("Two things:\n\n- **trust**\n-    pace", view.Markdown);
        Assert.Equal((ImageId, "The team at the river"), (view.ImageId, view.ImageAlt));
        Assert.False(view.Stage.HideResultsUntilRevealed);
        Assert.True(view.Stage.Anonymous);
        Assert.Equal(ActivityStatus.NotOpened, view.Stage.Status);
        Assert.Equal(view with { Stage = view.Stage with { ContributorIds = null } }, view.ForAudience());
    }

    [Fact]
    public async Task A_card_may_be_a_heading_alone_and_alt_text_without_an_image_is_not_kept()
    {
        var card = NewCard();

        var outcome = await SetUpAsync(card, new ContentSetup("Lunch", false, null, null, "a description of nothing"));

        Assert.True(outcome.Succeeded);
        var view = await ViewAsync(card);
        Assert.Equal(("", null, null), (view.Markdown, view.ImageId, view.ImageAlt));
    }

    [Fact]
    public async Task Text_over_the_limit_an_image_without_a_description_a_made_up_image_id_and_hidden_characters_are_refused()
    {
        var tooLong = await SetUpAsync(NewCard(), new ContentSetup("Card", false, new string('a', ContentRules.MaxMarkdownLength + 1)));
        var noAlt = await SetUpAsync(NewCard(), new ContentSetup("Card", false, "Text", ImageId, "  "));
        var strangeId = await SetUpAsync(NewCard(), new ContentSetup("Card", false, "Text", "../../etc/passwd", "A picture"));
        var direction = await SetUpAsync(NewCard(), new ContentSetup("Card", false, "Read \u202Ethis"));
        var control = await SetUpAsync(NewCard(), new ContentSetup("Card", false, "Bell \u0007"));
        var noHeading = await SetUpAsync(NewCard(), new ContentSetup(" ", false, "Text"));

        Assert.Equal("A card's text can be at most 4,000 characters: this one has 4,001.", tooLong.Rejection);
        Assert.Equal($"Describe the image in 1 to {ContentRules.MaxAltLength} characters: screen readers read this out instead of the image.", noAlt.Rejection);
        Assert.Equal("This image was not uploaded here. Upload it again.", strangeId.Rejection);
        Assert.Equal(TextRules.ForbiddenCharactersMessage, direction.Rejection);
        Assert.Equal(TextRules.ForbiddenCharactersMessage, control.Rejection);
        Assert.Equal("Give the activity a title of 1 to 120 characters.", noHeading.Rejection);
        Assert.True((await SetUpAsync(NewCard(), new ContentSetup("Card", false, new string('a', ContentRules.MaxMarkdownLength)))).Succeeded);
    }

    [Fact]
    public async Task The_same_setup_again_is_harmless_and_another_one_is_refused()
    {
        var card = NewCard();
        var setup = new ContentSetup("Why we are here", false, "Some *text*", ImageId, "A picture");
        Assert.True((await SetUpAsync(card, setup)).Succeeded);
        var version = (await ViewAsync(card)).Version;

        var again = await SetUpAsync(card, setup with { Markdown = "Some *text*\r\n" });
        var other = await SetUpAsync(card, setup with { Markdown = "Other text" });

        Assert.True(again.Succeeded);
        Assert.Equal("This activity is already set up.", other.Rejection);
        var view = await ViewAsync(card);
        Assert.Equal(("Some *text*", version), (view.Markdown, view.Version));
    }

    [Fact]
    public async Task A_card_refuses_input_with_a_clear_message_whatever_its_stage_and_counts_nobody()
    {
        var card = NewCard();
        Assert.True((await SetUpAsync(card, new ContentSetup("Card", false, "Read me"))).Succeeded);

        var beforeOpening = await card.Submit("ana", "sub-1", new ContentInput()).WaitAsync(Timeout);
        Assert.True((await card.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout)).Succeeded);
        var whileOpen = await card.Submit("ana", "sub-2", new ContentInput()).WaitAsync(Timeout);
        Assert.True((await card.Steer(new ActivityCommand(ActivityCommands.Close)).WaitAsync(Timeout)).Succeeded);
        var afterClosing = await card.Submit("ana", "sub-3", new ContentInput()).WaitAsync(Timeout);

        Assert.All([beforeOpening, whileOpen, afterClosing], receipt =>
        {
            Assert.False(receipt.Accepted);
            Assert.Equal("This is a content card: there is nothing to send, only to read.", receipt.Rejection);
            Assert.Equal(new ContentContribution(card.GetPrimaryKeyString(), 0), receipt.Contribution);
        });
        Assert.Equal(0, (await ViewAsync(card)).Stage.Contributors);
    }

    [Fact]
    public async Task A_card_s_results_are_one_row_with_its_heading_and_its_content_in_the_details()
    {
        var card = NewCard();
        Assert.True((await SetUpAsync(card, new ContentSetup("=Why we are here", false, "Some *text*", ImageId, "A picture"))).Succeeded);

        var results = await card.GetResults(new Dictionary<string, string>()).WaitAsync(Timeout);

        Assert.Equal((ContentKind.Name, "=Why we are here", true, 0), (results.Kind, results.Title, results.Anonymous, results.Contributors));
        Assert.Equal([new ResultRow("Content card", null, "=Why we are here", null, null)], results.Rows);
        Assert.Equal(new ContentDetails("Some *text*", ImageId, "A picture"), results.Details);
    }
}
