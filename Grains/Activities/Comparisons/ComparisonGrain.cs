using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Comparisons;
using AntiLeadership.Live.Programme.Results;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Activities.Comparisons;

/// <summary>
/// A comparison card: a series group of the team's results over time, taken from the team's results
/// grain when the card is set up and again on "refresh" (the console asks when it shows the card), so
/// points recorded since (this session's vote, closed a moment ago) are on it. Input is refused whatever
/// the stage; the points are numbers the team's results already keep to the small-group rule.
/// </summary>
public sealed class ComparisonGrain(
    [PersistentState("comparison", StorageNames.Activities)] IPersistentState<ComparisonState> stored,
    TimeProvider time)
    : ActivityGrain<ComparisonState, StoredComparison, ComparisonSetup, ComparisonInput, ComparisonView>(stored, time),
      IComparisonGrain
{
    public const string ResultSection = "Comparison with earlier sessions";

    public const string NoInput = "This card compares the team's results over time: there is nothing to send, only to read.";

    /// <summary>Group ids are a kind's name, or a check-in's question after it: far below this.</summary>
    public const int MaxGroupIdLength = 400;

    // What the last read of the team's results found, for the synchronous check and change that follow
    // it. Set up and refresh are a facilitator's clicks, so two reads interleaving is not a concern.
    private Fetched? _fetched;

    protected override string NotOpenYet => NoInput;

    protected override string ClosedAlready => NoInput;

    protected override async Task BeforeSetUpAsync(string sessionId, ComparisonSetup setup)
    {
        _fetched = State.IsSetUp || GroupIdProblem(setup.GroupId) is not null ? null : await FetchAsync(sessionId, setup.GroupId!);
    }

    protected override async Task BeforeSteerAsync(ActivityCommand command)
    {
        if (command.Name == ComparisonCommands.Refresh && State.IsSetUp)
        {
            _fetched = await FetchAsync(State.SessionId, State.GroupId);
        }
    }

    protected override string? CheckSetup(ComparisonSetup setup) =>
        GroupIdProblem(setup.GroupId) ?? (_fetched?.Group is null
            ? _fetched?.Problem ?? "The team has no results of that kind yet: they are recorded when an activity closes."
            : null);

    protected override bool SameSetup(ComparisonSetup setup) => State.GroupId == setup.GroupId;

    protected override void ApplySetup(ComparisonSetup setup)
    {
        State.GroupId = setup.GroupId!;
        State.TeamId = _fetched?.TeamId;
        State.Group = _fetched?.Group;
        // Nothing on the card is a result to hide, and nobody takes part to be anonymous about.
        State.HideResultsUntilRevealed = false;
        State.Anonymous = true;
    }

    protected override Steering SteerKind(ActivityCommand command)
    {
        if (command.Name != ComparisonCommands.Refresh)
        {
            return Steering.Unknown;
        }

        if (_fetched is not { Problem: null } fetched)
        {
            return Steering.Refused(_fetched?.Problem ?? "The team's results could not be read just now. Try again.");
        }

        if (Same(fetched.Group, State.Group))
        {
            return Steering.AlreadySo;
        }

        State.Group = fetched.Group;
        return Steering.Changed;
    }

    protected override string? CheckInput(string participantId, ComparisonInput input) => NoInput;

    protected override void ApplyInput(string participantId, StoredComparison entry, ComparisonInput input)
    {
    }

    protected override bool HasContent(StoredComparison entry) => false;

    protected override ComparisonView BuildView(ActivityStage stage) =>
        new(ActivityId, State.SessionId, State.Version, stage, State.GroupId, State.Group);

    protected override Contribution BuildContribution(string participantId) => EmptyContribution(participantId);

    protected override Contribution EmptyContribution(string participantId) => new ComparisonContribution(ActivityId, 0);

    protected override IReadOnlyList<ResultRow> ResultRows(ComparisonView stored) =>
        [new ResultRow(ResultSection, null, stored.Group?.Label ?? stored.Stage.Title, null, null)];

    protected override object? ResultDetails(ComparisonView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names) =>
        stored.Group;

    private static string? GroupIdProblem(string? groupId) =>
        string.IsNullOrWhiteSpace(groupId) || groupId.Length > MaxGroupIdLength ? "Choose which of the team's results to compare." : null;

    private async Task<Fetched> FetchAsync(string sessionId, string groupId)
    {
        try
        {
            var teamId = State.TeamId ?? (await GrainFactory.GetGrain<ISessionGrain>(sessionId).GetView()).TeamId;
            if (string.IsNullOrEmpty(teamId))
            {
                return new Fetched(null, null, "This session belongs to no team, so there are no earlier results to compare with.");
            }

            var group = await GrainFactory.GetGrain<ITeamResultsGrain>(teamId).GetGroup(groupId);
            return new Fetched(teamId, group, null);
        }
        catch (Exception)
        {
            return new Fetched(null, null, "The team's results could not be read just now. Try again.");
        }
    }

    // Records holding lists compare by reference: the wire form says whether anything changed.
    private static bool Same(ResultGroup? a, ResultGroup? b) => JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);

    private sealed record Fetched(string? TeamId, ResultGroup? Group, string? Problem);
}
