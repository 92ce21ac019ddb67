using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>The team's rota of who facilitated what: sessions send each turn's start and end, possibly more than once.</summary>
public sealed class TeamRotaGrainTests(MovableClockFixture fixture) : IClassFixture<MovableClockFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_rota_keeps_a_turn_once_however_often_it_is_sent_and_a_late_start_never_reopens_an_ended_turn()
    {
        var rota = fixture.Grains.GetGrain<ITeamRotaGrain>("team-" + Guid.NewGuid().ToString("N"));
        var from = fixture.Clock.GetUtcNow();
        var started = new RotaEntry("t1", "s1", "Day 1", "a1", "Check-in", "p-sam", "Sam", "Ana", from, null);
        var ended = started with { Until = from.AddMinutes(10) };

        await rota.Record([started, ended]).WaitAsync(Timeout);
        await rota.Record([started]).WaitAsync(Timeout);
        await rota.Record([ended, started]).WaitAsync(Timeout);

        Assert.Equal([ended], await rota.GetRota().WaitAsync(Timeout));
    }

    [Fact]
    public async Task A_turn_sent_late_takes_its_place_in_time()
    {
        var rota = fixture.Grains.GetGrain<ITeamRotaGrain>("team-" + Guid.NewGuid().ToString("N"));
        var from = fixture.Clock.GetUtcNow();
        var later = new RotaEntry("t2", "s2", "Day 2", null, null, "p-kim", "Kim", "Ana", from.AddDays(1), null);
        var earlier = new RotaEntry("t1", "s1", "Day 1", "a1", "Check-in", "p-sam", "Sam", "Ana", from, from.AddMinutes(5));

        await rota.Record([later]).WaitAsync(Timeout);
        await rota.Record([earlier]).WaitAsync(Timeout);

        Assert.Equal(["t1", "t2"], (await rota.GetRota().WaitAsync(Timeout)).Select(e => e.EntryId));
    }
}
