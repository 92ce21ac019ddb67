using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Grid;
using AntiLeadership.Live.Grains.Activities.Grid;

namespace AntiLeadership.Live.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class GridGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly GridAxis Effort = new("Effort", "low", "high");
    private static readonly GridAxis Impact = new("Impact", "low", "high");

    private static int _submissions;

    private static GridSetup Setup(bool anonymous = false, bool hidden = false, params string[] items) =>
        new("Where to start", Effort, Impact, items.Length > 0 ? items : ["Fix the build", "Write onboarding notes", "Rotate the on-call"], hidden, anonymous);

    private async Task<IGridGrain> OpenGridAsync(bool anonymous = false, bool hidden = false)
    {
        var grid = fixture.Grains.GetGrain<IGridGrain>("act-" + Guid.NewGuid().ToString("N"));
        Assert.True((await grid.SetUp("session-" + Guid.NewGuid().ToString("N"), Setup(anonymous, hidden)).WaitAsync(Timeout)).Succeeded);
        Assert.True((await grid.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout)).Succeeded);
        return grid;
    }

    private static GridInput Place(params (string ItemId, int X, int Y)[] placements) =>
        new(placements.ToDictionary(p => p.ItemId, p => new GridPlacement(p.X, p.Y)));

    private static async Task<ContributionReceipt> PlaceAsync(IGridGrain grid, string participantId, params (string ItemId, int X, int Y)[] placements) =>
        await grid.Submit(participantId, $"sub-{Interlocked.Increment(ref _submissions)}", Place(placements)).WaitAsync(Timeout);

    private static async Task<GridView> ViewAsync(IGridGrain grid) => (GridView)await grid.GetView().WaitAsync(Timeout);

    private static async Task<GridView> AudienceViewAsync(IGridGrain grid) => (GridView)(await grid.GetView().WaitAsync(Timeout)).ForAudience();

    private static async Task<GridContribution> ContributionAsync(IGridGrain grid, string participantId) =>
        (GridContribution)await grid.GetContribution(participantId).WaitAsync(Timeout);

    private static Dictionary<string, (int X, int Y)> Placed(Contribution contribution) =>
        ((GridContribution)contribution).Placements.ToDictionary(p => p.Key, p => (p.Value.X, p.Value.Y));

    [Fact]
    public async Task A_position_runs_from_0_to_100_on_each_axis_and_anything_outside_is_refused_and_changes_nothing()
    {
        var grid = await OpenGridAsync();
        var corners = await PlaceAsync(grid, "ana", ("i1", 0, 0), ("i2", 100, 100), ("i3", 0, 100));

        var refused = new[]
        {
            await PlaceAsync(grid, "ana", ("i1", -1, 50)),
            await PlaceAsync(grid, "ana", ("i1", 50, 101)),
            await PlaceAsync(grid, "ana", ("i1", 101, -1)),
            await PlaceAsync(grid, "ana", ("i1", int.MinValue, int.MaxValue)),
        };

        Assert.True(corners.Accepted);
        Assert.All(refused, r => Assert.Equal("A position runs from 0 to 100 on each axis.", r.Rejection));
        Assert.All(refused, r => Assert.Equal(new Dictionary<string, (int, int)> { ["i1"] = (0, 0), ["i2"] = (100, 100), ["i3"] = (0, 100) }, Placed(r.Contribution)));
        Assert.Equal([(0, 0), (100, 100), (0, 100)], (await ViewAsync(grid)).Positions!.Select(p => (p.X!.Value, p.Y!.Value)));
    }

    [Fact]
    public async Task An_item_that_is_not_part_of_the_2x2_is_refused_and_changes_nothing()
    {
        var grid = await OpenGridAsync();
        await PlaceAsync(grid, "ana", ("i1", 20, 30));

        var unknown = await PlaceAsync(grid, "ana", ("i1", 40, 40), ("i99", 50, 50));
        var missingPosition = await grid.Submit("ana", "sub-null", new GridInput(new Dictionary<string, GridPlacement> { ["i2"] = null! })).WaitAsync(Timeout);

        Assert.Equal("That item is not part of this 2×2. Reload the page to see its items.", unknown.Rejection);
        Assert.Equal("Each placed item needs a position on both axes.", missingPosition.Rejection);
        Assert.Equal(new Dictionary<string, (int, int)> { ["i1"] = (20, 30) }, Placed((await ContributionAsync(grid, "ana"))));
        var view = await ViewAsync(grid);
        Assert.Equal([1, 0, 0], view.Positions!.Select(p => p.People!.Value));
        Assert.Equal((20, 30), (view.Positions![0].X, view.Positions[0].Y));
    }

    [Fact]
    public async Task Each_input_replaces_all_earlier_placements_so_an_item_left_out_is_no_longer_placed_and_nothing_counts_twice()
    {
        var grid = await OpenGridAsync();
        await PlaceAsync(grid, "ana", ("i1", 10, 10), ("i2", 90, 90));
        await PlaceAsync(grid, "ben", ("i1", 30, 30));

        var moved = await PlaceAsync(grid, "ana", ("i1", 50, 70));
        var again = await PlaceAsync(grid, "ana", ("i1", 50, 70));

        Assert.True(moved.Accepted);
        Assert.True(again.Accepted);
        Assert.Equal(new Dictionary<string, (int, int)> { ["i1"] = (50, 70) }, Placed(again.Contribution));
        var view = await ViewAsync(grid);
        Assert.Equal(new ItemPosition("i1", 2, 40, 50, 22), view.Positions![0]);
        Assert.Equal(new ItemPosition("i2", 0, null, null, null), view.Positions[1]);
        Assert.Equal(2, view.Stage.Contributors);

        // Taking every item off is allowed: that participant has then not taken part.
        var nothing = await PlaceAsync(grid, "ben");
        Assert.True(nothing.Accepted);
        var after = await ViewAsync(grid);
        Assert.Equal(1, after.Stage.Contributors);
        Assert.Equal(new ItemPosition("i1", 1, 50, 70, 0), after.Positions![0]);
    }

    [Fact]
    public async Task The_same_submission_sent_three_times_at_once_counts_once()
    {
        var grid = await OpenGridAsync();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => grid.Submit("ana", "sub-same", Place(("i1", 60, 40))))).WaitAsync(Timeout);

        Assert.All(receipts, r => Assert.True(r.Accepted));
        Assert.Single(receipts, r => !r.AlreadyCounted);
        Assert.Equal(1, (await ViewAsync(grid)).Positions![0].People);
    }

    [Fact]
    public async Task Each_item_shows_the_teams_average_position_and_how_far_from_it_people_placed_it()
    {
        var grid = await OpenGridAsync();
        // Item 1: four people in the four corners. Item 2: three people in one spot. Item 3: three
        // people on a line, whose average rounds (x̄ = 31⅓, ȳ = 60⅔).
        await PlaceAsync(grid, "ana", ("i1", 0, 0), ("i2", 80, 20), ("i3", 10, 60));
        await PlaceAsync(grid, "ben", ("i1", 100, 0), ("i2", 80, 20), ("i3", 30, 61));
        await PlaceAsync(grid, "cem", ("i1", 0, 100), ("i2", 80, 20), ("i3", 54, 61));
        await PlaceAsync(grid, "dan", ("i1", 100, 100));

        var positions = (await AudienceViewAsync(grid)).Positions!;

        // Spread: the root mean square distance from the average. Corners: √(50² + 50²) ≈ 70.7.
        Assert.Equal(new ItemPosition("i1", 4, 50, 50, 71), positions[0]);
        Assert.Equal(new ItemPosition("i2", 3, 80, 20, 0), positions[1]);
        // Σ(x−x̄)² = 21.33² + 1.33² + 22.67² ≈ 969.3; Σ(y−ȳ)² ≈ 0.67; √(970/3) ≈ 17.98.
        Assert.Equal(new ItemPosition("i3", 3, 31, 61, 18), positions[2]);
    }

    [Fact]
    public async Task In_an_anonymous_2x2_an_item_placed_by_fewer_than_three_people_has_no_position_or_count_anywhere_the_server_sends_it()
    {
        var grid = await OpenGridAsync(anonymous: true);
        await PlaceAsync(grid, "ana", ("i1", 10, 90), ("i2", 95, 5));
        await PlaceAsync(grid, "ben", ("i1", 20, 80), ("i2", 90, 10));
        await PlaceAsync(grid, "cem", ("i1", 30, 70));

        var console = await ViewAsync(grid);
        var audience = await AudienceViewAsync(grid);
        var results = await grid.GetResults(new Dictionary<string, string> { ["ana"] = "Ana", ["ben"] = "Ben", ["cem"] = "Cem" }).WaitAsync(Timeout);

        foreach (var view in new[] { console, audience })
        {
            Assert.Equal(
                [new ItemPosition("i1", 3, 20, 80, 12), new ItemPosition("i2", null, null, null, null, FewerThanThree: true), new ItemPosition("i3", 0, null, null, null)],
                view.Positions);
        }

        var item2 = results.Rows.Where(r => r.Item == "Write onboarding notes").ToArray();
        Assert.Equal(3, item2.Length);
        Assert.All(item2, r => Assert.Equal((null, null, true), (r.Value, r.People, r.FewerThanThree)));
        Assert.Null(((GridDetails)results.Details!).Placements);
        Assert.Null(console.Stage.ContributorIds);

        // A third person placing it brings it out, averaged over the three: spread √((50 + 0 + 50) / 3) ≈ 5.8.
        await PlaceAsync(grid, "cem", ("i1", 30, 70), ("i2", 85, 15));
        Assert.Equal(new ItemPosition("i2", 3, 90, 10, 6), (await AudienceViewAsync(grid)).Positions![1]);
    }

    [Fact]
    public async Task In_a_named_2x2_one_persons_placement_shows_and_the_export_says_who_placed_what()
    {
        var grid = await OpenGridAsync(anonymous: false);
        await PlaceAsync(grid, "ana", ("i2", 90, 15), ("i1", 10, 90));
        await PlaceAsync(grid, "gone", ("i3", 50, 50));
        await PlaceAsync(grid, "ben");

        var results = await grid.GetResults(new Dictionary<string, string> { ["ana"] = "Ana", ["ben"] = "Ben" }).WaitAsync(Timeout);

        Assert.Equal(new ItemPosition("i1", 1, 10, 90, 0), (await AudienceViewAsync(grid)).Positions![0]);
        var details = (GridDetails)results.Details!;
        Assert.Equal((Effort, Impact), (details.X, details.Y));
        Assert.Equal(["Fix the build", "Write onboarding notes", "Rotate the on-call"], details.Items);
        Assert.Equal(
            [ActivityResults.RemovedParticipant + ": Rotate the on-call 50,50", "Ana: Fix the build 10,90; Write onboarding notes 90,15"],
            details.Placements!.Select(p => $"{p.Name}: {string.Join("; ", p.Placements.Select(i => $"{i.Item} {i.X},{i.Y}"))}"));
        Assert.Equal(
            [
                new ResultRow("Average on Effort (0 = low, 100 = high)", null, "Fix the build", 10, 1),
                new ResultRow("Average on Impact (0 = low, 100 = high)", null, "Fix the build", 90, 1),
                new ResultRow("Spread (distance from the average, 0–100)", null, "Fix the build", 0, 1),
            ],
            results.Rows.Take(3));
        Assert.Equal(2, results.Contributors);
    }

    [Fact]
    public async Task Hidden_results_show_the_room_the_axes_and_items_and_no_positions_until_revealed()
    {
        var grid = await OpenGridAsync(hidden: true);
        await PlaceAsync(grid, "ana", ("i1", 10, 90));

        var before = await AudienceViewAsync(grid);
        await grid.Steer(new ActivityCommand(ActivityCommands.Reveal)).WaitAsync(Timeout);
        var after = await AudienceViewAsync(grid);

        Assert.Equal((Effort, Impact), (before.X, before.Y));
        Assert.Equal(["Fix the build", "Write onboarding notes", "Rotate the on-call"], before.Items.Select(i => i.Text));
        Assert.Equal(1, before.Stage.Contributors);
        Assert.Null(before.Positions);
        Assert.NotNull((await ViewAsync(grid)).Positions);
        Assert.Equal(10, after.Positions![0].X);
    }

    [Fact]
    public async Task Placements_are_refused_before_the_2x2_opens_and_after_it_closes()
    {
        var grid = fixture.Grains.GetGrain<IGridGrain>("act-" + Guid.NewGuid().ToString("N"));
        await grid.SetUp("session-x", Setup()).WaitAsync(Timeout);

        var early = await PlaceAsync(grid, "ana", ("i1", 10, 10));
        await grid.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout);
        var inTime = await PlaceAsync(grid, "ana", ("i1", 10, 10));
        await grid.Steer(new ActivityCommand(ActivityCommands.Close)).WaitAsync(Timeout);
        var late = await PlaceAsync(grid, "ana", ("i1", 90, 90));

        Assert.Equal("The 2×2 has not opened yet.", early.Rejection);
        Assert.True(inTime.Accepted);
        Assert.Equal("The 2×2 is closed: your placements are kept as they are.", late.Rejection);
        Assert.Equal(new Dictionary<string, (int, int)> { ["i1"] = (10, 10) }, Placed(late.Contribution));
    }

    [Theory]
    [InlineData("", "low", "high", "Effort", "Name the axis going across in 1 to 40 characters, such as \"Impact\".")]
    [InlineData("Impact", "low", "high", "Impact", "Give the two axes different names, such as Effort and Impact.")]
    [InlineData(" impact ", "low", "high", "IMPACT", "Give the two axes different names, such as Effort and Impact.")]
    [InlineData("Effort", "  ", "high", "Impact", "Say what the low end of the axis going across is called, in 1 to 40 characters, such as \"low\".")]
    [InlineData("Effort", "low", "\u200B", "Impact", "Every axis name and label needs something people can see: one has only invisible characters.")]
    [InlineData("Effort", "low", "high", "Impact\u202Eevil", "Text cannot contain control or hidden direction characters.")]
    [InlineData("Effort", "low", "high", "An axis name that goes on and on for far too long", "Name the axis going up in 1 to 40 characters, such as \"Impact\".")]
    public async Task Both_axes_need_a_name_of_their_own_and_labels_for_their_ends(string xName, string xLow, string xHigh, string yName, string problem)
    {
        var grid = fixture.Grains.GetGrain<IGridGrain>("act-" + Guid.NewGuid().ToString("N"));

        var outcome = await grid.SetUp("session-x", Setup() with { X = new GridAxis(xName, xLow, xHigh), Y = new GridAxis(yName, "low", "high") }).WaitAsync(Timeout);

        Assert.Equal(problem, outcome.Rejection);
    }

    [Fact]
    public async Task Items_are_two_to_thirty_distinct_lines_of_at_most_200_characters_and_blank_lines_are_left_out()
    {
        async Task<string?> SetUpAsync(params string[] items) =>
            (await fixture.Grains.GetGrain<IGridGrain>("act-" + Guid.NewGuid().ToString("N")).SetUp("session-x", Setup(false, false, items)).WaitAsync(Timeout)).Rejection;

        Assert.Equal("List between 2 and 30 items to place, one per line.", await SetUpAsync("Only one", "  ", ""));
        Assert.Equal("List between 2 and 30 items to place, one per line.", await SetUpAsync(Enumerable.Range(1, 31).Select(i => $"Item {i}").ToArray()));
        Assert.Equal("Each item can appear only once.", await SetUpAsync("Fix the build", "fix  the BUILD"));
        Assert.Equal("Each item can be at most 200 characters.", await SetUpAsync("Short", new string('x', 201)));
        Assert.Equal("Text cannot contain control or hidden direction characters.", await SetUpAsync("Short", "evil\u202Etxt"));
        Assert.Null(await SetUpAsync(Enumerable.Range(1, 30).Select(i => $"Item {i}").ToArray()));

        var grid = fixture.Grains.GetGrain<IGridGrain>("act-" + Guid.NewGuid().ToString("N"));
        await grid.SetUp("session-y", Setup(false, false, "  Fix the build ", "", "Write notes")).WaitAsync(Timeout);
        Assert.Equal([new GridItem("i1", "Fix the build"), new GridItem("i2", "Write notes")], (await ViewAsync(grid)).Items);
        Assert.True((await grid.SetUp("session-y", Setup(false, false, "Fix the build", "Write notes")).WaitAsync(Timeout)).Succeeded);
        Assert.Equal("This activity is already set up.", (await grid.SetUp("session-y", Setup(false, false, "Fix the build", "Other")).WaitAsync(Timeout)).Rejection);
    }

    [Fact]
    public async Task Placements_and_averages_survive_the_grain_being_deactivated()
    {
        var grid = await OpenGridAsync(anonymous: true);
        await PlaceAsync(grid, "ana", ("i1", 10, 20), ("i2", 70, 70));
        await PlaceAsync(grid, "ben", ("i1", 20, 30));
        await PlaceAsync(grid, "cem", ("i1", 60, 10));
        var before = await ViewAsync(grid);

        await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero).WaitAsync(Timeout);
        var after = await ViewAsync(grid);

        Assert.Equal(before.Positions, after.Positions);
        Assert.Equal(new Dictionary<string, (int, int)> { ["i1"] = (10, 20), ["i2"] = (70, 70) }, Placed(await ContributionAsync(grid, "ana")));
        Assert.Equal(3, after.Stage.Contributors);
    }
}
