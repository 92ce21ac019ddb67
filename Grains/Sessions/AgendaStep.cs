namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>
/// One step a facilitator took, as undo and redo need it: what it was (<see cref="Name"/>, one of
/// the agenda commands) and what was there before and after. Each step keeps only its own change,
/// so undoing it never takes back anything done since (an activity added later stays).
/// </summary>
[GenerateSerializer]
public sealed class AgendaStep
{
    [Id(0)]
    public string Name { get; set; } = "";

    /// <summary>What the console's undo button says, e.g. "show “Culture” on the board".</summary>
    [Id(1)]
    public string Label { get; set; } = "";

    [Id(2)]
    public string ActivityId { get; set; } = "";

    /// <summary>The item removed or duplicated (the copy), to put back or take away again.</summary>
    [Id(3)]
    public AgendaItem? Item { get; set; }

    /// <summary>Where the item was before the step and where it went (moves, removals, copies).</summary>
    [Id(4)]
    public int FromIndex { get; set; }
    [Id(5)]
    public int ToIndex { get; set; }

    /// <summary>Which item was on screen before and after the step.</summary>
    [Id(6)]
    public string? CurrentBefore { get; set; }
    [Id(7)]
    public string? CurrentAfter { get; set; }

    /// <summary>The step's timer before and after (timer steps).</summary>
    [Id(8)]
    public StoredTimer? TimerBefore { get; set; }
    [Id(9)]
    public StoredTimer? TimerAfter { get; set; }

    /// <summary>Whether the activity took input before a timer step (a timer opens it; undo closes it again).</summary>
    [Id(10)]
    public bool WasOpen { get; set; }
}
