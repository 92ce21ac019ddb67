using AntiLeadership.Live.Web.Credentials;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Counts failed lookups (wrong join codes, unknown session ids) from all addresses together. Past the
/// cap it refuses nobody: a global refusal let 61 addresses lock every room out for a minute, again
/// and again, while guessing a 40-bit code stays hopeless anyway. It warns the operator instead, once
/// per minute, that someone is guessing from many addresses.
/// </summary>
public sealed class GuessingAlarm(int perMinute, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private long _windowStartedAt = time.GetTimestamp();
    private int _failures;
    private bool _raised;

    public void Count()
    {
        int failures;
        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (time.GetElapsedTime(_windowStartedAt, now) >= Window)
            {
                _windowStartedAt = now;
                _failures = 0;
                _raised = false;
            }

            failures = ++_failures;
            if (failures <= perMinute || _raised)
            {
                return;
            }

            _raised = true;
        }

        SecurityLog.GuessingFromManyAddresses(logger, failures, perMinute);
    }
}
