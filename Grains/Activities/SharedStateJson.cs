using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// An activity's state as JSON without its participants' entries and its version: what a journal slot
/// cannot carry. A write may go to the journal only when this is unchanged since the last full write,
/// which every kind gets without saying which of its inputs touch shared state (a proposal, a group, an
/// idea moved on the wall). Members marked <see cref="RecountedFromEntriesAttribute"/> are left out too. Only for comparing: storage writes the state with its own serializer.
/// </summary>
internal static class SharedStateJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IgnoreReadOnlyProperties = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutEntriesAndCounters } },
    };

    public static byte[] Of(object state) => JsonSerializer.SerializeToUtf8Bytes(state, state.GetType(), Options);

    private static void LeaveOutEntriesAndCounters(JsonTypeInfo type)
    {
        if (!typeof(IHoldsEntries).IsAssignableFrom(type.Type))
        {
            return;
        }

        foreach (var member in type.Properties)
        {
            member.ShouldSerialize = member.Name is "Version" or "JournalSequence"
                || member.AttributeProvider?.IsDefined(typeof(RecountedFromEntriesAttribute), inherit: true) == true
                ? (_, _) => false
                : (state, value) => !ReferenceEquals(value, ((IHoldsEntries)state).Entries);
        }
    }
}
