using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Tests;

/// <summary>
/// The activity contract's calls in the words of a dot vote, so grain tests read as the facilitator
/// and the phones act: each is one call of <see cref="IActivityGrain"/>.
/// </summary>
public static class CulturePrioritiesCalls
{
    public static Task<CommandOutcome> OpenVoting(this IActivityGrain vote) => vote.Steer(new ActivityCommand(ActivityCommands.Open));

    public static Task<CommandOutcome> CloseVoting(this IActivityGrain vote) => vote.Steer(new ActivityCommand(ActivityCommands.Close));

    public static Task<CommandOutcome> SetVotingTimer(this IActivityGrain vote, int seconds) => vote.Steer(new ActivityCommand(ActivityCommands.Timer, seconds));

    public static Task<CommandOutcome> RevealResults(this IActivityGrain vote) => vote.Steer(new ActivityCommand(ActivityCommands.Reveal));

    public static Task<CommandOutcome> RaiseAnonymity(this IActivityGrain vote) => vote.Steer(new ActivityCommand(ActivityCommands.RaiseAnonymity));

    public static async Task<BallotReceipt> CastDots(this IActivityGrain vote, string participantId, string submissionId, IReadOnlyDictionary<string, int> dots)
    {
        var receipt = await vote.Submit(participantId, submissionId, new CulturePrioritiesInput(dots));
        return new BallotReceipt(receipt.Accepted, receipt.AlreadyCounted, receipt.Rejection, (Ballot)receipt.Contribution);
    }

    public static async Task<Ballot> GetBallot(this IActivityGrain vote, string participantId) => (Ballot)await vote.GetContribution(participantId);

    public static async Task<CulturePrioritiesView> GetVoteView(this IActivityGrain vote) => (CulturePrioritiesView)await vote.GetView();
}
