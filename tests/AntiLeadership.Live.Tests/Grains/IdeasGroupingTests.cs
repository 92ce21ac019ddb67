using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Ideas;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// Grouping on the ideas wall: every change carries where the mover saw each entry, and applies to that
/// or is refused, so people grouping at the same moment never lose an entry.
/// </summary>
[Collection(GrainClusterCollection.Name)]
public sealed class IdeasGroupingTests(GrainClusterFixture fixture)
{
    private static readonly string[] Texts =
    [
        "Pair on hard problems", "Shorter stand-ups", "Demo every Friday", "Ask customers first", "Write down decisions",
        "Fewer handoffs", "Celebrate small wins", "No meetings on Wednesday", "Rotate the on-call", "Review each other's code",
    ];

    /// <summary>A revealed wall of ten entries by five people, phones allowed to group.</summary>
    private async Task<IdeasRoom> WallAsync(bool phonesGroup = true)
    {
        var room = await IdeasRoom.OpenAsync(fixture.Grains, IdeasRoom.Setup(phonesGroup: phonesGroup));
        for (var p = 0; p < 5; p++)
        {
            Assert.True((await room.WriteAsync($"person{p}", Texts[2 * p], Texts[(2 * p) + 1])).Accepted);
        }

        await room.SteerOkAsync(ActivityCommands.Reveal);
        return room;
    }

    private static string Entry(int n) => IdeasRoom.EntryId($"person{n / 2}", n % 2);

    /// <summary>Every entry is on the wall exactly once, in a group or on its own, and no group is empty.</summary>
    private static async Task AssertNothingLostAsync(IdeasRoom room)
    {
        var view = await room.ViewAsync();
        var shown = view.Items!.SelectMany(i => i.Entries.Select(e => e.EntryId)).ToList();
        Assert.Equal(Enumerable.Range(0, Texts.Length).Select(Entry).Order(), shown.Order());
        Assert.All(view.Items!, i => Assert.NotEmpty(i.Entries));
        Assert.Equal(view.Groups, view.Items!.Count(i => i.IsGroup));
    }

    [Fact]
    public async Task Two_people_moving_the_same_entry_at_once_never_lose_it_and_whoever_came_second_is_told_to_look_again()
    {
        var room = await WallAsync();
        var (a, b, c) = (Entry(0), Entry(1), Entry(2));

        // Both saw entry a on its own: the facilitator puts it with b, a phone with c, at the same moment.
        var byFacilitator = room.SteerAsync(IdeasCommands.Group, $"{a}@", $"{b}@");
        var byPhone = room.MoveAsync("person3", $"{c}@", $"{a}@");
        await Task.WhenAll(byFacilitator, byPhone);

        var outcomes = new[] { (await byFacilitator).Succeeded, (await byPhone).Accepted };
        Assert.Single(outcomes, ok => ok);
        var refusal = (await byFacilitator).Rejection ?? (await byPhone).Rejection;
        Assert.Matches("^(The facilitator|Someone) just moved “Pair on hard problems” — look again\\.$", refusal);
        await AssertNothingLostAsync(room);

        // Looking again (where a is now) works.
        var place = await room.PlaceAsync(a);
        Assert.True((await room.MoveAsync("person3", $"{c}@", place)).Accepted);
        var items = await room.ItemOfEntryAsync();
        Assert.Equal(items[a], items[c]);
        await AssertNothingLostAsync(room);
    }

    [Fact]
    public async Task Many_people_grouping_at_once_never_lose_an_entry_and_every_change_is_applied_whole_or_refused_whole()
    {
        var room = await WallAsync();
        var random = new Random(13);
        for (var round = 0; round < 5; round++)
        {
            var view = await room.ViewAsync();
            var places = view.Items!.SelectMany(i => i.Entries.Select(e => (e.EntryId, Place: i.IsGroup ? $"{e.EntryId}@{i.ItemId}" : $"{e.EntryId}@"))).ToArray();
            var moves = Enumerable.Range(0, 8).Select(n =>
            {
                var movers = places.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(p => p.Place).ToArray();
                var destination = random.Next(4) switch
                {
                    0 => null,
                    1 => "new",
                    _ => places[random.Next(places.Length)].Place,
                };
                return n % 2 == 0
                    ? room.MoveAsync($"person{n % 5}", destination!, movers).ContinueWith(t => t.Result.Accepted || t.Result.Rejection is null ? null : t.Result.Rejection)
                    : room.SteerAsync(destination is null ? IdeasCommands.Ungroup : IdeasCommands.Group, string.Join(' ', movers), destination)
                        .ContinueWith(t => t.Result.Succeeded ? null : t.Result.Rejection);
            }).ToArray();
            var refusals = await Task.WhenAll(moves).WaitAsync(IdeasRoom.Timeout);

            Assert.All(refusals.OfType<string>(), r => Assert.Matches("(just moved|no longer there|look again)", r));
            await AssertNothingLostAsync(room);
        }
    }

