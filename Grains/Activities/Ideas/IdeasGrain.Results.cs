using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Ideas;

namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// What an ideas activity gives the results download: the shortlist first (rows named "Shortlist", whose
/// items later activities import), the dots, the groups and every entry on the wall. Nothing of it
/// before the reveal unless the facilitator may screen: the download is the facilitator's, and what they
/// may not read on the console they may not download either. Read from the wall as the grain holds it,
/// which is at most the write in flight ahead of storage.
/// </summary>
public sealed partial class IdeasGrain
{
    /// <summary>The section later activities take items from (a 2×2 imports an ideas activity's shortlist).</summary>
    public const string ShortlistSection = "Shortlist";

    private bool TextsOut => State.Revealed || State.ScreenBeforeReveal;

    protected override IReadOnlyList<ResultRow> ResultRows(IdeasView stored)
    {
        if (!TextsOut)
        {
            return [new ResultRow("Entries", null, "Entries written (not revealed)", _wall.Visible, null)];
        }

        var rows = new List<ResultRow>();
        var kept = State.Kept.Select(k => k.ItemId).ToHashSet();
        rows.AddRange(State.Kept.Select((k, i) => Row(ShortlistSection, i + 1, k.Text, k.ItemId)));

        var wall = _wall.Items();
        if (State.CurrentPhase >= IdeasPhase.Voting)
        {
            var ranking = IdeaPages.Ranking(OnWall(wall), id => _tally.For(id).Dots, (item, rank) => Ranked(item, rank, kept), kept, all: true);
            rows.AddRange(ranking.Select(r => new ResultRow("Dots", r.Rank, r.Label, r.Dots, r.Voters, r.FewerThanThree)));
        }

        rows.AddRange(wall.Where(i => i.IsGroup).Select(g => new ResultRow("Groups", null, g.Label, g.Entries.Count, null)));
        rows.AddRange(wall.SelectMany(i => i.Entries).Where(e => e.Moderation == IdeaModeration.None).Select(e => new ResultRow("Ideas", null, e.Text, null, null)));
        rows.AddRange(wall.SelectMany(i => i.Entries).Where(e => e.Moderation == IdeaModeration.SetAside).Select(e => new ResultRow("Set aside by the facilitator", null, e.Text, null, null)));
        return rows;
    }

    protected override object? ResultDetails(IdeasView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names)
    {
        if (!TextsOut)
        {
            return new IdeasDetails(State.Prompt, State.CurrentPhase, [], [], null);
        }

        var wall = _wall.Items();
        var groups = wall.Where(i => i.IsGroup)
            .Select(g => new IdeaGroupExport(g.Name, g.Entries.Select(e => e.Text).ToArray(), _tally.For(g.ItemId).Dots))
            .ToArray();
        var ungrouped = wall.Where(i => !i.IsGroup && i.Entries[0].Moderation == IdeaModeration.None).Select(i => i.Entries[0].Text).ToArray();
        IReadOnlyList<PersonIdeas>? people = null;
        if (!State.Anonymous)
        {
            people = contributions
                .Select(c => (Name: names.GetValueOrDefault(c.Key, ActivityResults.RemovedParticipant), Part: c.Value as IdeasContribution))
                .Where(c => c.Part is { Entries.Count: > 0 } or { Dots.Count: > 0 })
                .Select(c => new PersonIdeas(
                    c.Name,
                    c.Part!.Entries.Where(e => e.Moderation != IdeaModeration.Removed).Select(e => e.Text).ToArray(),
                    c.Part.Dotted.ToDictionary(d => d.Label, d => c.Part.Dots.GetValueOrDefault(d.ItemId))))
                .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToArray();
        }

        return new IdeasDetails(State.Prompt, State.CurrentPhase, groups, ungrouped, people);
    }

    private ResultRow Row(string section, int? rank, string text, string itemId)
    {
        var (dots, voters, fewer) = Counted(itemId);
        return new ResultRow(section, rank, text, dots, voters, fewer);
    }
}
