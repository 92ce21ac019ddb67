using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using Orleans.Runtime;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// A strengths map keeps its counts, who is shown and its newest examples running as input arrives,
/// instead of working them out from every entry on each write. These tests drive it through many
/// inputs, changed and withdrawn recognitions, hidden columns, moderation and a late joiner, and check
/// the view against counts worked out here and against the view a reactivated map rebuilds from storage.
/// </summary>
[Collection(GrainClusterCollection.Name)]
public sealed class StrengthsTotalsTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_map_kept_up_input_by_input_shows_what_a_map_rebuilt_from_storage_shows()
    {
        var random = new Random(16);
        var people = Enumerable.Range(1, 36).Select(i => $"p{i:00}").ToList();
        var (session, map) = await OpenMapAsync(people);
        var strengths = (await ViewAsync(map)).Strengths.Select(s => s.StrengthId).ToArray();
        var inputs = new Dictionary<string, StrengthsInput>();
        var hidden = 0;

        // Few people first, so the grid is there, then enough that it is not; examples past the newest 200.
        foreach (var (round, size) in new[] { 2, 3, 12, 12, 12, 12, 12, 12, 12, 12 }.Select((size, round) => (round, size)))
        {
            if (round == 3)
            {
                Assert.True((await session.Join("late", "Late").WaitAsync(Timeout)).Succeeded);
                await Eventually.ReturnsAsync(() => ViewAsync(map), v => v.Teammates!.Any(t => t.ParticipantId == "late"), "the late joiner among the teammates");
                people.Add("late");
            }

            var submitters = people.OrderBy(_ => random.Next()).Take(size).ToArray();
            var submissions = submitters.Select(p => (Participant: p, Input: RandomInput(random, p, people, strengths, late: round == 3))).ToArray();
            var receipts = await Task.WhenAll(submissions.Select(s => map.Submit(s.Participant, Guid.NewGuid().ToString("N"), s.Input).WaitAsync(Timeout)));
            Assert.All(receipts, r => Assert.True(r.Accepted, r.Rejection));
            foreach (var (participant, input) in submissions)
            {
                inputs[participant] = input;
            }

            if (round is 4 or 9)
            {
                hidden += await ModerateAsync(map, random);
            }

            AssertShowsWhatWasGiven(await ViewAsync(map), inputs, strengths);
        }

        Assert.True(hidden > 0);
        Assert.Equal(200, (await ViewAsync(map)).Examples!.Count);
        var before = await SnapshotAsync(map, people);
        await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero).WaitAsync(Timeout);
        var after = await SnapshotAsync(map, people);

        Assert.Equal(before.View, after.View);
        Assert.Equal(before.Contributions, after.Contributions);
        Assert.Contains("\"Hidden\":true", before.View);
    }

    private async Task<(ISessionGrain Session, IStrengthsGrain Map)> OpenMapAsync(IEnumerable<string> people)
    {
        var session = fixture.Grains.GetGrain<ISessionGrain>("session-" + Guid.NewGuid().ToString("N"));
        Assert.True((await session.Open(new SessionOpening("team-1", "Team", "Workshop", "JOINCODE")).WaitAsync(Timeout)).Succeeded);
        foreach (var id in people)
        {
            Assert.True((await session.Join(id, "Name " + id).WaitAsync(Timeout)).Succeeded);
        }

        var activityId = "act-" + Guid.NewGuid().ToString("N");
        Assert.True((await session.AddActivity(activityId, new StrengthsSetup("Our strengths", null, null, false, Anonymous: false)).WaitAsync(Timeout)).Succeeded);
        var map = fixture.Grains.GetGrain<IStrengthsGrain>(activityId);
        Assert.True((await map.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout)).Succeeded);
        return (session, map);
    }

    /// <summary>Up to five strengths, up to twenty teammates, mostly with one of a few examples (so an unchanged one keeps its id), sometimes a hidden column.</summary>
    private static StrengthsInput RandomInput(Random random, string participant, IReadOnlyList<string> people, string[] strengths, bool late)
    {
        var mine = strengths.OrderBy(_ => random.Next()).Take(random.Next(0, 6)).ToArray();
        var teammates = people.Where(p => p != participant).OrderBy(_ => random.Next()).Take(random.Next(0, 21)).ToList();
        if (late && participant != "late" && !teammates.Contains("late"))
        {
            teammates.Add("late");
        }

        var recognitions = teammates
            .Select(p => new Recognition(p, strengths[random.Next(strengths.Length)], random.Next(10) < 9 ? $"Example {random.Next(4)}" : null))
            .ToArray();
        return new StrengthsInput(mine, recognitions, ShowMyColumn: random.Next(10) < 8);
    }

    /// <summary>Hides three listed examples and shows one of them again; answers how many stay hidden.</summary>
    private static async Task<int> ModerateAsync(IStrengthsGrain map, Random random)
    {
        var examples = (await ViewAsync(map)).Examples!.Where(e => !e.Hidden).OrderBy(_ => random.Next()).Take(3).ToArray();
        foreach (var example in examples)
        {
            Assert.True((await map.Steer(new ActivityCommand(StrengthsCommands.HideExample, Target: example.ExampleId)).WaitAsync(Timeout)).Succeeded);
        }

        Assert.True((await map.Steer(new ActivityCommand(StrengthsCommands.ShowExample, Target: examples[0].ExampleId)).WaitAsync(Timeout)).Succeeded);
        return examples.Length - 1;
    }

    private static void AssertShowsWhatWasGiven(StrengthsView view, IReadOnlyDictionary<string, StrengthsInput> inputs, string[] strengths)
    {
        var given = inputs.Values.SelectMany(i => i.Recognitions).ToArray();
        Assert.Equal(
            strengths.Select(s => (s, inputs.Values.Count(i => i.Mine.Contains(s)), given.Count(r => r.StrengthId == s))),
            view.Counts!.Select(c => (c.StrengthId, c.ChosenBySelf ?? -1, c.SeenByOthers ?? -1)));
        Assert.Equal(inputs.Values.Count(i => i.Mine.Count > 0), view.Choosers);
        Assert.Equal(inputs.Values.Count(i => i.Recognitions.Count > 0), view.Recognisers);

        var shown = inputs.Where(i => i.Value.Mine.Count > 0).Select(i => i.Key).Concat(given.Select(r => r.ParticipantId)).Distinct()
            .Where(p => inputs.GetValueOrDefault(p)?.ShowMyColumn ?? true)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(shown.Length, view.ShownPeople);
        if (shown.Length <= StrengthsView.MaxGridPeople)
        {
            Assert.Equal(shown, view.Grid!.Select(p => p.ParticipantId).Order(StringComparer.Ordinal));
        }
        else
        {
            Assert.Null(view.Grid);
        }

        Assert.Equal(Math.Min(200, given.Count(r => r.Example is not null)), view.Examples!.Count);
        Assert.All(view.Examples, e => Assert.Contains(given, r => r.ParticipantId == e.RecipientId && r.StrengthId == e.StrengthId && r.Example == e.Text));
    }

    /// <summary>The view and every contribution as JSON; who took part in a fixed order, as storage may list them in another.</summary>
    private static async Task<(string View, string[] Contributions)> SnapshotAsync(IStrengthsGrain map, IEnumerable<string> people)
    {
        var view = await ViewAsync(map);
        view = view with { Stage = view.Stage with { ContributorIds = view.Stage.ContributorIds?.Order(StringComparer.Ordinal).ToArray() } };
        var contributions = await Task.WhenAll(people.Select(p => map.GetContribution(p).WaitAsync(Timeout)));
        return (JsonSerializer.Serialize(view), contributions.Select(c => JsonSerializer.Serialize(c, c.GetType())).ToArray());
    }

    private static async Task<StrengthsView> ViewAsync(IStrengthsGrain map) => (StrengthsView)await map.GetView().WaitAsync(Timeout);
}
