using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// This node's way to one intake grain (see <see cref="IntakeLanes"/>): at most one batch on its way at a
/// time; whatever phones send meanwhile waits here and goes as the next batch. A lane that finds nothing
/// waiting closes, and the next input opens a new one, so a quiet room holds nothing.
/// </summary>
internal sealed class IntakeLane(IActivityIntake intake, Action<IntakeLane> closed)
{
    private readonly Lock _gate = new();
    private List<(Submission Submission, TaskCompletionSource<ContributionReceipt> Answer)> _waiting = [];
    private bool _sending;
    private bool _closed;

    /// <summary>Queues one input and answers its receipt; null when the lane has closed in the meantime (take a new one).</summary>
    public Task<ContributionReceipt>? TryQueue(Submission submission)
    {
        var answer = new TaskCompletionSource<ContributionReceipt>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (_gate)
        {
            if (_closed)
            {
                return null;
            }

            _waiting.Add((submission, answer));
            start = !_sending;
            _sending = true;
        }

        if (start)
        {
            _ = SendAsync();
        }

        return answer.Task;
    }

    private async Task SendAsync()
    {
        while (true)
        {
            List<(Submission Submission, TaskCompletionSource<ContributionReceipt> Answer)> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _sending = false;
                    _closed = true;
                    break;
                }

                batch = _waiting;
                _waiting = [];
            }

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
        }

        closed(this);
    }
}
