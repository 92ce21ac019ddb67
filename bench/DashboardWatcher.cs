using System.Net.Http.Headers;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// An operator with the Orleans dashboard open: it asks each node for the dashboard's counters once a
/// second, as the dashboard's page does. While someone watches, the dashboard's call profiler times every
/// grain call; <c>--dashboard watched</c> measures what that costs, <c>--dashboard off</c> the node without it.
/// </summary>
public sealed class DashboardWatcher : IAsyncDisposable
{
    private const string OperatorKey = "bench-operator-key-that-is-long-enough";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;

    private DashboardWatcher(IEnumerable<Uri> nodes) => _watching = Task.WhenAll(nodes.Select(WatchAsync));

    /// <summary>The node settings for <c>--dashboard</c>'s <paramref name="mode"/>.</summary>
    public static string[] NodeSettings(string mode) => mode switch
    {
        "off" => ["--Cluster:Dashboard=false"],
        "watched" => [$"--Live:OperatorKey={OperatorKey}"],
        _ => [],
    };

    public static DashboardWatcher Watch(IEnumerable<Uri> nodes) => new(nodes.ToList());

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching.WaitAsync(TimeSpan.FromSeconds(30));
        _stop.Dispose();
    }

    private async Task WatchAsync(Uri node)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OperatorKey);
        while (!_stop.IsCancellationRequested)
        {
            using (var answer = await http.GetAsync("/dashboard/DashboardCounters", _stop.Token).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default))
            {
                if (answer is { IsSuccessStatusCode: false })
                {
                    throw new InvalidOperationException($"The dashboard answered {(int)answer.StatusCode}: is the operator key accepted?");
                }
            }

            await Task.Delay(Interval, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
