using System.Collections.Concurrent;
using AntiLeadership.Live.Silo;
using Orleans.Storage;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// Grain storage for tests about how often and when a grain writes: each write takes a little time,
/// as a real round-trip does, is counted, and can be made to fail. Like Azure Storage it keeps a copy
/// per grain and refuses a write whose ETag is not the stored one, so a grain that outlives its
/// activation, or misses the answer to a write that landed, meets the same conflict it would there.
/// </summary>
public sealed class ObservedStorage : IGrainStorage
{
    // Only ever reads what it wrote itself, so the fallback for blobs of the old format is never used.
    private static readonly GrainStateJson Json = new(earlier: null!);

    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), (string ETag, BinaryData Data)> _stored = new();
    private int _writes;

    public static readonly TimeSpan WriteLatency = TimeSpan.FromMilliseconds(20);

    public int Writes => Volatile.Read(ref _writes);

    public volatile bool FailWrites;

    /// <summary>The next write is stored, but its caller hears that it failed (a reply lost on the network).</summary>
    public volatile bool LoseNextAnswer;

    /// <summary>What storage holds for a grain's state (read as the grain would read it), or null when it holds nothing.</summary>
    public T? Stored<T>(string stateName, GrainId grainId) where T : class =>
        _stored.TryGetValue((stateName, grainId), out var stored) ? Json.Deserialize<T>(stored.Data) : null;

    /// <summary>Puts state in storage as an earlier version of the product might have left it, for a grain not yet activated.</summary>
    public void Store<T>(string stateName, GrainId grainId, T state) =>
        _stored[(stateName, grainId)] = (Guid.NewGuid().ToString("N"), Json.Serialize(state));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_stored.TryGetValue((stateName, grainId), out var stored))
        {
            grainState.State = Json.Deserialize<T>(stored.Data);
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await Task.Delay(WriteLatency);
        if (FailWrites)
        {
            throw new IOException("Storage is unavailable (injected by the test).");
        }

        var key = (stateName, grainId);
        var current = _stored.TryGetValue(key, out var stored) ? stored.ETag : null;
        if (current != grainState.ETag)
        {
            throw new InconsistentStateException("The stored ETag has moved on.", current ?? "none", grainState.ETag ?? "none");
        }

        var etag = Guid.NewGuid().ToString("N");
        _stored[key] = (etag, Json.Serialize(grainState.State));
        Interlocked.Increment(ref _writes);
        if (LoseNextAnswer)
        {
            LoseNextAnswer = false;
            throw new TimeoutException("The write was stored but its answer was lost (injected by the test).");
        }

        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _stored.TryRemove((stateName, grainId), out _);
        return Task.CompletedTask;
    }
}
