using AntiLeadership.Live.Web.Hosting;

namespace AntiLeadership.Live.Tests.Operations;

/// <summary>
/// When an empty node gives its memory back: once per quiet spell, a check's length after its rooms' grains
/// have had time to leave, however the timer's checks wobble; anyone connecting starts the spell again.
/// </summary>
public sealed class QuietSpellTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Check = Idle / 4;
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    // The k-th check of the timer, a few milliseconds off its schedule, as a timer's are.
    private static DateTimeOffset At(int k, int wobbleMs) => Start + (Check * k) + TimeSpan.FromMilliseconds(wobbleMs);

    [Fact]
    public void The_release_is_due_once_five_checks_after_the_node_was_first_seen_empty_even_when_that_check_came_late()
    {
        var spell = new QuietSpell(Idle, Check);

        // First seen empty at check 1, which fired 5 ms late; every later check fires 1 ms early.
        var due = Enumerable.Range(1, 12).Where(k => spell.Due(anyoneConnected: false, At(k, k == 1 ? 5 : -1))).ToArray();

        Assert.Equal([6], due);
    }

    [Fact]
    public void Someone_connecting_starts_the_spell_again_and_nothing_is_due_while_anyone_is_connected()
    {
        var spell = new QuietSpell(Idle, Check);
        var due = new List<int>();
        for (var k = 1; k <= 20; k++)
        {
            // Empty for checks 1–4, someone in from 5 to 8, then empty again.
            if (spell.Due(anyoneConnected: k is >= 5 and <= 8, At(k, 0)))
            {
                due.Add(k);
            }
        }

        Assert.Equal([14], due);
    }

    [Fact]
    public void A_second_quiet_spell_gives_memory_back_again()
    {
        var spell = new QuietSpell(Idle, Check);
        var due = Enumerable.Range(1, 30).Where(k => spell.Due(anyoneConnected: k == 10, At(k, 0))).ToArray();

        Assert.Equal([6, 16], due);
    }
}
