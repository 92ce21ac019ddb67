using System.Threading.Channels;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Web.Workshop;
using Microsoft.Extensions.Time.Testing;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// A contribution someone else changed reaches its participant's devices at once after a quiet spell;
/// in a burst, once per interval with the newest, and not at all when their own receipt carried it.
/// </summary>
public sealed class ContributionPacingTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new();
    private readonly Channel<(string ParticipantId, Contribution Contribution)> _sent = Channel.CreateUnbounded<(string, Contribution)>();
    private readonly ContributionPacing _pacing;

    public ContributionPacingTests()
    {
        _pacing = new ContributionPacing((participantId, contribution) => _sent.Writer.WriteAsync((participantId, contribution)).AsTask(), _time, failure => _sent.Writer.TryComplete(failure));
    }

    [Fact]
    public async Task A_teammates_recognition_after_a_quiet_spell_reaches_the_recipient_at_once()
    {
        await _pacing.OfferAsync(Changed(("ben", 1)));

        Assert.Equal(("ben", 1L), TakeSentNow());
    }

    [Fact]
    public async Task Recognitions_in_a_burst_wait_for_the_interval_and_each_recipient_gets_only_their_newest()
    {
        await _pacing.OfferAsync(Changed(("ben", 1)));
        TakeSentNow();
        await _pacing.OfferAsync(Changed(("ben", 3), ("chloe", 1)));
        await _pacing.OfferAsync(Changed(("ben", 2)));
        Assert.False(_sent.Reader.TryRead(out _));

        _time.Advance(PhonePacing.Interval);

        var sent = new[] { await NextSentAsync(), await NextSentAsync() }.Order().ToArray();
        Assert.Equal([("ben", 3L), ("chloe", 1L)], sent);
        Assert.False(_sent.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_recognition_the_recipients_own_receipt_carried_is_not_sent_to_them_again()
    {
        await _pacing.OfferAsync(Changed(("ben", 1)));
        TakeSentNow();
        await _pacing.OfferAsync(Changed(("ben", 4), ("chloe", 2)));

        _pacing.Delivered("ben", Stored(5));
        _pacing.Delivered("chloe", Stored(1));
        _time.Advance(PhonePacing.Interval);

        Assert.Equal(("chloe", 2L), await NextSentAsync());
        Assert.False(_sent.Reader.TryRead(out _));
    }

    [Fact]
    public async Task After_a_paced_send_the_next_recognitions_wait_their_turn_again()
    {
        await _pacing.OfferAsync(Changed(("ben", 1)));
        TakeSentNow();
        await _pacing.OfferAsync(Changed(("ben", 2)));
        _time.Advance(PhonePacing.Interval);
        Assert.Equal(("ben", 2L), await NextSentAsync());

        await _pacing.OfferAsync(Changed(("ben", 3)));
        Assert.False(_sent.Reader.TryRead(out _));
        _time.Advance(PhonePacing.Interval);

        Assert.Equal(("ben", 3L), await NextSentAsync());
    }

    private (string, long) TakeSentNow() =>
        _sent.Reader.TryRead(out var sent) ? (sent.ParticipantId, sent.Contribution.Revision) : throw new InvalidOperationException("Nothing was sent at once.");

    private async Task<(string, long)> NextSentAsync()
    {
        var sent = await _sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        return (sent.ParticipantId, sent.Contribution.Revision);
    }

    private static Dictionary<string, Contribution> Changed(params (string ParticipantId, long Revision)[] changes) =>
        changes.ToDictionary(c => c.ParticipantId, c => Stored(c.Revision));

    private static Contribution Stored(long revision) => new StrengthsContribution("map", [], [], [], true, "someone", revision);
}
