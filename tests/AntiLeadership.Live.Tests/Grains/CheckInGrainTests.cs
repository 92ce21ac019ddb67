using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Grains.Activities.CheckIns;

namespace AntiLeadership.Live.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class CheckInGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static int _submissions;

    private async Task<ICheckInGrain> OpenCheckInAsync(CheckInMode mode = CheckInMode.Word, bool anonymous = false, bool hidden = false, string prompt = "One word for how you arrive today")
    {
        var checkIn = fixture.Grains.GetGrain<ICheckInGrain>("act-" + Guid.NewGuid().ToString("N"));
        var setup = new CheckInSetup("Opening check-in", prompt, mode, hidden, anonymous);
        Assert.True((await checkIn.SetUp("session-" + Guid.NewGuid().ToString("N"), setup).WaitAsync(Timeout)).Succeeded);
        Assert.True((await checkIn.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout)).Succeeded);
        return checkIn;
    }

    private static async Task<ContributionReceipt> AnswerAsync(ICheckInGrain checkIn, string participantId, string? word, int? scale = null) =>
        await checkIn.Submit(participantId, $"sub-{Interlocked.Increment(ref _submissions)}", new CheckInInput(word, scale)).WaitAsync(Timeout);

    private static async Task<CheckInView> ViewAsync(ICheckInGrain checkIn) => (CheckInView)await checkIn.GetView().WaitAsync(Timeout);

    private static async Task<CheckInView> AudienceViewAsync(ICheckInGrain checkIn) => (CheckInView)(await checkIn.GetView().WaitAsync(Timeout)).ForAudience();

    private static async Task<CheckInContribution> ContributionAsync(ICheckInGrain checkIn, string participantId) =>
        (CheckInContribution)await checkIn.GetContribution(participantId).WaitAsync(Timeout);

    [Fact]
    public async Task Words_are_counted_alike_whatever_their_case_spacing_or_width_and_shown_as_most_people_spelled_them()
    {
        var checkIn = await OpenCheckInAsync();

        await AnswerAsync(checkIn, "ana", "Bit  tired");
        await AnswerAsync(checkIn, "ben", " bit tired ");
        await AnswerAsync(checkIn, "cem", "ＢＩＴ TIRED");
        await AnswerAsync(checkIn, "dan", "bit tired");
        await AnswerAsync(checkIn, "eva", "curious");

        var words = (await ViewAsync(checkIn)).Words!;
        Assert.Equal([("bit tired", 4), ("curious", 1)], words.Select(w => (w.Word, w.People!.Value)));
        Assert.Equal("Bit tired", (await ContributionAsync(checkIn, "ana")).Word);
    }

    [Fact]
    public async Task Changing_a_word_moves_the_participant_from_the_old_word_to_the_new_one()
    {
        var checkIn = await OpenCheckInAsync();
        await AnswerAsync(checkIn, "ana", "tired");
        await AnswerAsync(checkIn, "ben", "tired");

        var changed = await AnswerAsync(checkIn, "ana", "curious");

        Assert.True(changed.Accepted);
        Assert.Equal("curious", ((CheckInContribution)changed.Contribution).Word);
        var view = await ViewAsync(checkIn);
        Assert.Equal([("curious", 1), ("tired", 1)], view.Words!.Select(w => (w.Word, w.People!.Value)));
        Assert.Equal(2, view.Stage.Contributors);
    }

    [Fact]
    public async Task A_word_that_is_too_long_blank_or_carries_hidden_direction_characters_is_refused_and_changes_nothing()
    {
        var checkIn = await OpenCheckInAsync();
        await AnswerAsync(checkIn, "ana", "calm");

        var tooLong = await AnswerAsync(checkIn, "ana", new string('a', CheckInRules.MaxWordLength + 1));
        var blank = await AnswerAsync(checkIn, "ana", "   ");
        var invisible = await AnswerAsync(checkIn, "ana", "\u200B\u200B");
        var direction = await AnswerAsync(checkIn, "ana", "calm\u202Eevil");

        Assert.Equal($"One word or a short phrase, at most {CheckInRules.MaxWordLength} characters.", tooLong.Rejection);
        Assert.Equal($"One word or a short phrase, at most {CheckInRules.MaxWordLength} characters.", blank.Rejection);
        Assert.Equal("Type a word people can see: this one has only invisible characters.", invisible.Rejection);
        Assert.Equal("Text cannot contain control or hidden direction characters.", direction.Rejection);
        Assert.All([tooLong, blank, invisible, direction], r => Assert.Equal("calm", ((CheckInContribution)r.Contribution).Word));
        Assert.Equal(["calm"], (await ViewAsync(checkIn)).Words!.Select(w => w.Word));
    }

    [Fact]
    public async Task A_word_check_in_takes_no_number_and_a_scale_check_in_takes_only_1_to_5_with_the_word_optional()
    {
        var words = await OpenCheckInAsync(CheckInMode.Word);
        var scale = await OpenCheckInAsync(CheckInMode.Scale);

        var numberOnWords = await AnswerAsync(words, "ana", "calm", 3);
        var missing = await AnswerAsync(scale, "ana", "calm");
        var tooHigh = await AnswerAsync(scale, "ana", null, 6);
        var zero = await AnswerAsync(scale, "ana", null, 0);
        var numberOnly = await AnswerAsync(scale, "ana", null, 4);
        var withWord = await AnswerAsync(scale, "ben", " Hopeful ", 5);

        Assert.Equal("This check-in asks for a word, not a number.", numberOnWords.Rejection);
        Assert.Equal("Pick a number from 1 to 5.", missing.Rejection);
        Assert.Equal("Pick a number from 1 to 5.", tooHigh.Rejection);
        Assert.Equal("Pick a number from 1 to 5.", zero.Rejection);
        Assert.True(numberOnly.Accepted);
        Assert.Equal(new CheckInContribution(numberOnly.Contribution.ActivityId, null, 4, false, 1), numberOnly.Contribution);
        Assert.Equal("Hopeful", ((CheckInContribution)withWord.Contribution).Word);
        var view = await ViewAsync(scale);
        Assert.Equal([0, 0, 0, 1, 1], view.Scale!.Select(b => b.People!.Value));
        Assert.Equal(["Hopeful"], view.Words!.Select(w => w.Word));
        Assert.Equal(2, view.Stage.Contributors);
    }

    [Fact]
    public async Task Hiding_a_word_takes_it_off_the_board_and_phones_and_tells_each_of_its_authors()
    {
        var checkIn = await OpenCheckInAsync();
        await AnswerAsync(checkIn, "ana", "Useless");
        await AnswerAsync(checkIn, "ben", "useless");
        await AnswerAsync(checkIn, "cem", "curious");
        var before = await ContributionAsync(checkIn, "ana");

        var hidden = await checkIn.Steer(new ActivityCommand(CheckInCommands.HideWord, Target: "USELESS ")).WaitAsync(Timeout);

        Assert.True(hidden.Succeeded);
        var ana = await ContributionAsync(checkIn, "ana");
        Assert.True(ana.WordHidden);
        Assert.True(ana.Revision > before.Revision);
        Assert.True((await ContributionAsync(checkIn, "ben")).WordHidden);
        Assert.False((await ContributionAsync(checkIn, "cem")).WordHidden);
        Assert.Equal(["curious"], (await AudienceViewAsync(checkIn)).Words!.Select(w => w.Word));
        var console = (await ViewAsync(checkIn)).Words!;
        Assert.Contains(console, w => w is { Key: "useless", Hidden: true, People: 2 });

        // Whoever types it later is hidden too, and told so at once.
        var later = await AnswerAsync(checkIn, "dan", "USELESS");
        Assert.True(((CheckInContribution)later.Contribution).WordHidden);
        Assert.Equal(["curious"], (await AudienceViewAsync(checkIn)).Words!.Select(w => w.Word));
    }

    [Fact]
    public async Task Showing_a_hidden_word_again_puts_it_back_and_tells_its_authors()
    {
        var checkIn = await OpenCheckInAsync();
        await AnswerAsync(checkIn, "ana", "brave");
        await checkIn.Steer(new ActivityCommand(CheckInCommands.HideWord, Target: "brave")).WaitAsync(Timeout);
        var again = await checkIn.Steer(new ActivityCommand(CheckInCommands.HideWord, Target: "Brave")).WaitAsync(Timeout);

        var shown = await checkIn.Steer(new ActivityCommand(CheckInCommands.ShowWord, Target: "brave")).WaitAsync(Timeout);

        Assert.True(again.Succeeded);
        Assert.True(shown.Succeeded);
        Assert.False((await ContributionAsync(checkIn, "ana")).WordHidden);
        Assert.Equal(["brave"], (await AudienceViewAsync(checkIn)).Words!.Select(w => w.Word));
        Assert.Equal(0, (await ViewAsync(checkIn)).HiddenWords);
    }

    [Fact]
    public async Task Hiding_needs_a_word_and_an_unknown_command_is_refused()
    {
        var checkIn = await OpenCheckInAsync();

        var noWord = await checkIn.Steer(new ActivityCommand(CheckInCommands.HideWord, Target: "  ")).WaitAsync(Timeout);
        var unknown = await checkIn.Steer(new ActivityCommand("delete-everything")).WaitAsync(Timeout);

        Assert.Equal("Say which word.", noWord.Rejection);
        Assert.Equal("This activity has no such command.", unknown.Rejection);
    }

    [Fact]
    public async Task In_an_anonymous_check_in_a_word_given_by_one_or_two_people_has_no_count_and_no_telling_order()
    {
        var checkIn = await OpenCheckInAsync(anonymous: true);
        foreach (var (who, word) in new[] { ("a", "calm"), ("b", "calm"), ("c", "calm"), ("d", "zesty"), ("e", "zesty"), ("f", "bored") })
        {
            await AnswerAsync(checkIn, who, word);
        }

        var words = (await AudienceViewAsync(checkIn)).Words!;

        Assert.Equal(
            [new WordCount("calm", "calm", 3, false, false), new WordCount("bored", "bored", null, true, false), new WordCount("zesty", "zesty", null, true, false)],
            words);
        var results = await checkIn.GetResults(new Dictionary<string, string>()).WaitAsync(Timeout);
        Assert.Equal(
            [new ResultRow("Words", null, "calm", 3, 3), new ResultRow("Words", null, "bored", null, null, true), new ResultRow("Words", null, "zesty", null, null, true)],
            results.Rows);
        Assert.Null(((CheckInDetails)results.Details!).Answers);
    }

    [Fact]
    public async Task A_named_scale_shows_every_value_exactly()
    {
        var checkIn = await OpenCheckInAsync(CheckInMode.Scale);
        await AnswerAsync(checkIn, "ana", null, 1);
        await AnswerAsync(checkIn, "ben", null, 4);
        await AnswerAsync(checkIn, "cem", null, 4);

        var scale = (await AudienceViewAsync(checkIn)).Scale!;

        Assert.Equal(
            [new ScaleBand(1, 1, 1), new ScaleBand(2, 2, 0), new ScaleBand(3, 3, 0), new ScaleBand(4, 4, 2), new ScaleBand(5, 5, 0)],
            scale);
    }

    [Theory]
    [InlineData(new[] { 1, 0, 4, 0, 3 }, "1–3:5 4:0 5:3")]
    [InlineData(new[] { 3, 3, 3, 3, 3 }, "1:3 2:3 3:3 4:3 5:3")]
    [InlineData(new[] { 0, 2, 2, 0, 0 }, "1:0 2–3:4 4:0 5:0")]
    [InlineData(new[] { 5, 0, 0, 0, 1 }, "1–5:6")]
    [InlineData(new[] { 4, 0, 0, 3, 1 }, "1:4 2:0 3:0 4–5:4")]
    [InlineData(new[] { 0, 0, 1, 0, 1 }, "1–5:<3")]
    [InlineData(new[] { 0, 0, 0, 0, 0 }, "1:0 2:0 3:0 4:0 5:0")]
    public async Task An_anonymous_scale_never_shows_one_or_two_people_even_by_subtracting_from_the_total(int[] people, string shown)
    {
        var checkIn = await OpenCheckInAsync(CheckInMode.Scale, anonymous: true);
        var n = 0;
        for (var value = 1; value <= 5; value++)
        {
            for (var i = 0; i < people[value - 1]; i++)
            {
                Assert.True((await AnswerAsync(checkIn, $"p{n++}", null, value)).Accepted);
            }
        }

        var bands = (await AudienceViewAsync(checkIn)).Scale!;

        Assert.Equal(shown, string.Join(' ', bands.Select(Show)));
        Assert.All(bands, b => Assert.True(b.FewerThanThree ? b.People is null : b.People is 0 or >= 3));
        var rows = (await checkIn.GetResults(new Dictionary<string, string>()).WaitAsync(Timeout)).Rows.Where(r => r.Section == "Scale");
        Assert.Equal(shown, string.Join(' ', rows.Select(r => $"{r.Item}:{(r.FewerThanThree ? "<3" : r.People)}")));

        static string Show(ScaleBand b) => $"{(b.From == b.To ? $"{b.From}" : $"{b.From}–{b.To}")}:{(b.FewerThanThree ? "<3" : b.People)}";
    }

    [Fact]
    public async Task Only_a_named_check_ins_export_says_who_answered_what()
    {
        var named = await OpenCheckInAsync(CheckInMode.Scale, anonymous: false);
        var anonymous = await OpenCheckInAsync(CheckInMode.Scale, anonymous: true);
        foreach (var checkIn in new[] { named, anonymous })
        {
            await AnswerAsync(checkIn, "ana", "rested", 4);
            await AnswerAsync(checkIn, "ben", null, 2);
            await AnswerAsync(checkIn, "gone", "meh", 3);
        }

        await named.Steer(new ActivityCommand(CheckInCommands.HideWord, Target: "meh")).WaitAsync(Timeout);
        var names = new Dictionary<string, string> { ["ana"] = "Ana", ["ben"] = "Ben" };

        var namedResults = await named.GetResults(names).WaitAsync(Timeout);
        var anonymousResults = await anonymous.GetResults(names).WaitAsync(Timeout);

        Assert.Equal(
            [new CheckInAnswer(ActivityResults.RemovedParticipant, "meh", 3, true), new CheckInAnswer("Ana", "rested", 4, false), new CheckInAnswer("Ben", null, 2, false)],
            ((CheckInDetails)namedResults.Details!).Answers);
        Assert.Contains(new ResultRow("Words hidden by the facilitator", null, "meh", 1, 1), namedResults.Rows);
        Assert.DoesNotContain(namedResults.Rows, r => r.Section == "Words" && r.Item == "meh");
        Assert.Null(((CheckInDetails)anonymousResults.Details!).Answers);
        Assert.Equal(3, anonymousResults.Contributors);
        // The live view never carries who: not in the audience's copy, and not in an anonymous one at all.
        Assert.Null((await AudienceViewAsync(named)).Stage.ContributorIds);
        Assert.Null((await ViewAsync(anonymous)).Stage.ContributorIds);
    }

    [Fact]
    public async Task Hidden_results_show_the_room_the_question_and_how_many_answered_until_revealed()
    {
        var checkIn = await OpenCheckInAsync(CheckInMode.Scale, hidden: true, prompt: "How full is your battery, 1 to 5?");
        await AnswerAsync(checkIn, "ana", "low", 2);

        var before = await AudienceViewAsync(checkIn);
        await checkIn.Steer(new ActivityCommand(ActivityCommands.Reveal)).WaitAsync(Timeout);
        var after = await AudienceViewAsync(checkIn);

        Assert.Equal("How full is your battery, 1 to 5?", before.Prompt);
        Assert.Equal(1, before.Stage.Contributors);
        Assert.Null(before.Words);
        Assert.Null(before.Scale);
        Assert.Equal(["low"], after.Words!.Select(w => w.Word));
        Assert.Equal(1, after.Scale![1].People);
    }

    [Fact]
    public async Task The_same_submission_sent_three_times_at_once_counts_once()
    {
        var checkIn = await OpenCheckInAsync();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => checkIn.Submit("ana", "sub-same", new CheckInInput("calm")))).WaitAsync(Timeout);

        Assert.All(receipts, r => Assert.True(r.Accepted));
        Assert.Single(receipts, r => !r.AlreadyCounted);
        Assert.Equal(1, (await ViewAsync(checkIn)).Words!.Single().People);
    }

    [Fact]
    public async Task Answers_are_refused_before_the_check_in_opens_and_after_it_closes()
    {
        var checkIn = fixture.Grains.GetGrain<ICheckInGrain>("act-" + Guid.NewGuid().ToString("N"));
        await checkIn.SetUp("session-x", new CheckInSetup("Closing check-in", "One word to take away", CheckInMode.Word, false)).WaitAsync(Timeout);

        var early = await AnswerAsync(checkIn, "ana", "calm");
        await checkIn.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout);
        var inTime = await AnswerAsync(checkIn, "ana", "calm");
        await checkIn.Steer(new ActivityCommand(ActivityCommands.Close)).WaitAsync(Timeout);
        var late = await AnswerAsync(checkIn, "ana", "busy");

        Assert.Equal("The check-in has not opened yet.", early.Rejection);
        Assert.True(inTime.Accepted);
        Assert.Equal("The check-in is closed.", late.Rejection);
        Assert.Equal("calm", ((CheckInContribution)late.Contribution).Word);
    }

    [Fact]
    public async Task A_check_in_needs_a_question_and_keeps_its_own_so_an_opening_and_a_closing_one_are_told_apart()
    {
        var session = "session-" + Guid.NewGuid().ToString("N");
        var opening = fixture.Grains.GetGrain<ICheckInGrain>("act-" + Guid.NewGuid().ToString("N"));
        var closing = fixture.Grains.GetGrain<ICheckInGrain>("act-" + Guid.NewGuid().ToString("N"));

        var noQuestion = await opening.SetUp(session, new CheckInSetup("Opening check-in", "  ", CheckInMode.Word, false)).WaitAsync(Timeout);
        await opening.SetUp(session, new CheckInSetup("Opening check-in", "One word for how you arrive", CheckInMode.Word, false)).WaitAsync(Timeout);
        await closing.SetUp(session, new CheckInSetup("Closing check-in", "How useful was today, 1 to 5?", CheckInMode.Scale, false)).WaitAsync(Timeout);
        var repeated = await opening.SetUp(session, new CheckInSetup("Opening check-in", "One word for how you arrive", CheckInMode.Word, false)).WaitAsync(Timeout);
        var other = await opening.SetUp(session, new CheckInSetup("Opening check-in", "Something else", CheckInMode.Word, false)).WaitAsync(Timeout);

        Assert.StartsWith("Give the check-in a question of 1 to", noQuestion.Rejection);
        Assert.True(repeated.Succeeded);
        Assert.Equal("This activity is already set up.", other.Rejection);
        var (first, second) = (await ViewAsync(opening), await ViewAsync(closing));
        Assert.Equal(("Opening check-in", "One word for how you arrive", CheckInMode.Word), (first.Stage.Title, first.Prompt, first.Mode));
        Assert.Equal(("Closing check-in", "How useful was today, 1 to 5?", CheckInMode.Scale), (second.Stage.Title, second.Prompt, second.Mode));
    }

    [Fact]
    public async Task Answers_and_hidden_words_survive_the_grain_being_deactivated()
    {
        var checkIn = await OpenCheckInAsync(CheckInMode.Scale);
        await AnswerAsync(checkIn, "ana", "Calm", 4);
        await AnswerAsync(checkIn, "ben", "calm", 5);
        await AnswerAsync(checkIn, "cem", "rude", 1);
        await checkIn.Steer(new ActivityCommand(CheckInCommands.HideWord, Target: "rude")).WaitAsync(Timeout);
        var before = await ViewAsync(checkIn);

        await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero).WaitAsync(Timeout);
        var after = await ViewAsync(checkIn);

        Assert.Equal(before.Words, after.Words);
        Assert.Equal(before.Scale, after.Scale);
        Assert.True((await ContributionAsync(checkIn, "cem")).WordHidden);
    }
}
