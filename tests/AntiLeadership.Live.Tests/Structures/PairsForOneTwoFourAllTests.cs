using AntiLeadership.Live.Grains.Activities.Structures;
using static AntiLeadership.Live.Tests.Structures.Groupings;

namespace AntiLeadership.Live.Tests.Structures;

/// <summary>The "2" of 1-2-4-All: everyone present in a pair, a trio when the room is odd.</summary>
public sealed class PairsForOneTwoFourAllTests
{
    [Fact]
    public void Nobody_present_makes_no_pairs() =>
        Assert.Empty(OneTwoFourAll.Pairs([], new Random(1)));

    [Fact]
    public void One_person_alone_in_the_room_is_a_group_of_one_the_only_time_anyone_is_alone()
    {
        var pairs = OneTwoFourAll.Pairs(["p01"], new Random(1));

        Assert.Equal(["p01"], Assert.Single(pairs).ParticipantIds);
    }

    [Theory]
    [InlineData(2, new[] { 2 })]
    [InlineData(3, new[] { 3 })]
    [InlineData(4, new[] { 2, 2 })]
    [InlineData(5, new[] { 2, 3 })]
    [InlineData(7, new[] { 2, 2, 3 })]
    [InlineData(8, new[] { 2, 2, 2, 2 })]
    [InlineData(9, new[] { 2, 2, 2, 3 })]
    public void Everyone_is_in_a_pair_and_an_odd_room_has_one_trio_never_someone_alone(int people, int[] sizes)
    {
        var room = Room(people);

        var pairs = OneTwoFourAll.Pairs(room, new Random(people));

        Assert.Equal(sizes, Sizes(pairs));
        EveryoneOnce(room, pairs);
    }

    [Fact]
    public void The_same_people_and_seed_give_the_same_pairs_however_the_people_are_listed()
    {
        var room = Room(13);
        var listedOtherwise = room.AsEnumerable().Reverse().Concat(["p05", "p07"]).ToList();

        var pairs = OneTwoFourAll.Pairs(room, new Random(42));
        var again = OneTwoFourAll.Pairs(listedOtherwise, new Random(42));

        Assert.Equal(Text(pairs), Text(again));
        EveryoneOnce(room, again);
    }

    [Fact]
    public void Another_seed_gives_other_pairs()
    {
        var room = Room(20);

        Assert.NotEqual(Text(OneTwoFourAll.Pairs(room, new Random(1))), Text(OneTwoFourAll.Pairs(room, new Random(2))));
    }
}
