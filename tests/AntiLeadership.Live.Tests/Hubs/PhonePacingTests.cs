using System.Threading.Channels;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Web.Workshop;
using Microsoft.Extensions.Time.Testing;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// Phones get an activity's changes at once after a quiet spell, then at most one update per interval,
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
    public async Task The_first_change_after_a_quiet_spell_reaches_the_phones_at_once()
    {
        await _pacing.OfferAsync(View("vote", 1));

        Assert.Equal(1, TakeSentNow().Version);
    }

    [Fact]
    public async Task Changes_within_the_interval_wait_and_only_the_newest_goes_out()
    {
        await _pacing.OfferAsync(View("vote", 1));
        TakeSentNow();
        _time.Advance(TimeSpan.FromMilliseconds(100));
        await _pacing.OfferAsync(View("vote", 2));
        await _pacing.OfferAsync(View("vote", 3));
        Assert.False(_sent.Reader.TryRead(out _));

        _time.Advance(PhonePacing.Interval - TimeSpan.FromMilliseconds(100));

        Assert.Equal(3, (await NextSentAsync()).Version);
        Assert.False(_sent.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Every_activity_that_changed_meanwhile_sends_its_newest_view()
    {
        await _pacing.OfferAsync(View("vote", 1));
        TakeSentNow();
        await _pacing.OfferAsync(View("check", 7));
        await _pacing.OfferAsync(View("vote", 2));

        _time.Advance(PhonePacing.Interval);

        var sent = new[] { await NextSentAsync(), await NextSentAsync() }.OrderBy(v => v.ActivityId).ToArray();
        Assert.Equal(("check", 7L), (sent[0].ActivityId, sent[0].Version));
        Assert.Equal(("vote", 2L), (sent[1].ActivityId, sent[1].Version));
    }

    [Fact]
    public async Task An_older_view_sent_again_never_replaces_a_newer_waiting_one()
    {
        await _pacing.OfferAsync(View("vote", 1));
        TakeSentNow();
        await _pacing.OfferAsync(View("vote", 5));
        await _pacing.OfferAsync(View("vote", 4));

        _time.Advance(PhonePacing.Interval);

        Assert.Equal(5, (await NextSentAsync()).Version);
    }

    [Fact]
    public async Task After_a_paced_update_the_next_change_waits_its_turn_again()
    {
        await _pacing.OfferAsync(View("vote", 1));
        TakeSentNow();
        await _pacing.OfferAsync(View("vote", 2));
        _time.Advance(PhonePacing.Interval);
        Assert.Equal(2, (await NextSentAsync()).Version);

        await _pacing.OfferAsync(View("vote", 3));
        Assert.False(_sent.Reader.TryRead(out _));
        _time.Advance(PhonePacing.Interval);

        Assert.Equal(3, (await NextSentAsync()).Version);
    }

    private ActivityView TakeSentNow() =>
        _sent.Reader.TryRead(out var view) ? view : throw new InvalidOperationException("Nothing was sent at once.");

    private async Task<ActivityView> NextSentAsync() => await _sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

    private static CulturePrioritiesView View(string activityId, long version) =>
        new(activityId, "session", version, "Culture priorities", [new Statement("s1", "Say it")], 3, 2, false, VotingStatus.Open, false, 0, 0, [], true);
}
