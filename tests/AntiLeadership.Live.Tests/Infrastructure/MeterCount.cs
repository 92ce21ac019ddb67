using System.Diagnostics.Metrics;
using AntiLeadership.Live.Telemetry;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// Adds up one of the product's counters (<see cref="LiveMetrics"/>) while it lives. The meter is the
/// whole process's, so use it for counters no other test moves, or allow for them.
/// </summary>
public sealed class MeterCount : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _total;

    public MeterCount(string instrument)
    {
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter.Name == LiveMetrics.MeterName && published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public void Dispose() => _listener.Dispose();
}
