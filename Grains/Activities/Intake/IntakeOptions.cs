using AntiLeadership.Live.Activities.Intake;

namespace AntiLeadership.Live.Grains.Activities.Intake;

/// <summary>
/// The operator's choice of how many shards take each new activity's input, when its setup allows it
/// (<see cref="Live.Activities.ActivitySetup.InputCanSpread"/>: anonymous, no shared input), for kinds that can
/// spread it (configuration section "Activities", e.g. <c>Activities__IntakeShards=4</c>). One grain per
/// activity (the default) is plenty for rooms of up to some thousands; a deployment that runs one
/// all-hands session of tens of thousands sets a few shards per node. A setting of the deployment, not
/// of a session's head count: the count is not known when an activity is set up (people join later), and
/// a participant's shard must never change while the activity lives, so the number is fixed at setup.
/// </summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Activities";

    public int IntakeShards { get; set; } = Live.Activities.Intake.IntakeShards.One;

    /// <summary>The shards an activity of <paramref name="kind"/> set up as <paramref name="setup"/> gets.</summary>
    public int For(Live.Activities.ActivityKind kind, Live.Activities.ActivitySetup setup) =>
        kind.Shard is not null && setup.InputCanSpread
            ? Math.Clamp(IntakeShards, Live.Activities.Intake.IntakeShards.One, Live.Activities.Intake.IntakeShards.Most)
            : Live.Activities.Intake.IntakeShards.One;
}
