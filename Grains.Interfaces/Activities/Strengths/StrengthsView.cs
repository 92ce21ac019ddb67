namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// The team's shared picture of a strengths map: the catalogue (always, so the room can read what it
/// is choosing from), how many have taken part, and, once results may be seen, the aggregates: counts per
/// strength, the heat of each domain, the strengths the team shares most, those not yet in the room, and
/// the people × strengths grid of those who agreed to be shown (left out beyond
/// <see cref="MaxGridPeople"/>, where a grid is unreadable on a room display). Never anyone's recognitions.
/// <see cref="Teammates"/> lists the session's people so a phone can recognise one (the audience's
/// session view carries no names); left out beyond <see cref="MaxTeammates"/>. <see cref="Examples"/>
/// is the facilitator's alone, for moderation.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record StrengthsView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] IReadOnlyList<StrengthDomain> Domains,
    [property: Id(1)] IReadOnlyList<Strength> Strengths,
    [property: Id(2)] int Choosers,
    [property: Id(3)] int Recognisers,
    [property: Id(4)] IReadOnlyList<Teammate>? Teammates,
    [property: Id(5)] IReadOnlyList<StrengthCount>? Counts,
    [property: Id(6)] IReadOnlyList<DomainHeat>? Heat,
    [property: Id(7)] IReadOnlyList<string>? MostShared,
    [property: Id(8)] IReadOnlyList<string>? NotYetInTheRoom,
    [property: Id(9)] IReadOnlyList<PersonColumn>? Grid,
    [property: Id(10)] int ShownPeople,
    [property: Id(11)] IReadOnlyList<ExampleToModerate>? Examples) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    /// <summary>Beyond this many people shown, the board gives the heat map and top lists instead of a grid.</summary>
    public const int MaxGridPeople = 30;

    /// <summary>Beyond this many people in the session, phones get no list of names to recognise from.</summary>
    public const int MaxTeammates = 100;

    // The JSON names (camel case, as the hub writes them) of what Paced leaves out.
    private static readonly IReadOnlyList<string> UnchangedWhilePaced = ["domains", "strengths", "teammates"];

    public override string Kind => StrengthsKind.Name;

    protected override ActivityView Shared() => Stage.Anonymous
        ? this with
        {
            Examples = null,
            Counts = Counts?.Select(c => c with { ChosenBySelf = AtLeastThree(c.ChosenBySelf), SeenByOthers = AtLeastThree(c.SeenByOthers) }).ToArray(),
            // A domain's total less its strengths' shown counts would give a left-out one: a domain with a
            // left-out count shows no total for that measure either.
            Heat = Heat?.Select(h => h with
            {
                ChosenBySelf = HasSmall(h.DomainId, c => c.ChosenBySelf) ? null : AtLeastThree(h.ChosenBySelf),
                SeenByOthers = HasSmall(h.DomainId, c => c.SeenByOthers) ? null : AtLeastThree(h.SeenByOthers),
            }).ToArray(),
            // A column's "seen by others 2" is as small a count as the heat map's, and must read the same.
            Grid = Grid?.Select(p => p with { SeenByOthers = p.SeenByOthers.Select(t => t with { Times = AtLeastThree(t.Times) }).ToArray() }).ToArray(),
        }
        : this with { Examples = null };

    protected override ActivityView WhileHidden() => this with
    {
        Counts = null,
        Heat = null,
        MostShared = null,
        NotYetInTheRoom = null,
        Grid = null,
        Examples = null,
    };

    /// <summary>
    /// Without the catalogue, names and descriptions, which was most of each push (at 10,000 phones two
    /// paced pushes a second carried it 20,000 times), and without the list of teammates. Both change only
    /// when the facilitator adds to the catalogue or someone joins, which goes to the phones whole and at
    /// once (see <see cref="SameApartFromInput"/>).
    /// </summary>
    public override ActivityView Paced() => this with { Domains = [], Strengths = [], Teammates = null, LeftOut = UnchangedWhilePaced };

    // The catalogue only grows, so its length tells whether the facilitator added to it.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is StrengthsView e
        && e.Domains.Count == Domains.Count
        && e.Strengths.Count == Strengths.Count
        && (e.Teammates ?? []).SequenceEqual(Teammates ?? []);

    /// <summary>Whether any strength of the domain has a count of one or two for the measure.</summary>
    public bool HasSmall(string domainId, Func<StrengthCount, int?> measure) =>
        (Counts ?? []).Any(c => measure(c) is 1 or 2 && Strengths.Any(s => s.StrengthId == c.StrengthId && s.DomainId == domainId));

    // Zero stays: "not yet in the room" names no one.
    private static int? AtLeastThree(int? count) => count is 1 or 2 ? null : count;
}
