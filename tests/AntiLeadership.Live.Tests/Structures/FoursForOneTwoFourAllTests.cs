using AntiLeadership.Live.Activities.Structures;
using AntiLeadership.Live.Grains.Activities.Structures;
using static AntiLeadership.Live.Tests.Structures.Groupings;

namespace AntiLeadership.Live.Tests.Structures;

/// <summary>The "4" of 1-2-4-All: pairs joined two by two, the remainder in groups of 3 or 5, never a six.</summary>
public sealed class FoursForOneTwoFourAllTests
{
    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(1, new[] { 1 })]
    [InlineData(2, new[] { 2 })]
    [InlineData(3, new[] { 3 })]
    [InlineData(4, new[] { 4 })]
    [InlineData(5, new[] { 5 })]
    [InlineData(6, new[] { 3, 3 })]
    [InlineData(7, new[] { 3, 4 })]
    [InlineData(8, new[] { 4, 4 })]
    [InlineData(9, new[] { 4, 5 })]
    [InlineData(11, new[] { 3, 4, 4 })]
    [InlineData(12, new[] { 4, 4, 4 })]
    [InlineData(13, new[] { 4, 4, 5 })]
    public void Pairs_then_fours_give_these_group_sizes(int people, int[] sizes)
    {
        var room = Room(people);
        var random = new Random(people);
        var pairs = OneTwoFourAll.Pairs(room, random);

        var fours = OneTwoFourAll.Fours(pairs, room, random);

        Assert.Equal(sizes, Sizes(fours));
        EveryoneOnce(room, fours);
    }

    [Fact]
    public void Fours_are_fours_with_one_three_one_five_or_two_of_either_for_the_remainder_never_a_six()
    {
        for (var people = 6; people <= 61; people++)
        {
            var room = Room(people);
            var random = new Random(people);

            var sizes = Sizes(OneTwoFourAll.Fours(OneTwoFourAll.Pairs(room, random), room, random));

            Assert.All(sizes, size => Assert.InRange(size, 3, 5));
            var notFour = sizes.Where(s => s != 4).ToArray();
            Assert.True((people % 4) switch
            {
                0 => notFour.Length == 0,
                1 => notFour.SequenceEqual([5]),
                2 => notFour.SequenceEqual([3, 3]) || notFour.SequenceEqual([5, 5]),
                _ => notFour.SequenceEqual([3]),
            }, $"{people} people: {string.Join(", ", sizes)}");
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(40)]
    public void With_an_even_number_of_pairs_every_pair_stays_together_in_its_four(int people)
    {
        var room = Room(people);
        var random = new Random(7);
        var pairs = OneTwoFourAll.Pairs(room, random);

        var fours = OneTwoFourAll.Fours(pairs, room, random);

        Assert.Equal(0, pairs.Count % 2);
        Assert.Empty(Split(pairs, fours));
        Assert.All(fours, four => Assert.Equal(2, PairsIn(four, pairs)));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(39)]
    public void With_an_odd_number_of_pairs_only_one_pair_of_two_is_split_into_two_groups_and_the_trio_never(int people)
    {
        var room = Room(people);
        var random = new Random(7);
        var pairs = OneTwoFourAll.Pairs(room, random);

        var fours = OneTwoFourAll.Fours(pairs, room, random);

        var split = Assert.Single(Split(pairs, fours));
        Assert.Equal(2, split.ParticipantIds.Count);
        Assert.False(Together(fours, split.ParticipantIds[0], split.ParticipantIds[1]));
    }

    [Fact]
    public void Everyone_meets_someone_new_in_their_four_unless_the_room_is_one_pair()
    {
        for (var people = 4; people <= 60; people++)
        {
            var room = Room(people);
            var random = new Random(people * 31);
            var pairs = OneTwoFourAll.Pairs(room, random);

            var fours = OneTwoFourAll.Fours(pairs, room, random);

            Assert.All(fours, four => Assert.True(PairsIn(four, pairs) >= 2, $"{people} people: {Text(fours)}"));
        }

        var trio = OneTwoFourAll.Pairs(Room(3), new Random(1));
        Assert.Equal(Text(trio), Text(OneTwoFourAll.Fours(trio, Room(3), new Random(1))));
    }

    [Fact]
    public void Two_trios_trade_one_person_each_so_each_group_meets_someone_new()
    {
        var pairs = Groups(["a1", "a2", "a3"], ["b1", "b2", "b3"]);

        var fours = OneTwoFourAll.Fours(pairs, ["a1", "a2", "a3", "b1", "b2", "b3"], new Random(3));

        Assert.Equal([3, 3], Sizes(fours));
        Assert.All(fours, four => Assert.Equal(2, PairsIn(four, pairs)));
        Assert.All(pairs, pair => Assert.Equal(2, fours.Count(f => f.ParticipantIds.Intersect(pair.ParticipantIds).Any())));
    }

    [Fact]
    public void Trios_outnumbering_pairs_of_two_get_one_person_each_from_a_split_pair()
    {
        var pairs = Groups(["a1", "a2", "a3"], ["b1", "b2"], ["c1", "c2", "c3"]);

        var fours = OneTwoFourAll.Fours(pairs, pairs.SelectMany(p => p.ParticipantIds), new Random(5));

        Assert.Equal([4, 4], Sizes(fours));
        Assert.False(Together(fours, "b1", "b2"));
        Assert.True(Together(fours, "a1", "a3") && Together(fours, "c1", "c3"));
    }

    [Fact]
    public void Any_mix_of_trios_and_pairs_left_by_late_joiners_and_leavers_splits_no_more_than_it_must()
    {
        for (var trios = 0; trios <= 8; trios++)
        {
            for (var twos = 0; twos <= 8; twos++)
            {
                var pairs = Groups([
                    .. Enumerable.Range(0, trios).Select(i => new[] { $"t{i}a", $"t{i}b", $"t{i}c" }),
                    .. Enumerable.Range(0, twos).Select(i => new[] { $"w{i}a", $"w{i}b" })]);
                var room = pairs.SelectMany(p => p.ParticipantIds).ToList();
                if (room.Count < 6 || pairs.Count < 2)
                {
                    continue;
                }

                var fours = OneTwoFourAll.Fours(pairs, room, new Random(trios * 10 + twos));

                var what = $"{trios} trios, {twos} pairs of two: {Text(fours)}";
                Assert.All(fours, four => Assert.True(four.ParticipantIds.Count is >= 3 and <= 5 && PairsIn(four, pairs) >= 2, what));
                var split = Split(pairs, fours);
                if (trios <= 2 * twos)
                {
                    Assert.True(split.All(p => p.ParticipantIds.Count == 2), what);
                }

                if (trios <= twos)
                {
                    Assert.True(split.Count == (twos - trios) % 2, what);
                }
            }
        }
    }

    [Fact]
    public void Fours_are_made_for_who_is_present_now()
    {
        var room = Room(8);
        var random = new Random(11);
        var pairs = OneTwoFourAll.Pairs(room, random);
        var gone = pairs[0].ParticipantIds[0];
        var present = room.Where(id => id != gone).Append("late").ToList();

        var fours = OneTwoFourAll.Fours(pairs, present, random);

        EveryoneOnce(present, fours);
        Assert.Equal([4, 4], Sizes(fours));
        Assert.True(Together(fours, pairs[1].ParticipantIds[0], pairs[1].ParticipantIds[1]));
    }

    [Fact]
    public void The_same_pairs_and_seed_give_the_same_fours()
    {
        var room = Room(23);
        var pairs = OneTwoFourAll.Pairs(room, new Random(4));

        Assert.Equal(Text(OneTwoFourAll.Fours(pairs, room, new Random(9))), Text(OneTwoFourAll.Fours(pairs, room, new Random(9))));
    }

    /// <summary>How many of <paramref name="pairs"/> have someone in <paramref name="four"/>.</summary>
    private static int PairsIn(Huddle four, IReadOnlyList<Huddle> pairs) =>
        pairs.Count(p => p.ParticipantIds.Intersect(four.ParticipantIds).Any());

    private static List<Huddle> Split(IReadOnlyList<Huddle> pairs, IReadOnlyList<Huddle> fours) =>
        [.. pairs.Where(p => fours.Count(f => f.ParticipantIds.Intersect(p.ParticipantIds).Any()) > 1)];
}
