using AntiLeadership.Live.Grains.Activities.Structures;
using static AntiLeadership.Live.Tests.Structures.Groupings;

namespace AntiLeadership.Live.Tests.Structures;

/// <summary>Groups kept up with who is present: leavers drop out, nobody is left on their own.</summary>
public sealed class ReformedHuddlesTests
{
    [Fact]
    public void Nothing_changes_when_everyone_is_still_there()
    {
        var pairs = Groups(["a", "b"], ["c", "d", "e"]);

        var reformed = Huddles.Reform(pairs, ["e", "d", "c", "b", "a"], new Random(1));

        Assert.Equal(pairs, reformed);
    }

    [Fact]
    public void Someone_left_on_their_own_joins_the_smallest_group_and_nobody_else_moves()
    {
        var pairs = Groups(["a", "b"], ["c", "d", "e"], ["f", "g"]);

        var reformed = Huddles.Reform(pairs, ["a", "c", "d", "e", "f", "g"], new Random(1));

        Assert.Equal("c,d,e | f,g,a", Text(reformed));
    }

    [Fact]
    public void Two_people_whose_partners_left_pair_up_with_each_other()
    {
        var pairs = Groups(["a", "b"], ["c", "d"], ["e", "f"]);

        var reformed = Huddles.Reform(pairs, ["a", "c", "e", "f"], new Random(1));

        Assert.Equal("e,f", Text(reformed.Take(1).ToList()));
        Assert.Equal(["a", "c"], reformed[1].ParticipantIds.Order());
        Assert.Equal(2, reformed.Count);
    }

    [Fact]
    public void A_trio_that_lost_one_person_stays_a_pair_and_a_four_that_lost_two_stays_a_group_of_two()
    {
        var groups = Groups(["a", "b", "c"], ["d", "e", "f", "g"]);

        var reformed = Huddles.Reform(groups, ["a", "b", "d", "e"], new Random(1));

        Assert.Equal("a,b | d,e", Text(reformed));
    }

    [Fact]
    public void A_four_left_with_one_person_is_merged_into_another_group()
    {
        var fours = Groups(["a", "b", "c", "d"], ["e", "f", "g", "h", "i"], ["j", "k", "l"]);

        var reformed = Huddles.Reform(fours, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"], new Random(1));

        Assert.Equal("a,b,c,d,j | e,f,g,h,i", Text(reformed));
    }

    [Fact]
    public void Someone_present_in_no_group_joins_like_a_newcomer()
    {
        var pairs = Groups(["a", "b"], ["c", "d", "e"]);

        var reformed = Huddles.Reform(pairs, ["a", "b", "c", "d", "e", "x"], new Random(1));

        Assert.Equal("a,b,x | c,d,e", Text(reformed));
    }

    [Fact]
    public void When_everyone_else_has_left_the_last_person_is_alone_and_when_all_left_there_are_no_groups()
    {
        var pairs = Groups(["a", "b"], ["c", "d"]);

        Assert.Equal("c", Text(Huddles.Reform(pairs, ["c"], new Random(1))));
        Assert.Empty(Huddles.Reform(pairs, [], new Random(1)));
    }
}
