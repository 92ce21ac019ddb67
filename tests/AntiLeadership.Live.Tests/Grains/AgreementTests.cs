using AntiLeadership.Live.Grains.Activities.Statements;

namespace AntiLeadership.Live.Tests.Grains;

public sealed class AgreementTests
{
    private static readonly string[] Steps = ["disagree", "unsure", "agree"];

    private static (double, int)[] Answers(params double[] places) =>
        places.Select(p => (p, p <= 1.0 / 3 ? 0 : p >= 2.0 / 3 ? 2 : 1)).ToArray();

    [Fact]
    public void A_room_of_one_voice_has_no_spread_and_no_split()
    {
        var agreement = Agreement.Measure("s1", Answers(1, 1, 1, 1, 1), Steps, anonymous: true);

        Assert.Equal(0, agreement.Spread);
        Assert.False(agreement.Split);
        Assert.Equal(1, agreement.Average);
        Assert.Equal([0, 0, 5], agreement.Buckets.Select(b => b.People));
    }

    [Fact]
    public void Two_opposite_camps_have_the_largest_spread_and_are_marked_split()
    {
        var agreement = Agreement.Measure("s1", Answers(0, 0, 0, 1, 1, 1), Steps, anonymous: true);

        Assert.Equal(1, agreement.Spread);
        Assert.True(agreement.Split);
        Assert.Equal(0.5, agreement.Average);
    }

    [Fact]
    public void A_room_spread_evenly_is_divided_but_not_split_into_camps()
    {
        var agreement = Agreement.Measure("s1", Answers(0, 0.25, 0.5, 0.5, 0.75, 1), Steps, anonymous: true);

        Assert.InRange(agreement.Spread!.Value, 0.5, 0.8);
        Assert.False(agreement.Split);
    }

    [Fact]
    public void An_anonymous_step_of_one_or_two_people_is_put_together_with_its_neighbour()
    {
        var agreement = Agreement.Measure("s1", Answers(0, 0.5, 0.5, 1, 1, 1), Steps, anonymous: true);

        Assert.Equal(["disagree – unsure", "agree"], agreement.Buckets.Select(b => b.Label));
        Assert.Equal([3, 3], agreement.Buckets.Select(b => b.People));
        Assert.DoesNotContain(agreement.Buckets, b => b.FewerThanThree);
    }

    [Fact]
    public void Fewer_than_three_anonymous_answers_show_as_one_step_without_a_number()
    {
        var agreement = Agreement.Measure("s1", Answers(0, 1), Steps, anonymous: true);

        var only = Assert.Single(agreement.Buckets);
        Assert.Equal(("disagree – agree", null, true), (only.Label, only.People, only.FewerThanThree));
        Assert.Null(agreement.Average);
        Assert.Null(agreement.Spread);
    }

    [Fact]
    public void Two_named_answers_keep_their_average_and_spread()
    {
        var agreement = Agreement.Measure("s1", Answers(0, 1), Steps, anonymous: false);

        Assert.Equal((0.5, 1.0), (agreement.Average, agreement.Spread));
    }

    [Fact]
    public void An_anonymous_split_needs_three_people_in_each_camp_so_that_it_cannot_point_at_anyone()
    {
        var anonymous = Agreement.Measure("s1", Answers(0, 0, 1, 1, 1), Steps, anonymous: true);
        var named = Agreement.Measure("s1", Answers(0, 0, 1, 1, 1), Steps, anonymous: false);

        Assert.False(anonymous.Split);
        Assert.True(named.Split);
        Assert.Equal(2, named.Buckets[0].People);
    }

    [Fact]
    public void One_answer_has_an_average_but_no_spread()
    {
        var agreement = Agreement.Measure("s1", Answers(0.5), Steps, anonymous: false);

        Assert.Null(agreement.Spread);
        Assert.Equal(0.5, agreement.Average);
        Assert.Equal(1, agreement.People);
    }
}
