using System.Collections.Concurrent;
using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Sends this node's participant input to each intake grain in batches: while two batches are on their
/// way (see <see cref="IntakeLane"/>), what other phones send waits and goes together as the next (<see cref="IActivityIntake.SubmitAll"/>),
/// which the grain stores in one write. A lone vote goes at once, alone, so a quiet room waits for
/// nothing; in a burst, a vote costs a share of one grain call instead of one of its own. Each phone
/// still gets its own answer, after storage, as from <see cref="IActivityIntake.Submit"/>.
/// </summary>
public sealed class IntakeLanes
{
    private readonly ConcurrentDictionary<GrainId, IntakeLane> _lanes = new();

    public Task<ContributionReceipt> SubmitAsync(IActivityIntake intake, Submission submission)
    {
        var grain = intake.GetGrainId();
        while (true)
        {
            var lane = _lanes.GetOrAdd(grain, static (id, state) => new IntakeLane(state.intake, closed => state.lanes.TryRemove(KeyValuePair.Create(id, closed))), (intake, lanes: _lanes));
            if (lane.TryQueue(submission) is { } receipt)
            {
                return receipt;
            }

            // It closed between the look-up and the queueing, and is on its way out of the map.
            _lanes.TryRemove(KeyValuePair.Create(grain, lane));
        }
    }
}
