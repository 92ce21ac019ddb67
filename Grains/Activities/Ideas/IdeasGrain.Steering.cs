using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Ideas;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>The facilitator's own commands of an ideas activity: phases, pages, grouping, moderation and the shortlist.</summary>
public sealed partial class IdeasGrain
{
    private const string ShortlistNotSaved = "Not saved: the team's shortlist could not be stored just now. Try again.";

    // What the team's shortlist answered to a keep or un-keep, between BeforeSteerAsync (which asks it)
    // and SteerKind (which changes this activity), by command instance: commands may interleave here.
    private readonly Dictionary<ActivityCommand, ShortlistAnswer> _shortlistAnswers = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Keeping is stored with the team first, then here: a keep the activity then fails to store is kept
    /// once more by the retry (the team's shortlist keeps it once), and an item is never shown kept here
    /// while the team's shortlist lacks it.
    /// </summary>
    protected override async Task BeforeSteerAsync(ActivityCommand command)
    {
        if (!State.IsSetUp || command.Name is not (IdeasCommands.Keep or IdeasCommands.Unkeep) || CheckKeep(command) is not null)
        {
            return;
        }

        var itemId = command.Target!;
        var keptAt = Time.GetUtcNow();
        var text = KeptText(itemId);
        try
        {
            var shortlist = await ShortlistAsync();
            var outcome = command.Name == IdeasCommands.Keep
                ? await shortlist.Keep(new ShortlistItem(ActivityId, itemId, text, State.Title, State.SessionId, keptAt))
                : await shortlist.Unkeep(ActivityId, itemId);
            _shortlistAnswers[command] = new ShortlistAnswer(outcome.Rejection, text, keptAt);
        }
        catch (Exception)
        {
            _shortlistAnswers[command] = new ShortlistAnswer(ShortlistNotSaved, text, keptAt);
        }
    }

    protected override Steering SteerKind(ActivityCommand command)
    {
        switch (command.Name)
        {
            case IdeasCommands.Phase:
                return SteerPhase(command.Text);
            case IdeasCommands.Page:
                if (!int.TryParse(command.Text, System.Globalization.CultureInfo.InvariantCulture, out var page) || page < 1)
                {
                    return Steering.Refused("Say which page.");
                }

                if (page == State.Page)
                {
                    return Steering.AlreadySo;
                }

                State.Page = page;
                return Steering.Changed;
            case IdeasCommands.Group or IdeasCommands.Ungroup or IdeasCommands.Merge or IdeasCommands.NameGroup:
                return State.CurrentPhase == IdeasPhase.Grouping
                    ? SteerGrouping(command)
                    : Steering.Refused(State.CurrentPhase == IdeasPhase.Writing ? "Entries are grouped once they are revealed." : "The groups stay as they are once voting starts.");
            case IdeasCommands.SetAside:
                return Moderate(command.Target, IdeaModeration.SetAside);
            case IdeasCommands.Restore:
                return Moderate(command.Target, IdeaModeration.None);
            case IdeasCommands.Remove:
                return Moderate(command.Target, IdeaModeration.Removed);
            case IdeasCommands.Keep or IdeasCommands.Unkeep:
                return SteerShortlist(command);
            default:
                return Steering.Unknown;
        }
    }

    private Steering SteerPhase(string? text)
    {
        if (!State.Revealed)
        {
            return Steering.Refused("Reveal the entries first: until then the room is writing.");
        }

        if (!Enum.TryParse<IdeasPhase>(text, ignoreCase: true, out var phase) || phase == IdeasPhase.Writing || !Enum.IsDefined(phase))
        {
            return Steering.Refused("There is no such phase: grouping, voting or shortlist.");
        }

        if (phase == State.Phase)
        {
            return Steering.AlreadySo;
        }

        if (phase == IdeasPhase.Grouping && (_tally.DotsPlaced > 0 || State.Kept.Count > 0))
        {
            return Steering.Refused("Dots are on these groups already: the groups stay as they are.");
        }

        State.Phase = phase;
        State.Page = 1;
        State.ClosesAt = null;
        if (phase == IdeasPhase.Voting)
        {
            // Starting the vote opens the activity for dots, however it was left after writing.
            State.Status = ActivityStatus.Open;
        }
        else if (phase == IdeasPhase.Shortlist && State.Status == ActivityStatus.Open)
        {
            State.Status = ActivityStatus.Closed;
        }

        return Steering.Changed;
    }

