using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// The steps of each Liberating Structure, with the words a first-time facilitator can read out and the
/// times the structures are known by. "{prompt}" stands for the question the facilitator set.
/// </summary>
public static class StructureCatalog
{
    private static readonly Dictionary<string, StructureStep[]> Steps = new(StringComparer.Ordinal)
    {
        [StructureNames.OneTwoFourAll] =
        [
            new("1 · Alone", "In silence, on your own: {prompt} Write your ideas on your phone.", 1, StepMode.Write),
            new("2 · In pairs", "Find your partner. Share your ideas, build on each other's, and pick the one your pair carries forward.", 2, StepMode.Pairs),
            new("4 · In fours", "Two pairs make a four. Share what each pair carried, notice what is alike and what differs, and pick one idea for the whole room.", 4, StepMode.Fours),
            new("All", "Each group shares the one idea that stands out. What do we see, together?", 5, StepMode.Harvest),
        ],
        [StructureNames.ImpromptuNetworking] =
        [
            new("Round 1", "Find your partner. Take two minutes each: {prompt} What do you hope to get from this group, and what can you give?", 5, StepMode.Network),
            new("Round 2", "Find someone you have not met yet. Same questions, two minutes each; listen for what surprises you.", 5, StepMode.Network),
            new("Round 3", "One more new partner. Same questions; notice what you hear again and again.", 5, StepMode.Network),
        ],
        [StructureNames.Triz] =
        [
            new("Make it worse", "List everything we could do to make sure we get the worst possible result: {prompt} The more outrageous, the better.", 10, StepMode.Write, Shared: true),
            new("Is this us?", "Go down the list, one by one. Mark each thing we already do, even a little.", 10, StepMode.Mark),
            new("First steps", "For what we already do: what is a first step to stop it? Name it, small and concrete.", 10, StepMode.Write, Shared: true),
        ],
        [StructureNames.WhatSoWhatNowWhat] =
        [
            new("What?", "{prompt} What happened? What did you notice? Facts, not opinions yet.", 5, StepMode.Write, Shared: true),
            new("So what?", "Looking at what we noticed: why does it matter? What patterns, what conclusions?", 5, StepMode.Write, Shared: true),
            new("Now what?", "So, what do we do next? Keep, adapt or drop, and what is the first step?", 5, StepMode.Write, Shared: true),
        ],
        [StructureNames.FifteenPercent] =
        [
            new("Your 15%", "{prompt} What is your 15%: something you can do on your own, starting now, without more resources or anyone's permission?", 5, StepMode.Write),
            new("Share", "Here is what each of us can do. Ask each other: what is your first step? Which do we keep for our plan?", 5, StepMode.Gallery),
        ],
    };

    public static IReadOnlyCollection<string> Names => Steps.Keys;

    public static bool Knows(string? structure) => structure is not null && Steps.ContainsKey(structure);

    /// <summary>The steps of <paramref name="structure"/>, their instructions with the facilitator's question in place.</summary>
    public static IReadOnlyList<StructureStep> For(string structure, string prompt) =>
        Steps.TryGetValue(structure, out var steps)
            ? steps.Select(s => s with { Instruction = s.Instruction.Replace("{prompt}", prompt, StringComparison.Ordinal).Trim() }).ToArray()
            : [];
}