    [Fact]
    public async Task A_grouping_change_repeated_after_its_answer_was_lost_is_answered_done_and_moves_nothing_more()
    {
        var room = await WallAsync();
        var (a, b) = (Entry(0), Entry(1));

        await room.SteerOkAsync(IdeasCommands.Group, $"{a}@", $"{b}@");
        var before = await room.ViewAsync();
        await room.SteerOkAsync(IdeasCommands.Group, $"{a}@", $"{b}@");
        await room.SteerOkAsync(IdeasCommands.Ungroup, $"{a}@{before.Items!.Single(i => i.IsGroup).ItemId}");
        await room.SteerOkAsync(IdeasCommands.Ungroup, $"{a}@{before.Items!.Single(i => i.IsGroup).ItemId}");

        var after = await room.ViewAsync();
        Assert.Equal(1, after.Groups);
        Assert.Equal(before.Grouping + 1, after.Grouping);
    }

    [Fact]
    public async Task Groups_can_be_named_merged_and_split_and_an_entry_can_leave_its_group()
    {
        var room = await WallAsync();
        await room.SteerOkAsync(IdeasCommands.Group, $"{Entry(1)}@", $"{Entry(0)}@");
        await room.SteerOkAsync(IdeasCommands.Group, $"{Entry(3)}@ {Entry(4)}@", $"{Entry(2)}@");
        var groups = (await room.ViewAsync()).Items!.Where(i => i.IsGroup).Select(i => i.ItemId).ToArray();
        Assert.Equal(2, groups.Length);

        await room.SteerOkAsync(IdeasCommands.NameGroup, groups[1], "  Work <i>rhythm</i> ");
        var tooLong = await room.SteerAsync(IdeasCommands.NameGroup, groups[0], new string('n', 61));
        await room.SteerOkAsync(IdeasCommands.Merge, groups[0], groups[1]);
        var merged = (await room.ViewAsync()).Items!.Single(i => i.IsGroup);
        Assert.Equal(("Work <i>rhythm</i>", 5), (merged.Name, merged.Entries.Count));
        var mergeAgain = await room.SteerAsync(IdeasCommands.Merge, groups[0], groups[1]);

        // Split: two of its entries go off to a group of their own; then one leaves it again.
        await room.SteerOkAsync(IdeasCommands.Group, $"{Entry(0)}@{merged.ItemId} {Entry(1)}@{merged.ItemId}", "new");
        var split = (await room.ViewAsync()).Items!.Where(i => i.IsGroup).ToArray();
        Assert.Equal([2, 3], split.Select(g => g.Entries.Count).Order());
        var newGroup = split.Single(g => g.Entries.Count == 2).ItemId;
        await room.SteerOkAsync(IdeasCommands.Ungroup, $"{Entry(0)}@{newGroup}");
        var stale = await room.SteerAsync(IdeasCommands.Group, $"{Entry(0)}@{newGroup}", $"@{merged.ItemId}");
        var intoGone = await room.SteerAsync(IdeasCommands.Group, $"{Entry(5)}@", $"@{groups[0]}");

        Assert.Equal("A group's name can be at most 60 characters.", tooLong.Rejection);
        Assert.Equal("That group is no longer there: someone just changed it — look again.", mergeAgain.Rejection);
        Assert.Equal("The facilitator just moved “Pair on hard problems” — look again.", stale.Rejection);
        Assert.Equal("That group is no longer there: someone just changed it — look again.", intoGone.Rejection);
        var view = await room.ViewAsync();
        Assert.Equal([1, 3], view.Items!.Where(i => i.IsGroup).Select(g => g.Entries.Count).Order());
        await AssertNothingLostAsync(room);
    }

    [Fact]
    public async Task Phones_group_only_when_the_setup_lets_them_and_only_while_the_room_is_grouping()
    {
        var facilitatorOnly = await WallAsync(phonesGroup: false);
        var refused = await facilitatorOnly.MoveAsync("person1", $"{Entry(1)}@", $"{Entry(0)}@");

        var room = await WallAsync();
        var accepted = await room.MoveAsync("person1", $"{Entry(1)}@", $"{Entry(0)}@");
        await room.SteerOkAsync(IdeasCommands.Phase, text: "voting");
        var late = await room.MoveAsync("person1", $"{Entry(3)}@", $"{Entry(2)}@");

        Assert.Equal("In this activity the facilitator does the grouping.", refused.Rejection);
        Assert.True(accepted.Accepted, accepted.Rejection);
        Assert.Equal("Grouping is over.", late.Rejection);
        Assert.Equal(1, (await room.ViewAsync()).Groups);
    }
}