    private Steering SteerGrouping(ActivityCommand command)
    {
        switch (command.Name)
        {
            case IdeasCommands.Merge:
                return _wall.Merge(command.Target, command.Text, byFacilitator: true);
            case IdeasCommands.NameGroup:
                return _wall.Name(command.Target, command.Text);
        }

        if (command.Name == IdeasCommands.Group && string.IsNullOrEmpty(command.Text))
        {
            return Steering.Refused("Say where the entries go.");
        }

        var movers = (command.Target ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (change, outcome) = _wall.Check(movers, command.Name == IdeasCommands.Group ? command.Text : null);
        if (change is not null)
        {
            _wall.Apply(change, byFacilitator: true);
        }

        return outcome;
    }

    private Steering Moderate(string? entryId, IdeaModeration moderation)
    {
        if (entryId is null || _wall.Find(entryId) is not { } found)
        {
            return Steering.Refused("That entry is not there (any more).");
        }

        var (author, idea) = found;

        if (idea.Moderation == moderation)
        {
            return Steering.AlreadySo;
        }

        if (idea.Moderation == IdeaModeration.Removed)
        {
            return Steering.Refused("That entry is removed: it cannot come back.");
        }

        var item = _wall.ItemOf(entryId);
        if (moderation != IdeaModeration.None && State.Kept.Exists(k => k.ItemId == item))
        {
            return Steering.Refused("This one is kept for the plan: take it off the shortlist first.");
        }

        var emptied = _wall.Moderate(idea, moderation);

        // Dots on something that left the wall go back to whoever placed them; dots on a group that lost
        // an entry stay, and their owners see what the group is called now.
        if (item == entryId || emptied is not null)
        {
            ReturnDots(item);
        }
        else
        {
            foreach (var (participantId, person) in State.People.Where(p => p.Value.Dots.ContainsKey(item)).ToArray())
            {
                Touch(participantId);
            }
        }

        Touch(author);
        return Steering.Changed;
    }

    private void ReturnDots(string itemId)
    {
        foreach (var (participantId, person) in State.People.Where(p => p.Value.Dots.ContainsKey(itemId)).ToArray())
        {
            _tally.Remove(person);
            person.Dots = person.Dots.Where(d => d.Key != itemId).ToDictionary(d => d.Key, d => d.Value);
            _tally.Add(person);
            Touch(participantId);
        }
    }

    private Steering SteerShortlist(ActivityCommand command)
    {
        _shortlistAnswers.Remove(command, out var answer);
        if (CheckKeep(command) is { } problem)
        {
            // The room moved on while the team's shortlist was asked (the phase changed, say): undo there.
            if (answer is { Refusal: null })
            {
                _ = UndoOnShortlistAsync(command, answer);
            }

            return Steering.Refused(problem);
        }

        if (answer is null)
        {
            return Steering.Refused(ShortlistNotSaved);
        }

        if (answer.Refusal is { } refusal)
        {
            return Steering.Refused(refusal);
        }

        var itemId = command.Target!;
        var kept = State.Kept.Find(k => k.ItemId == itemId);
        if (command.Name == IdeasCommands.Unkeep)
        {
            if (kept is null)
            {
                return Steering.AlreadySo;
            }

            State.Kept.Remove(kept);
            return Steering.Changed;
        }

        if (kept is not null)
        {
            return Steering.AlreadySo;
        }

        State.Kept.Add(new StoredKept { ItemId = itemId, Text = answer.Text, KeptAt = answer.KeptAt });
        return Steering.Changed;
    }

    /// <summary>Why a keep or un-keep cannot be done now, or null. Asked before the team's shortlist is, and again after.</summary>
    private string? CheckKeep(ActivityCommand command)
    {
        if (State.CurrentPhase != IdeasPhase.Shortlist)
        {
            return "Items are kept for the plan once voting is over: show the shortlist first.";
        }

        if (command.Target is not { } itemId || (!_wall.IsItem(itemId) && !State.Kept.Exists(k => k.ItemId == itemId)))
        {
            return "That is no longer on the wall: look again.";
        }

        return command.Name == IdeasCommands.Keep && !State.Kept.Exists(k => k.ItemId == itemId) && State.Kept.Count >= IdeasRules.MaxKept
            ? $"At most {IdeasRules.MaxKept} items can be kept from one activity: take one off to keep another."
            : null;
    }

    private async Task UndoOnShortlistAsync(ActivityCommand command, ShortlistAnswer answer)
    {
        try
        {
            var shortlist = await ShortlistAsync();
            _ = command.Name == IdeasCommands.Keep
                ? await shortlist.Unkeep(ActivityId, command.Target!)
                : await shortlist.Keep(new ShortlistItem(ActivityId, command.Target!, answer.Text, State.Title, State.SessionId, answer.KeptAt));
        }
        catch (Exception)
        {
            // Best effort: the facilitator sees the refusal and can keep or un-keep again.
        }
    }

    private string KeptText(string itemId) => State.Kept.Find(k => k.ItemId == itemId)?.Text ?? _wall.Label(itemId) ?? "";

    private async Task<ITeamShortlistGrain> ShortlistAsync()
    {
        if (State.TeamId is null)
        {
            var teamId = (await GrainFactory.GetGrain<ISessionGrain>(State.SessionId).GetView()).TeamId;
            if (string.IsNullOrEmpty(teamId))
            {
                throw new InvalidOperationException("The session of this activity belongs to no team.");
            }

            State.TeamId = teamId;
        }

        return GrainFactory.GetGrain<ITeamShortlistGrain>(State.TeamId);
    }

    /// <summary>The team's shortlist's answer to one keep or un-keep, with the text and time it was kept with.</summary>
    private sealed record ShortlistAnswer(string? Refusal, string Text, DateTimeOffset KeptAt);
}
