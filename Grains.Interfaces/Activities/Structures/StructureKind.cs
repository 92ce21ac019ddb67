namespace AntiLeadership.Live.Activities.Structures;

/// <summary>
/// A guided Liberating Structure (1-2-4-All, Impromptu Networking, TRIZ, What / So What / Now What, 15%
/// Solutions): a sequence of timed steps with instructions for the board and each phone, in which what
/// one step harvests is what the next works on.
/// </summary>
public static class StructureKind
{
    public const string Name = "structure";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Liberating Structure (guided steps)",
        typeof(StructureSetup),
        typeof(StructureInput),
        (grains, activityId) => grains.GetGrain<IStructureGrain>(activityId));
}
