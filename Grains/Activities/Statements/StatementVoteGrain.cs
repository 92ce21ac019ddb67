using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Activities.Statements;

/// <summary>
/// Everything the ways of voting on statements share, written once: the statements and their checks,
/// proposals from participants that the facilitator accepts, edits, merges or declines (the author is
/// told through their own contribution), and the board's "Where we disagree" view that the facilitator
/// steps through. A way of voting (dots, ranking, points, a scale) supplies its ballot and how a ballot
/// places a person on each statement.
/// </summary>
public abstract class StatementVoteGrain<TState, TEntry, TSetup, TInput, TView>(IPersistentState<TState> stored, TimeProvider time)
    : ActivityGrain<TState, TEntry, TSetup, TInput, TView>(stored, time)
    where TState : StatementVoteState<TEntry>
    where TEntry : StoredContribution, new()
    where TSetup : ActivitySetup, IStatementSetup
    where TInput : ActivityInput, IProposingInput
    where TView : ActivityView
{
    /// <summary>What the board shows now.</summary>
    protected BoardFocus Focus => State.DisagreementShown ? new BoardFocus(true, State.FocusedStatementId) : BoardFocus.Results;

    protected bool ResultsVisible => !State.HideResultsUntilRevealed || State.Revealed;

    protected sealed override string? CheckSetup(TSetup setup) => StatementRules.CheckStatements(setup.Statements) ?? CheckVoteSetup(setup);

    // Proposals accepted since may have added statements: a repeated setup only has to match the first ones.
    protected sealed override bool SameSetup(TSetup setup)
    {
        var typed = StatementRules.Statements(setup.Statements).Statements;
        return State.Statements.Count >= typed.Count
            && State.Statements.Take(typed.Count).Select(s => s.Text).SequenceEqual(typed)
            && SameVoteSetup(setup);
    }

    protected sealed override void ApplySetup(TSetup setup)
    {
        State.Statements = StatementRules.Statements(setup.Statements).Statements.Select((text, i) => new Statement($"s{i + 1}", text)).ToList();
        State.AllowProposals = setup.AllowProposals;
        ApplyVoteSetup(setup);
    }

    protected sealed override string? CheckInput(string participantId, TInput input) =>
        input.Propose is { } proposal ? CheckProposal(participantId, proposal) : CheckBallot(participantId, input);

    protected sealed override void ApplyInput(string participantId, TEntry entry, TInput input)
    {
        if (input.Propose is { } proposal)
        {
            State.Proposals.Add(new StoredProposal
            {
                ProposalId = $"p{State.Proposals.Count + 1}",
                AuthorId = participantId,
                Text = StatementRules.One(proposal).Text,
                Status = ProposalStatus.Waiting,
            });
            return;
        }

        ApplyBallot(participantId, entry, input);
    }

    protected sealed override Steering SteerKind(ActivityCommand command) => command.Name switch
    {
        StatementCommands.ShowDisagreement => Show(disagreement: true, null),
        StatementCommands.FocusStatement => State.Statements.Any(s => s.StatementId == command.Target)
            ? Show(disagreement: true, command.Target)
            : Steering.Refused("That statement is not part of this vote."),
        StatementCommands.ShowResults => Show(disagreement: false, null),
        StatementCommands.AcceptProposal => Accept(command.Target, command.Text),
        StatementCommands.MergeProposal => Merge(command.Target, command.Text),
        StatementCommands.DeclineProposal => Decide(command.Target, ProposalStatus.Declined, null),
        StatementCommands.Proposals => command.Text switch
        {
            "on" or "off" when State.AllowProposals == (command.Text == "on") => Steering.AlreadySo,
            "on" when ProposalsRefusal is { } refusal => Steering.Refused(refusal),
            "on" or "off" => Changed(() => State.AllowProposals = command.Text == "on"),
            _ => Steering.Refused("Say \"on\" or \"off\" for proposals."),
        },
        _ => SteerVote(command),
    };

    /// <summary>The way of voting's own checks of a setup (the statements are checked already).</summary>
    protected abstract string? CheckVoteSetup(TSetup setup);

    protected abstract bool SameVoteSetup(TSetup setup);

    protected abstract void ApplyVoteSetup(TSetup setup);

    /// <summary>Checks a ballot (the input carries no proposal; the vote is open).</summary>
    protected abstract string? CheckBallot(string participantId, TInput input);

    protected abstract void ApplyBallot(string participantId, TEntry entry, TInput input);

    /// <summary>The way of voting's own commands, if it has any.</summary>
    protected virtual Steering SteerVote(ActivityCommand command) => Steering.Unknown;

    /// <summary>Why this vote cannot take proposals, if it cannot (null: it can).</summary>
    protected virtual string? ProposalsRefusal => null;

    /// <summary>A proposal became <paramref name="statement"/>, now on the ballot (after every statement before it).</summary>
    protected virtual void StatementAdded(Statement statement)
    {
    }

    /// <summary>What became of this participant's proposals, for their own contribution.</summary>
    protected IReadOnlyList<OwnProposal> OwnProposals(string participantId) =>
        State.Proposals.Where(p => p.AuthorId == participantId)
            .Select(p => new OwnProposal(p.ProposalId, p.Text, p.Status, TextOf(p.StatementId)))
            .ToArray();

    /// <summary>Proposals for the facilitator to look at, with their authors only in a named activity.</summary>
    protected IReadOnlyList<WaitingProposal> WaitingProposals() =>
        State.Proposals.Where(p => p.Status == ProposalStatus.Waiting)
            .Select(p => new WaitingProposal(p.ProposalId, p.Text, State.Anonymous ? null : p.AuthorId))
            .ToArray();

    /// <summary>
    /// Each statement's agreement, from every ballot with content: <paramref name="answer"/> places the
    /// ballot's person on a statement (or leaves them out of it, returning null).
    /// </summary>
    protected IReadOnlyList<StatementAgreement> Agreements(Func<TEntry, string, (double Place, int Step)?> answer, IReadOnlyList<string> steps)
    {
        var ballots = State.Entries.Values.Where(HasContent).ToArray();
        var answers = new List<(double, int)>(ballots.Length);
        var agreements = new StatementAgreement[State.Statements.Count];
        for (var i = 0; i < agreements.Length; i++)
        {
            answers.Clear();
            var statementId = State.Statements[i].StatementId;
            foreach (var ballot in ballots)
            {
                if (answer(ballot, statementId) is { } placed)
                {
                    answers.Add(placed);
                }
            }

            agreements[i] = Agreement.Measure(statementId, answers, steps, State.Anonymous);
        }

        return agreements;
    }

    /// <summary>
    /// The statements' agreement as points of the team's results over time: one series per exact
    /// statement text under the way of voting (<paramref name="groupLabel"/>), so the same statements
    /// voted the same way in a later session line up, and a reworded one starts afresh.
    /// </summary>
    protected RepeatedResults StatementPoints(TView stored, string groupLabel, IReadOnlyList<Statement> statements, IReadOnlyList<StatementAgreement>? agreements)
    {
        var byId = (agreements ?? []).ToDictionary(a => a.StatementId);
        var items = statements.Select(s => byId.TryGetValue(s.StatementId, out var a)
                ? new RepeatedItem(s.Text, a.People, a.Average, a.Spread, null, a.Buckets.Select(b => new ResultBucket(b.Label, b.People, b.FewerThanThree)).ToArray())
                : new RepeatedItem(s.Text, 0))
            .ToArray();
        return new RepeatedResults(stored.Kind, stored.Kind, groupLabel, ResultMeasure.Agreement, stored.Stage.Contributors, State.Anonymous, items);
    }

    /// <summary>The results download's rows about agreement: the spread (most divided first), the splits, and each distribution.</summary>
    protected static IReadOnlyList<ResultRow> AgreementRows(IReadOnlyList<Statement> statements, IReadOnlyList<StatementAgreement>? agreements)
    {
        if (agreements is null)
        {
            return [];
        }

        var texts = statements.ToDictionary(s => s.StatementId, s => s.Text);
        var divided = agreements.Where(a => a.Spread is not null).OrderByDescending(a => a.Spread).ToArray();
        var rows = new List<ResultRow>();
        rows.AddRange(divided.Select((a, i) => new ResultRow("Spread (0 = one voice, 100 = two camps)", i + 1, texts[a.StatementId], (int)Math.Round(a.Spread!.Value * 100), a.People)));
        rows.AddRange(divided.Where(a => a.Split).Select(a => new ResultRow("Split into two camps", null, texts[a.StatementId], null, a.People)));
        rows.AddRange(agreements.SelectMany(a => a.Buckets.Select(b =>
            new ResultRow($"Distribution: {b.Label}", null, texts[a.StatementId], b.People, b.People, b.FewerThanThree))));
        return rows;
    }

    private Steering Show(bool disagreement, string? statementId)
    {
        if (disagreement && !ResultsVisible)
        {
            return Steering.Refused("Reveal the results first: the board cannot show where you disagree while they are hidden.");
        }

        return State.DisagreementShown == disagreement && State.FocusedStatementId == statementId
            ? Steering.AlreadySo
            : Changed(() =>
            {
                State.DisagreementShown = disagreement;
                State.FocusedStatementId = statementId;
            });
    }

    private Steering Accept(string? proposalId, string? edited)
    {
        if (Find(proposalId) is not { } proposal)
        {
            return Steering.Refused("There is no such proposal.");
        }

        if (proposal.Status != ProposalStatus.Waiting)
        {
            return proposal.Status == ProposalStatus.Accepted ? Steering.AlreadySo : Steering.Refused(AlreadyDecided(proposal));
        }

        var text = StatementRules.One(string.IsNullOrWhiteSpace(edited) ? proposal.Text : edited);
        if (text.Problem is { } problem)
        {
            return Steering.Refused(problem);
        }

        if (State.Statements.Count >= StatementRules.MaxStatements)
        {
            return Steering.Refused($"This vote has {StatementRules.MaxStatements} statements, as many as it can take: merge or decline.");
        }

        if (StatementRules.OnBallot(State.Statements, text.Text))
        {
            return Steering.Refused("That statement is on the ballot already: merge the proposal into it instead.");
        }

        var statement = new Statement(NextStatementId(), text.Text);
        State.Statements.Add(statement);
        StatementAdded(statement);
        return Decide(proposal.ProposalId, ProposalStatus.Accepted, statement.StatementId);
    }

    private Steering Merge(string? proposalId, string? statementId)
    {
        if (!State.Statements.Any(s => s.StatementId == statementId))
        {
            return Steering.Refused("Choose the statement on the ballot that this proposal repeats.");
        }

        return Find(proposalId) is { Status: ProposalStatus.Merged } merged && merged.StatementId == statementId
            ? Steering.AlreadySo
            : Decide(proposalId, ProposalStatus.Merged, statementId);
    }

    private Steering Decide(string? proposalId, ProposalStatus status, string? statementId)
    {
        if (Find(proposalId) is not { } proposal)
        {
            return Steering.Refused("There is no such proposal.");
        }

        if (proposal.Status != ProposalStatus.Waiting)
        {
            return proposal.Status == status ? Steering.AlreadySo : Steering.Refused(AlreadyDecided(proposal));
        }

        proposal.Status = status;
        proposal.StatementId = statementId;
        Touch(proposal.AuthorId);
        return Steering.Changed;
    }

    private string? CheckProposal(string participantId, string proposal)
    {
        if (!State.AllowProposals)
        {
            return "The facilitator is not taking proposals for this vote.";
        }

        var text = StatementRules.One(proposal);
        if (text.Problem is { } problem)
        {
            return problem;
        }

        if (StatementRules.OnBallot(State.Statements, text.Text))
        {
            return "That statement is on the ballot already.";
        }

        var waiting = State.Proposals.Where(p => p.AuthorId == participantId && p.Status == ProposalStatus.Waiting).ToArray();
        if (waiting.Any(p => TextRules.NameKey(p.Text) == TextRules.NameKey(text.Text)))
        {
            return "You have proposed that already: it is waiting for the facilitator.";
        }

        if (waiting.Length >= StatementRules.MaxWaitingPerPerson)
        {
            return $"You have {StatementRules.MaxWaitingPerPerson} proposals waiting: once the facilitator has looked at them you can propose more.";
        }

        return State.Proposals.Count >= StatementRules.MaxProposals ? "This vote takes no more proposals." : null;
    }

    private string AlreadyDecided(StoredProposal proposal) => proposal.Status switch
    {
        ProposalStatus.Accepted => "That proposal is on the ballot already.",
        ProposalStatus.Merged => "That proposal was merged already.",
        _ => "That proposal was declined already.",
    };

    private StoredProposal? Find(string? proposalId) => State.Proposals.FirstOrDefault(p => p.ProposalId == proposalId);

    private string? TextOf(string? statementId) => State.Statements.FirstOrDefault(s => s.StatementId == statementId)?.Text;

    private string NextStatementId()
    {
        var n = State.Statements.Count + 1;
        while (State.Statements.Any(s => s.StatementId == $"s{n}"))
        {
            n++;
        }

        return $"s{n}";
    }

    private static Steering Changed(Action change)
    {
        change();
        return Steering.Changed;
    }
}
