using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Activities.Strengths;
using System.Threading.Channels;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Web.Workshop;
using Microsoft.Extensions.Time.Testing;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// Phones get what the facilitator changes at once; votes coming in reach them at most once per interval,
/// and that update is always the newest picture of every activity that changed meanwhile.
/// </summary>
public sealed class PhonePacingTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new();
    private readonly Channel<ActivityView> _sent = Channel.CreateUnbounded<ActivityView>();
    private readonly PhonePacing _pacing;

    public PhonePacingTests()
    {
        _pacing = new PhonePacing(view => _sent.Writer.WriteAsync(view).AsTask(), _time, failure => _sent.Writer.TryComplete(failure));
    }

    [Fact]
    public async Task What_the_facilitator_changes_reaches_the_phones_at_once()
    {
        await _pacing.OfferAsync(View("vote", 1, voters: 0, ActivityStatus.NotOpened));
        Assert.Equal(1, TakeSentNow().Version);

        await _pacing.OfferAsync(View("vote", 2, voters: 0, ActivityStatus.Open));
        Assert.Equal(2, TakeSentNow().Version);
    }

    [Fact]
    public async Task Votes_coming_in_wait_for_the_interval_and_only_the_newest_goes_out()
    {
        await _pacing.OfferAsync(View("vote", 1, voters: 0));
        TakeSentNow();
        await _pacing.OfferAsync(View("vote", 2, voters: 1));
        await _pacing.OfferAsync(View("vote", 3, voters: 2));
        Assert.False(_sent.Reader.TryRead(out _));

        _time.Advance(PhonePacing.Interval);

        Assert.Equal(3, (await NextSentAsync()).Version);
        Assert.False(_sent.Reader.TryRead(out _));
    }

    [Fact]
    public async Task In_a_crowd_of_ten_thousand_on_the_node_votes_reach_the_phones_once_a_second()
    {
        var crowd = new PhonePacing(view => _sent.Writer.WriteAsync(view).AsTask(), _time, failure => _sent.Writer.TryComplete(failure), () => 10_000);
        await crowd.OfferAsync(View("vote", 1, voters: 0));
        TakeSentNow();
        await crowd.OfferAsync(View("vote", 2, voters: 1));

        _time.Advance(PhonePacing.Interval);
        Assert.False(_sent.Reader.TryRead(out _));
        _time.Advance(TimeSpan.FromSeconds(1) - PhonePacing.Interval);

        Assert.Equal(2, (await NextSentAsync()).Version);
        Assert.Equal(TimeSpan.FromSeconds(1), PhonePacing.IntervalFor(10_000));
        Assert.Equal(PhonePacing.Interval, PhonePacing.IntervalFor(PhonePacing.CrowdFrom));
        Assert.Equal(PhonePacing.LongestInterval, PhonePacing.IntervalFor(1_000_000));
    }

    [Fact]
    public async Task Every_activity_that_changed_meanwhile_sends_its_newest_view()
    {
        await _pacing.OfferAsync(View("vote", 1, voters: 0));
        await _pacing.OfferAsync(View("check", 6, voters: 0));
        TakeSentNow();
        TakeSentNow();
        await _pacing.OfferAsync(View("check", 7, voters: 1));
        await _pacing.OfferAsync(View("vote", 2, voters: 1));

        _time.Advance(PhonePacing.Interval);

        var sent = new[] { await NextSentAsync(), await NextSentAsync() }.OrderBy(v => v.ActivityId).ToArray();
        Assert.Equal(("check", 7L), (sent[0].ActivityId, sent[0].Version));
        Assert.Equal(("vote", 2L), (sent[1].ActivityId, sent[1].Version));
    }

    [Fact]
    public async Task An_older_view_never_replaces_a_newer_waiting_one()
    {
        await _pacing.OfferAsync(View("vote", 1, voters: 0));
        TakeSentNow();
        await _pacing.OfferAsync(View("vote", 5, voters: 4));
        await _pacing.OfferAsync(View("vote", 4, voters: 3));

        _time.Advance(PhonePacing.Interval);

        Assert.Equal(5, (await NextSentAsync()).Version);
        Assert.False(_sent.Reader.TryRead(out _));
    }

    [Fact]
    public async Task After_a_paced_update_the_next_votes_wait_their_turn_again()
    {
        await _pacing.OfferAsync(View("vote", 1, voters: 0));
        TakeSentNow();
        await _pacing.OfferAsync(View("vote", 2, voters: 1));
        _time.Advance(PhonePacing.Interval);
        Assert.Equal(2, (await NextSentAsync()).Version);

        await _pacing.OfferAsync(View("vote", 3, voters: 2));
        Assert.False(_sent.Reader.TryRead(out _));
        _time.Advance(PhonePacing.Interval);

        Assert.Equal(3, (await NextSentAsync()).Version);
    }

    [Fact]
    public async Task Closing_voting_goes_out_at_once_and_replaces_the_votes_still_waiting()
    {
        await _pacing.OfferAsync(View("vote", 1, voters: 0));
        TakeSentNow();
        await _pacing.OfferAsync(View("vote", 2, voters: 1));
        await _pacing.OfferAsync(View("vote", 3, voters: 1, ActivityStatus.Closed));

        Assert.Equal(3, TakeSentNow().Version);
        _time.Advance(PhonePacing.Interval);
        Assert.False(_sent.Reader.TryRead(out _));
    }

    [Fact]
    public async Task An_activity_put_on_screen_again_goes_out_at_once()
    {
        await _pacing.OfferAsync(View("vote", 1, voters: 0));
        TakeSentNow();
        await _pacing.OfferAsync(View("vote", 2, voters: 1));

        // The session re-sends the activity's current view when the facilitator shows it.
        await _pacing.OfferAsync(View("vote", 2, voters: 1));

        Assert.Equal(2, TakeSentNow().Version);
    }

    [Fact]
    public async Task A_paced_update_leaves_out_the_catalogue_the_phones_were_sent_whole()
    {
        await _pacing.OfferAsync(Map(1, choosers: 0));
        var whole = (StrengthsView)TakeSentNow();
        await _pacing.OfferAsync(Map(2, choosers: 1));
        _time.Advance(PhonePacing.Interval);

        var paced = (StrengthsView)await NextSentAsync();

        Assert.Null(whole.LeftOut);
        Assert.NotEmpty(whole.Strengths);
        Assert.Equal(["domains", "strengths", "teammates"], paced.LeftOut);
        Assert.Empty(paced.Strengths);
        Assert.Empty(paced.Domains);
        Assert.Null(paced.Teammates);
        Assert.Equal(1, paced.Choosers);
        Assert.Equal(1, Assert.Single(paced.Counts!).ChosenBySelf);
    }

    [Fact]
    public async Task A_strength_the_facilitator_adds_reaches_the_phones_at_once_with_the_whole_catalogue()
    {
        await _pacing.OfferAsync(Map(1, choosers: 0));
        TakeSentNow();

        await _pacing.OfferAsync(Map(2, choosers: 0) with { Strengths = [Careful, new Strength("writing", "doing", "Writing it down", "Leaves notes.")] });

        var sent = (StrengthsView)TakeSentNow();
        Assert.Null(sent.LeftOut);
        Assert.Equal(2, sent.Strengths.Count);
    }

    private ActivityView TakeSentNow() =>
        _sent.Reader.TryRead(out var view) ? view : throw new InvalidOperationException("Nothing was sent at once.");

    private async Task<ActivityView> NextSentAsync() => await _sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

    private static readonly Strength Careful = new("careful-craft", "doing", "Careful craft", "Takes care over the details others would skip.");

    private static StrengthsView Map(long version, int choosers) =>
        new("map", "session", version, new ActivityStage("Strengths", ActivityStatus.Open, false, false, false, null, choosers, null),
            [new StrengthDomain("doing", "Getting things done")], [Careful], choosers, 0, [new Teammate("p1", "Ana")],
            [new StrengthCount("careful-craft", choosers, 0)], [new DomainHeat("doing", choosers, 0)], [], [], [], 0, null);

    private static CulturePrioritiesView View(string activityId, long version, int voters, ActivityStatus status = ActivityStatus.Open) =>
        new(activityId, "session", version, new ActivityStage("Culture priorities", status, false, false, true, null, voters, null), [new Statement("s1", "Say it")], 3, 2, voters, [new StatementTally("s1", voters, voters)]);
}
