using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Ideas;

namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// Ideas: private writing, then the reveal (the platform's), grouping, a dot vote and a shortlist kept
/// for the team's plan. Entries are stored with their author and leave the grain without one: views
/// carry texts only once revealed (or, screened, to the facilitator), a page at a time so no message
/// outgrows the hub. Grouping changes carry where the mover saw each entry and are refused when the wall
/// has moved on (<see cref="IdeaWall.Check"/>), so two people grouping at once never lose an entry.
/// Keeping and un-keeping reach the team's shortlist (<see cref="IdeasGrain.BeforeSteerAsync"/>).
/// </summary>
public sealed partial class IdeasGrain(
    [PersistentState("ideas", StorageNames.Activities)] IPersistentState<IdeasState> stored,
    TimeProvider time)
    : ActivityGrain<IdeasState, StoredIdeas, IdeasSetup, IdeasInput, IdeasView>(stored, time),
      IIdeasGrain
{
    private readonly IdeaWall _wall = new();
    private readonly IdeaTally _tally = new();

    // A phone's grouping change, checked in CheckInput and applied in ApplyInput, in the same turn.
    private GroupingChange? _checkedMove;

    protected override string NotOpenYet => "The facilitator has not opened this activity yet.";

    protected override string ClosedAlready => State.CurrentPhase switch
    {
        IdeasPhase.Writing => "Writing is closed.",
        IdeasPhase.Voting => "Voting is closed.",
        IdeasPhase.Shortlist => "Voting is over.",
        _ => "This activity is closed for now.",
    };

    protected override void Loaded()
    {
        _wall.Rebuild(State);
        _tally.Rebuild(State.People.Values);
    }

    protected override string? CheckSetup(IdeasSetup setup) => IdeasRules.CheckSetup(setup);

    protected override bool SameSetup(IdeasSetup setup) =>
        State.Prompt == IdeasRules.Prompt(setup.Prompt).Text
        && State.MaxEntriesPerPerson == setup.MaxEntriesPerPerson
        && State.MaxEntryLength == setup.MaxEntryLength
        && State.ScreenBeforeReveal == setup.ScreenBeforeReveal
        && State.PhonesMayGroup == setup.PhonesMayGroup
        && State.DotsPerPerson == setup.DotsPerPerson
        && State.MaxDotsPerItem == setup.MaxDotsPerItem;

    protected override void ApplySetup(IdeasSetup setup)
    {
        State.Prompt = IdeasRules.Prompt(setup.Prompt).Text;
        State.MaxEntriesPerPerson = setup.MaxEntriesPerPerson;
        State.MaxEntryLength = setup.MaxEntryLength;
        State.ScreenBeforeReveal = setup.ScreenBeforeReveal;
        State.PhonesMayGroup = setup.PhonesMayGroup;
        State.DotsPerPerson = setup.DotsPerPerson;
        State.MaxDotsPerItem = setup.MaxDotsPerItem;
        State.Phase = IdeasPhase.Grouping;

        // Private writing is the point of this activity: entries stay off every screen until revealed,
        // whatever the shared "hide results" box said.
        State.HideResultsUntilRevealed = true;
    }

    protected override string? CheckInput(string participantId, IdeasInput input)
    {
        _checkedMove = null;
        var parts = (input.Entries is null ? 0 : 1) + (input.Dots is null ? 0 : 1) + (input.Move is null ? 0 : 1);
        if (parts != 1)
        {
            return "Send your entries, your dots or a grouping change, one at a time.";
        }

        var phase = State.CurrentPhase;
        if (input.Entries is { } drafts)
        {
            return phase == IdeasPhase.Writing ? CheckEntries(participantId, drafts) : "Writing is over: the entries are revealed.";
        }

        if (input.Dots is { } dots)
        {
            return phase switch
            {
                IdeasPhase.Voting => CheckDots(dots),
                IdeasPhase.Shortlist => "Voting is over.",
                _ => "Voting has not started yet.",
            };
        }

        if (phase != IdeasPhase.Grouping)
        {
            return phase == IdeasPhase.Writing ? "Entries are grouped once they are revealed." : "Grouping is over.";
        }

        if (!State.PhonesMayGroup)
        {
            return "In this activity the facilitator does the grouping.";
        }

        var (change, outcome) = _wall.Check(input.Move!.Entries, input.Move.With);
        _checkedMove = change;
        return outcome.Result == SteeringResult.Refused ? outcome.Rejection : null;
    }

    protected override void ApplyInput(string participantId, StoredIdeas entry, IdeasInput input)
    {
        if (input.Entries is { } drafts)
        {
            _wall.Write(participantId, entry, drafts, text => IdeasRules.Entry(text, State.MaxEntryLength).Text);
        }
        else if (input.Dots is { } dots)
        {
            _tally.Remove(entry);
            entry.Dots = dots.Where(d => d.Value > 0).ToDictionary(d => d.Key, d => d.Value);
            _tally.Add(entry);
        }
        else if (_checkedMove is { } change)
        {
            _wall.Apply(change, byFacilitator: false);
        }

        _checkedMove = null;
    }

    protected override bool HasContent(StoredIdeas entry) =>
        entry.Dots.Count > 0 || entry.Ideas.Exists(i => i.Moderation != IdeaModeration.Removed);

    protected override IdeasView BuildView(ActivityStage stage)
    {
        var phase = State.CurrentPhase;
        IdeasPage? page = null;
        IReadOnlyList<IdeaItem>? items = null;
        IReadOnlyList<RankedIdea>? ranking = null;

        // Before the reveal no text leaves the grain, except to the facilitator of a screened activity
        // (the audience's copy leaves it out again: IdeasView.WhileHidden).
        if (State.Revealed || State.ScreenBeforeReveal)
        {
            var wall = _wall.Items();
            if (phase == IdeasPhase.Shortlist)
            {
                var kept = State.Kept.Select(k => k.ItemId).ToHashSet();
                ranking = IdeaPages.Ranking(OnWall(wall), id => _tally.For(id).Dots, (item, rank) => Ranked(item, rank, kept), kept);
            }
            else
            {
                (page, items) = IdeaPages.Page(wall, State.Page, (item, entries, more) => Shaped(item, entries, more, phase == IdeasPhase.Voting));
            }
        }

        return new IdeasView(
            ActivityId,
            State.SessionId,
            State.Version,
            stage,
            State.Prompt,
            phase,
            new IdeasSettings(State.MaxEntriesPerPerson, State.MaxEntryLength, State.ScreenBeforeReveal, State.PhonesMayGroup, State.DotsPerPerson, State.MaxDotsPerItem),
            _wall.Visible,
            _wall.SetAside,
            State.Groups.Count,
            State.GroupingVersion,
            page,
            items,
            _tally.DotsPlaced,
            ranking,
            State.Kept.Count);
    }

    protected override Contribution BuildContribution(string participantId)
    {
        if (!State.People.TryGetValue(participantId, out var person))
        {
            return EmptyContribution(participantId);
        }

        var dots = new Dictionary<string, int>(person.Dots);
        return new IdeasContribution(
            ActivityId,
            person.Ideas.Select(i => new OwnIdea(i.EntryId, i.Text, i.Moderation)).ToArray(),
            dots,
            State.DotsPerPerson - dots.Values.Sum(),
            dots.Keys.Select(id => new DottedIdea(id, _wall.Label(id) ?? "")).ToArray(),
            person.Revision);
    }

    protected override Contribution EmptyContribution(string participantId) =>
        new IdeasContribution(ActivityId, [], new Dictionary<string, int>(), State.DotsPerPerson, [], 0);

    private string? CheckEntries(string participantId, IReadOnlyList<IdeaDraft> drafts)
    {
        const string Malformed = "This list of entries is not in the shape the server takes. Reload the page and try again.";
        var mine = State.People.TryGetValue(participantId, out var person) ? person.Ideas.ToDictionary(i => i.EntryId) : [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var counted = 0;
        var added = 0;
        foreach (var draft in drafts)
        {
            if (draft is null || !IdeasRules.IsEntryId(draft.EntryId) || !seen.Add(draft.EntryId))
            {
                return Malformed;
            }

            var (text, problem) = IdeasRules.Entry(draft.Text, State.MaxEntryLength);
            if (mine.TryGetValue(draft.EntryId, out var own) && own.Moderation != IdeaModeration.None)
            {
                // The author may keep a set-aside entry on their list, or delete it, but not change it.
                if (problem is not null || text != own.Text)
                {
                    return $"The facilitator has set {IdeasRules.Quote(own.Text)} aside: you can delete it and write another.";
                }

                counted += own.Moderation == IdeaModeration.SetAside ? 1 : 0;
                continue;
            }

            if (problem is not null)
            {
                return problem;
            }

            if (own is null)
            {
                if (_wall.Find(draft.EntryId) is not null)
                {
                    return Malformed;
                }

                added++;
            }

            counted++;
        }

        if (counted > State.MaxEntriesPerPerson)
        {
            return State.MaxEntriesPerPerson == 1
                ? "You can write one entry: change it, or delete it to write another."
                : $"You can write at most {State.MaxEntriesPerPerson} entries: delete one to write another.";
        }

        var deleted = mine.Keys.Count(id => !seen.Contains(id));
        return _wall.Count + added - deleted > IdeasRules.MaxEntries
            ? $"This activity already holds {IdeasRules.MaxEntries} entries, as many as it can: change one of yours instead."
            : null;
    }

    private string? CheckDots(IReadOnlyDictionary<string, int> dots)
    {
        foreach (var (itemId, count) in dots)
        {
            if (!_wall.IsItem(itemId))
            {
                return "That is no longer on the wall: look again.";
            }

            if (count < 0)
            {
                return "Dots cannot be negative.";
            }

            if (count > State.MaxDotsPerItem)
            {
                return $"At most {State.MaxDotsPerItem} dots can go on one item: take one off here to put it elsewhere.";
            }
        }

        return dots.Values.Sum(v => (long)v) > State.DotsPerPerson ? $"All {State.DotsPerPerson} dots used: take one off to move it." : null;
    }

    private IdeaItem Shaped(WallItem item, IReadOnlyList<IdeaEntry> entries, int more, bool dots)
    {
        if (!dots)
        {
            return new IdeaItem(item.ItemId, item.IsGroup, item.Name, entries, more, null, null, false);
        }

        var (total, voters, fewer) = Counted(item.ItemId);
        return new IdeaItem(item.ItemId, item.IsGroup, item.Name, entries, more, total, voters, fewer);
    }

    private RankedIdea Ranked(WallItem item, int rank, ISet<string> kept)
    {
        var (total, voters, fewer) = Counted(item.ItemId);
        return new RankedIdea(rank, item.ItemId, item.Label, item.Entries.Count, total, voters, fewer, kept.Contains(item.ItemId));
    }

    /// <summary>The items the room votes on: groups, and entries in no group that are not set aside.</summary>
    private static IReadOnlyList<WallItem> OnWall(IReadOnlyList<WallItem> wall) =>
        wall.Where(i => i.IsGroup || i.Entries[0].Moderation == IdeaModeration.None).ToArray();

    /// <summary>An item's dots and voters; in an anonymous activity one or two voters are "fewer than three", never a number.</summary>
    private (int Dots, int? Voters, bool FewerThanThree) Counted(string itemId)
    {
        var (dots, voters) = _tally.For(itemId);
        return State.Anonymous && voters is 1 or 2 ? (dots, null, true) : (dots, voters, false);
    }
}
