using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// This node's way to one intake grain (see <see cref="IntakeLanes"/>): at most two batches on their way
/// at a time, so the grain can apply the next batch while it stores the last one; whatever phones send
/// meanwhile waits here and goes as the next batch. A lane that finds nothing waiting and nothing on its
/// way closes, and the next input opens a new one, so a quiet room holds nothing.
/// </summary>
internal sealed class IntakeLane(IActivityIntake intake, Action<IntakeLane> closed)
{
    // One batch would leave the grain idle between its write and the next batch's arrival; three or
    // more split a burst into smaller batches without keeping the grain any busier.
    private const int MaxOnTheirWay = 2;

    private readonly Lock _gate = new();
    private List<(Submission Submission, TaskCompletionSource<ContributionReceipt> Answer)> _waiting = [];
    private int _onTheirWay;
    private bool _closed;

    /// <summary>Queues one input and answers its receipt; null when the lane has closed in the meantime (take a new one).</summary>
    public Task<ContributionReceipt>? TryQueue(Submission submission)
    {
        var answer = new TaskCompletionSource<ContributionReceipt>(TaskCreationOptions.RunContinuationsAsynchronously);
        List<(Submission, TaskCompletionSource<ContributionReceipt>)>? batch = null;
        lock (_gate)
        {
            if (_closed)
            {
                return null;
            }

            _waiting.Add((submission, answer));
            if (_onTheirWay < MaxOnTheirWay)
            {
                _onTheirWay++;
                batch = _waiting;
                _waiting = [];
            }
        }

        if (batch is not null)
        {
            _ = SendAsync(batch);
        }

        return answer.Task;
    }

    /// <summary>Sends a batch, then whatever waits by then, until nothing does.</summary>
    private async Task SendAsync(List<(Submission Submission, TaskCompletionSource<ContributionReceipt> Answer)>? batch)
    {
        var closing = false;
        while (batch is not null)
        {
            try
            {
                var receipts = await intake.SubmitAll([.. batch.Select(b => b.Submission)]);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Answer.TrySetResult(receipts[i]);
                }
            }
            catch (Exception failure)
            {
                // Each phone gets the failure its own call would have got (its retry is answered from
                // what is stored, so nothing is counted twice).
                foreach (var (_, answer) in batch)
                {
                    answer.TrySetException(failure);
                }
            }

            lock (_gate)
            {
                if (_waiting.Count > 0)
                {
                    batch = _waiting;
                    _waiting = [];
                }
                else
                {
                    batch = null;
                    closing = _closed = --_onTheirWay == 0;
                }
            }
        }

        if (closing)
        {
            closed(this);
        }
    }
}
