namespace AntiLeadership.Live.Activities;

/// <summary>
/// One kind of activity, as the rest of the product knows it: its name on the wire, the shapes of its
/// setup and input (read from a browser's JSON), and how to reach its grain. Each kind declares one of
/// these in its own folder and adds it to <see cref="ActivityCatalog"/>. A kind that can spread its
/// intake over shards says how to reach a shard (by its key, see <see cref="Intake.IntakeShards"/>).
/// </summary>
public sealed record ActivityKind(
    string Name,
    string Label,
    Type SetupType,
    Type InputType,
    Func<IGrainFactory, string, IActivityGrain> Grain,
    Func<IGrainFactory, string, IActivityIntake>? Shard = null);
