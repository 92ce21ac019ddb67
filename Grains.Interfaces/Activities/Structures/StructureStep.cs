namespace AntiLeadership.Live.Activities.Structures;

/// <summary>
/// One step of a structure as every screen shows it: its <see cref="Title"/>, the <see cref="Instruction"/>
/// read out on the board and on each phone, its time, and what people do in it. <see cref="Shared"/>: a
/// writing step whose entries show on the board as they come (no names).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StructureStep(
    [property: Id(0)] string Title,
    [property: Id(1)] string Instruction,
    [property: Id(2)] int Minutes,
    [property: Id(3)] StepMode Mode,
    [property: Id(4)] bool Shared = false);
