using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Reviews;
using AntiLeadership.Live.Grains.Activities.Reviews;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>The reconvene review: which commitments it offers, its copy of them, the answers, and the decisions it writes to the team's plan.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class ReviewGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    // Far from today either way, so the real clock never moves a commitment across "due".
    private static readonly DateOnly LongAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1);
    private static readonly DateOnly FarAhead = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5);

    private static int _submissions;

    private sealed record Room(string SessionId, ITeamPlanGrain Plan);

    private async Task<Room> TeamAsync()
    {
        var teamId = "team-" + Guid.NewGuid().ToString("N");
        var sessionId = "session-" + Guid.NewGuid().ToString("N");
        Assert.True((await fixture.Grains.GetGrain<ISessionGrain>(sessionId).Open(new SessionOpening(teamId, "Team", "Reconvene", "JOINCODE")).WaitAsync(Timeout)).Succeeded);
        return new Room(sessionId, fixture.Grains.GetGrain<ITeamPlanGrain>(teamId));
    }

    private static async Task CommitAsync(Room room, string id, string what, DateOnly? reviewOn, CommitmentStatus? status = null)
    {
        Assert.True((await room.Plan.Commit(id, new CommitmentDraft(what, "Why not", [], "A first step", reviewOn)).WaitAsync(Timeout)).Succeeded);
        if (status is { } s)
        {
            Assert.True((await room.Plan.Note(id, null, s, "Ana").WaitAsync(Timeout)).Succeeded);
        }
    }

    private async Task<(IReviewGrain Review, CommandOutcome Outcome)> SetUpAsync(Room room, bool anonymous = true, params string[] ids)
    {
        var review = fixture.Grains.GetGrain<IReviewGrain>("act-" + Guid.NewGuid().ToString("N"));
        var outcome = await review.SetUp(room.SessionId, new ReviewSetup("Our review", ids, false, anonymous)).WaitAsync(Timeout);
        return (review, outcome);
    }

    private async Task<IReviewGrain> OpenAsync(Room room, bool anonymous = true, params string[] ids)
    {
        var (review, outcome) = await SetUpAsync(room, anonymous, ids);
        Assert.True(outcome.Succeeded, outcome.Rejection);
        Assert.True((await review.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout)).Succeeded);
        return review;
    }

    private static async Task<ContributionReceipt> AnswerAsync(IReviewGrain review, string participantId, params ReviewAnswer[] answers) =>
        await review.Submit(participantId, $"sub-{Interlocked.Increment(ref _submissions)}", new ReviewInput(answers)).WaitAsync(Timeout);

    private static async Task<ReviewView> ViewAsync(IReviewGrain review) => (ReviewView)await review.GetView().WaitAsync(Timeout);

    private static async Task<CommandOutcome> SteerAsync(IReviewGrain review, string name, string? target = null, string? text = null) =>
        await review.Steer(new ActivityCommand(name, Target: target, Text: text)).WaitAsync(Timeout);

    [Fact]
    public async Task Without_a_choice_the_review_offers_the_commitments_due_and_not_done_or_dropped_soonest_first()
    {
        var room = await TeamAsync();
        await CommitAsync(room, "c-later", "Later", FarAhead);
        await CommitAsync(room, "c-due", "Due", LongAgo);
        await CommitAsync(room, "c-due-sooner", "Due sooner", LongAgo.AddDays(-3), CommitmentStatus.Trying);
        await CommitAsync(room, "c-done", "Done already", LongAgo, CommitmentStatus.Done);
        await CommitAsync(room, "c-dropped", "Dropped", LongAgo, CommitmentStatus.Dropped);
        await CommitAsync(room, "c-undated", "No date", null);

        var review = await OpenAsync(room);

        Assert.Equal(["c-due-sooner", "c-due"], (await ViewAsync(review)).Commitments.Select(c => c.CommitmentId));
    }

    [Fact]
    public async Task When_nothing_is_due_the_review_offers_every_open_commitment()
    {
        var room = await TeamAsync();
        await CommitAsync(room, "c-1", "One", FarAhead);
        await CommitAsync(room, "c-2", "Two", null, CommitmentStatus.Trying);
        await CommitAsync(room, "c-3", "Three", LongAgo, CommitmentStatus.Done);

        var review = await OpenAsync(room);

        Assert.Equal(["c-1", "c-2"], (await ViewAsync(review)).Commitments.Select(c => c.CommitmentId));
    }

    [Fact]
    public async Task The_review_shows_its_copy_of_the_chosen_commitments_while_the_plan_changes()
    {
        var room = await TeamAsync();
        await CommitAsync(room, "c-1", "Rotate the chair", FarAhead, CommitmentStatus.Trying);
        await CommitAsync(room, "c-2", "Pair on support", FarAhead);
        Assert.True((await room.Plan.Note("c-1", "Three of us chaired", null, "Ben").WaitAsync(Timeout)).Succeeded);

        var review = await OpenAsync(room, true, "c-2", "c-1");
        Assert.True((await room.Plan.Revise("c-1", new CommitmentDraft("Something else", "", [], "", null), 3).WaitAsync(Timeout)).Succeeded);

        var commitments = (await ViewAsync(review)).Commitments;
        Assert.Equal(["c-2", "c-1"], commitments.Select(c => c.CommitmentId));
        Assert.Equal("Rotate the chair", commitments[1].What);
        Assert.Equal(CommitmentStatus.Trying, commitments[1].Status);
        Assert.Equal("Three of us chaired", commitments[1].RecentNotes[^1].Text);
        Assert.Equal("A first step", commitments[1].FirstStep);
    }

    [Fact]
    public async Task A_commitment_not_in_the_plan_or_chosen_twice_is_refused_at_setup()
    {
        var room = await TeamAsync();
        await CommitAsync(room, "c-1", "One", FarAhead);

        var (_, unknown) = await SetUpAsync(room, true, "c-1", "c-nope");
        var (_, twice) = await SetUpAsync(room, true, "c-1", "c-1");

        Assert.Equal("That commitment is not in the team's plan.", unknown.Rejection);
        Assert.Equal("Choose each commitment once.", twice.Rejection);
    }

    [Fact]
    public async Task Answers_per_commitment_replace_the_last_and_the_board_shows_those_for_the_commitment_on_screen()
    {
        var room = await TeamAsync();
        await CommitAsync(room, "c-1", "One", FarAhead);
        await CommitAsync(room, "c-2", "Two", FarAhead);
        var review = await OpenAsync(room, false, "c-1", "c-2");

        await AnswerAsync(review, "ana", new ReviewAnswer("c-1", "We tried twice", "It needs a reminder", ReviewChoice.Keep));
        var changed = await AnswerAsync(review, "ana",
            new ReviewAnswer("c-1", "We tried three times", " It needs a reminder ", ReviewChoice.Adapt, "Weekly"),
            new ReviewAnswer("c-2", "Nothing yet"));
        await AnswerAsync(review, "ben", new ReviewAnswer("c-1", null, null, ReviewChoice.Adapt));

        Assert.True(changed.Accepted);
        Assert.Equal(2, ((ReviewContribution)changed.Contribution).Answers.Count);
        var answers = (await ViewAsync(review)).Answers!;
        Assert.Equal("c-1", answers.CommitmentId);
        Assert.Equal([("We tried three times", "ana")], answers.Happened.Select(t => (t.Text, t.ParticipantId!)));
        Assert.Equal("It needs a reminder", Assert.Single(answers.Learned).Text);
        Assert.Equal([(ReviewChoice.Adapt, "Weekly")], answers.NowWhat.Select(t => (t.Choice!.Value, t.Text)));
        Assert.Equal([0, 2, 0], answers.Tally.Select(b => b.People!.Value));

        Assert.True((await SteerAsync(review, ReviewCommands.Next)).Succeeded);
        Assert.Equal("Nothing yet", Assert.Single((await ViewAsync(review)).Answers!.Happened).Text);
        Assert.Equal("This is the last commitment of the review.", (await SteerAsync(review, ReviewCommands.Next)).Rejection);
    }

    [Fact]
    public async Task An_anonymous_review_names_nobody_orders_answers_alphabetically_and_shows_no_group_of_one_or_two()
    {
        var room = await TeamAsync();
        await CommitAsync(room, "c-1", "One", FarAhead);
        var review = await OpenAsync(room, true, "c-1");

        await AnswerAsync(review, "zoe", new ReviewAnswer("c-1", "b: slower than hoped", null, ReviewChoice.Keep));
        await AnswerAsync(review, "ana", new ReviewAnswer("c-1", "a: it worked", null, ReviewChoice.Keep));
        await AnswerAsync(review, "ben", new ReviewAnswer("c-1", null, null, ReviewChoice.Keep));
        await AnswerAsync(review, "cem", new ReviewAnswer("c-1", null, null, ReviewChoice.Drop));

        var view = await ViewAsync(review);
        var audience = (ReviewView)view.ForAudience();
        foreach (var shown in new[] { view, audience })
        {
            Assert.Equal(["a: it worked", "b: slower than hoped"], shown.Answers!.Happened.Select(t => t.Text));
            Assert.All(shown.Answers.Happened, t => Assert.Null(t.ParticipantId));
            Assert.Null(shown.Stage.ContributorIds);
            Assert.Equal([(ReviewChoice.Keep, ReviewChoice.Drop, (int?)4)], shown.Answers.Tally.Where(b => b.People != 0).Select(b => (b.From, b.To, b.People)));
        }
    }

    [Fact]
    public async Task A_decision_writes_one_dated_note_and_the_status_to_the_plan_however_often_it_is_repeated()
    {
        var room = await TeamAsync();
        await CommitAsync(room, "c-1", "Rotate the chair", FarAhead);
        await CommitAsync(room, "c-2", "Pair on support", FarAhead, CommitmentStatus.Trying);
        var review = await OpenAsync(room, true, "c-1", "c-2");
        foreach (var who in new[] { "ana", "ben", "cem" })
        {
            await AnswerAsync(review, who, new ReviewAnswer("c-1", null, who == "cem" ? "Hard to remember" : "Rotation spreads the load", ReviewChoice.Keep));
        }

        var decisions = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SteerAsync(review, ReviewCommands.Keep, "c-1")));
        var again = await SteerAsync(review, ReviewCommands.Keep, "c-1");
        var dropped = await SteerAsync(review, ReviewCommands.Drop, "c-2", "Nobody had time for it");

        Assert.All(decisions.Append(again).Append(dropped), d => Assert.True(d.Succeeded, d.Rejection));
        var plan = await room.Plan.GetPlan().WaitAsync(Timeout);
        var kept = plan.Commitments.Single(c => c.CommitmentId == "c-1");
        Assert.Equal(CommitmentStatus.Trying, kept.Status);
        var note = Assert.Single(kept.Notes);
        Assert.Equal("Review “Our review”: keep. What we learned: Rotation spreads the load. The room: keep 3.", note.Text);
        Assert.Equal(ReviewRules.Author, note.Author);
        var drop = plan.Commitments.Single(c => c.CommitmentId == "c-2");
        Assert.Equal(CommitmentStatus.Dropped, drop.Status);
        Assert.Equal("Review “Our review”: drop. Nobody had time for it.", drop.Notes[^1].Text);

        var view = await ViewAsync(review);
        Assert.Equal(ReviewDecision.Keep, view.Commitments[0].Outcome!.Decision);
        Assert.Equal(CommitmentStatus.Dropped, view.Commitments[1].Status);
    }

    [Fact]
    public async Task A_changed_decision_writes_a_new_note_and_the_same_one_again_after_a_lost_reply_writes_none()
    {
        var room = await TeamAsync();
        await CommitAsync(room, "c-1", "Rotate the chair", FarAhead);
        var review = await OpenAsync(room, true, "c-1");

        Assert.True((await SteerAsync(review, ReviewCommands.Keep, "c-1")).Succeeded);
        Assert.True((await SteerAsync(review, ReviewCommands.Done, "c-1", "Everyone has chaired")).Succeeded);
        // The plan already holds this decision (as after a reply lost on its way back): written once.
        Assert.True((await room.Plan.Note("c-1", "Review “Our review”: keep. Said elsewhere", CommitmentStatus.Trying, ReviewRules.Author).WaitAsync(Timeout)).Succeeded);
        Assert.True((await SteerAsync(review, ReviewCommands.Keep, "c-1")).Succeeded);

        var commitment = (await room.Plan.GetPlan().WaitAsync(Timeout)).Commitments[0];
        Assert.Equal(
            ["Review “Our review”: keep.", "Review “Our review”: done. Everyone has chaired.", "Review “Our review”: keep. Said elsewhere"],
            commitment.Notes.Select(n => n.Text));
        Assert.Equal([CommitmentStatus.Trying, CommitmentStatus.Done, CommitmentStatus.Trying], commitment.Notes.Select(n => n.Status));
        Assert.Equal("Review “Our review”: keep. Said elsewhere", (await ViewAsync(review)).Commitments[0].Outcome!.Note);
    }

    [Fact]
    public async Task Refused_input_and_refused_decisions_change_nothing_here_or_in_the_plan()
    {
        var room = await TeamAsync();
        await CommitAsync(room, "c-1", "One", FarAhead);
        var review = await OpenAsync(room, true, "c-1");
        await AnswerAsync(review, "ana", new ReviewAnswer("c-1", "Tried it"));
        var before = await ViewAsync(review);

        var unknown = await AnswerAsync(review, "ana", new ReviewAnswer("c-nope", "Hm"));
        var tooLong = await AnswerAsync(review, "ana", new ReviewAnswer("c-1", new string('a', ReviewRules.MaxAnswerLength + 1)));
        var twice = await AnswerAsync(review, "ana", new ReviewAnswer("c-1", "x"), new ReviewAnswer("c-1", "y"));
        var direction = await AnswerAsync(review, "ana", new ReviewAnswer("c-1", "ok\u202Eevil"));
        var badTarget = await SteerAsync(review, ReviewCommands.Keep, "c-nope");
        var longWords = await SteerAsync(review, ReviewCommands.Adapt, "c-1", new string('w', ReviewRules.MaxWordsLength + 1));

        Assert.Equal("That commitment is not in this review.", unknown.Rejection);
        Assert.Equal($"Keep what happened to {ReviewRules.MaxAnswerLength} characters.", tooLong.Rejection);
        Assert.Equal("Answer each commitment once.", twice.Rejection);
        Assert.Equal("Text cannot contain control or hidden direction characters.", direction.Rejection);
        Assert.All([unknown, tooLong, twice, direction], r => Assert.Equal("Tried it", ((ReviewContribution)r.Contribution).Answers[0].Happened));
        Assert.Equal("That commitment is not in this review.", badTarget.Rejection);
        Assert.Equal($"Keep the words with a decision to {ReviewRules.MaxWordsLength} characters.", longWords.Rejection);
        Assert.Equal(before.Version, (await ViewAsync(review)).Version);
        Assert.Empty((await room.Plan.GetPlan().WaitAsync(Timeout)).Commitments[0].Notes);
    }
}
