using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// A strengths map as points of the team's results over time: per strength (by its name, so the same
/// strength lines up across sessions), how many people were seen with it, by their own choice or a
/// teammate's recognition, each person once. Counts only: who has which strength stays in the activity.
/// </summary>
internal static class StrengthsPoints
{
    public const string GroupLabel = "Strengths map";

    public static RepeatedResults Of(StrengthsState state, StrengthsView stored)
    {
        var people = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (participantId, entry) in state.People)
        {
            foreach (var strengthId in entry.Mine)
            {
                With(people, strengthId).Add(participantId);
            }

            foreach (var recognition in entry.Given)
            {
                With(people, recognition.StrengthId).Add(recognition.ParticipantId);
            }
        }

        var items = state.Strengths
            .Select(s => new RepeatedItem(s.Name, stored.Stage.Contributors, Count: people.GetValueOrDefault(s.StrengthId)?.Count ?? 0))
            .ToArray();
        return new RepeatedResults(StrengthsKind.Name, StrengthsKind.Name, GroupLabel, ResultMeasure.Count, stored.Stage.Contributors, state.Anonymous, items);
    }

    private static HashSet<string> With(Dictionary<string, HashSet<string>> people, string strengthId)
    {
        if (!people.TryGetValue(strengthId, out var set))
        {
            set = people[strengthId] = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }
}
