using Microsoft.Extensions.DependencyInjection;
using System.Reflection;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// A ring of <see cref="Slots"/> small states beside an activity's full state (its snapshot), in the same
/// storage under "&lt;state name&gt;-journal-&lt;n&gt;". A write that changed only participants' entries
/// stores just those entries in the next slot, so its cost grows with what changed, not with the room; the
/// grain writes the snapshot instead when shared state changed or before the ring would overwrite a slot
/// the snapshot does not include yet, so loading reads the snapshot and at most <see cref="Slots"/> slots.
/// Every slot is loaded with the grain (in parallel with the snapshot): a slot is written with the
/// version storage holds, which an activation learns only by reading it.
/// </summary>
internal sealed class ActivityJournal<TEntry>
    where TEntry : StoredContribution
{
    public const int Slots = 32;

    private readonly IPersistentState<JournalSlot<TEntry>>[] _slots;

    // The last write the stored snapshot includes; the last one storage is known to hold; the last one
    // tried. A slot whose write failed may still have landed: until a snapshot skips past it, a retry
    // writes the same sequence again (with more in it), and a snapshot records it as included so that
    // loading never applies that older slot over the newer snapshot.
    private long _folded;
    private long _written;
    private long _tried;

    public ActivityJournal(Grain grain, IPersistentStateConfiguration snapshot)
    {
        var factory = grain.GrainContext.ActivationServices.GetRequiredService<IPersistentStateFactory>();
        _slots = Enumerable.Range(0, Slots)
            .Select(n => factory.Create<JournalSlot<TEntry>>(grain.GrainContext, new PersistentStateAttribute($"{snapshot.StateName}-journal-{n}", snapshot.StorageName)))
            .ToArray();
    }

    /// <summary>Whether the next write may go to a slot: the slot it would reuse is in the snapshot already.</summary>
    public bool HasRoom => _written + 1 - Slots <= _folded;

    /// <summary>The sequence a snapshot written now includes.</summary>
    public long Included => _tried;

    /// <summary>The storage configuration of the grain's snapshot, from the kind's constructor.</summary>
    public static IPersistentStateConfiguration SnapshotOf(Type grainType) =>
        grainType.GetConstructors()
            .SelectMany(constructor => constructor.GetParameters())
            .Select(parameter => parameter.GetCustomAttribute<PersistentStateAttribute>())
            .First(attribute => attribute is not null)!;

    /// <summary>
    /// Applies the slots written after the snapshot, in order, stopping at the first that does not follow
    /// (an older round's slot, or one never written). Answers the version the last applied slot recorded.
    /// </summary>
    public long Replay(long snapshotSequence, Dictionary<string, TEntry> entries)
    {
        _folded = _written = _tried = snapshotSequence;
        long version = 0;
        for (var next = snapshotSequence + 1; next <= snapshotSequence + Slots; next++)
        {
            var slot = _slots[next % Slots].State;
            if (slot is null || slot.Sequence != next)
            {
                break;
            }

            foreach (var (participantId, entry) in slot.Entries)
            {
                entries[participantId] = entry;
            }

            version = Math.Max(version, slot.Version);
            _written = _tried = next;
        }

        return version;
    }

    /// <summary>
    /// Stores one write of the grain: the whole snapshot when <paramref name="whole"/> (written by
    /// <paramref name="writeSnapshot"/>, told which sequence it includes), otherwise only the entries of the
    /// <paramref name="changed"/> participants, in the next slot.
    /// </summary>
    public async Task StoreAsync(bool whole, Func<long, Task> writeSnapshot, long version, IEnumerable<string> changed, Dictionary<string, TEntry> entries)
    {
        if (!whole)
        {
            await WriteAsync(version, changed.ToDictionary(participantId => participantId, participantId => entries[participantId]));
            return;
        }

        var included = Included;
        await writeSnapshot(included);
        Folded(included);
    }

    public async Task WriteAsync(long version, Dictionary<string, TEntry> changed)
    {
        var sequence = _written + 1;
        _tried = Math.Max(_tried, sequence);
        var slot = _slots[sequence % Slots];
        slot.State = new JournalSlot<TEntry> { Sequence = sequence, Version = version, Entries = changed };
        await slot.WriteStateAsync();
        _written = sequence;
    }

    /// <summary>After a snapshot that included <paramref name="sequence"/> was stored.</summary>
    public void Folded(long sequence)
    {
        _folded = sequence;
        _written = Math.Max(_written, sequence);
    }

    /// <summary>Deletes every slot storage holds (a slot never written has nothing to delete).</summary>
    public Task ClearAsync() => Task.WhenAll(_slots.Where(slot => slot.RecordExists).Select(slot => slot.ClearStateAsync()));
}
