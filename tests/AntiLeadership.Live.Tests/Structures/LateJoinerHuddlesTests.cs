using AntiLeadership.Live.Grains.Activities.Structures;
using static AntiLeadership.Live.Tests.Structures.Groupings;

namespace AntiLeadership.Live.Tests.Structures;

/// <summary>People arriving while the groups talk are added without moving anybody.</summary>
public sealed class LateJoinerHuddlesTests
{
    [Fact]
    public void One_newcomer_joins_the_smallest_group_and_nobody_else_moves()
    {
        var pairs = Groups(["a", "b", "c"], ["d", "e"], ["f", "g"]);

        var joined = Huddles.Join(pairs, ["x"], new Random(1));

        Assert.Equal("a,b,c | d,e,x | f,g", Text(joined));
        Assert.Same(pairs[0], joined[0]);
        Assert.Same(pairs[2], joined[2]);
    }

    [Fact]
    public void One_newcomer_in_the_four_step_makes_a_four_a_five()
    {
        var fours = Groups(["a", "b", "c", "d", "e"], ["f", "g", "h", "i"], ["j", "k", "l", "m"]);

        var joined = Huddles.Join(fours, ["x"], new Random(1));

        Assert.Equal("a,b,c,d,e | f,g,h,i,x | j,k,l,m", Text(joined));
    }

    [Fact]
    public void Newcomers_one_after_another_fill_the_smallest_groups_in_turn()
    {
        var pairs = Groups(["a", "b"], ["c", "d"], ["e", "f"]);

        var joined = Huddles.Join(Huddles.Join(Huddles.Join(pairs, ["x"], new Random(1)), ["y"], new Random(2)), ["z"], new Random(3));

        Assert.Equal("a,b,x | c,d,y | e,f,z", Text(joined));
    }

    [Fact]
    public void Two_newcomers_arriving_together_form_a_pair_of_their_own()
    {
        var pairs = Groups(["a", "b"], ["c", "d", "e"]);

        var joined = Huddles.Join(pairs, ["y", "x"], new Random(1));

        Assert.Equal(3, joined.Count);
        Assert.Equal("a,b | c,d,e", Text(joined.Take(2).ToList()));
        Assert.Equal(["x", "y"], joined[2].ParticipantIds.Order());
    }

    [Fact]
    public void Three_newcomers_arriving_together_form_a_trio_of_their_own_rather_than_one_breaking_into_a_pair()
    {
        var pairs = Groups(["a", "b"], ["c", "d"]);

        var joined = Huddles.Join(pairs, ["x", "y", "z"], new Random(1));

        Assert.Equal("a,b | c,d", Text(joined.Take(2).ToList()));
        Assert.Equal(["x", "y", "z"], Assert.Single(joined.Skip(2)).ParticipantIds.Order());
    }

    [Fact]
    public void Five_newcomers_arriving_together_make_a_pair_and_a_trio()
    {
        var joined = Huddles.Join(Groups(["a", "b"]), ["v", "w", "x", "y", "z"], new Random(1));

        Assert.Equal([2, 2, 3], Sizes(joined));
        EveryoneOnce(["a", "b", "v", "w", "x", "y", "z"], joined);
    }

    [Fact]
    public void A_newcomer_already_in_a_group_keeps_their_place()
    {
        var pairs = Groups(["a", "b"], ["c", "d"]);

        var joined = Huddles.Join(pairs, ["c"], new Random(1));

        Assert.Equal("a,b | c,d", Text(joined));
    }

    [Fact]
    public void The_first_person_in_an_empty_room_is_alone_until_the_next_one_arrives()
    {
        var alone = Huddles.Join([], ["x"], new Random(1));
        var pair = Huddles.Join(alone, ["y"], new Random(1));

        Assert.Equal("x", Text(alone));
        Assert.Equal("x,y", Text(pair));
    }
}
