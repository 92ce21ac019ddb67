using AntiLeadership.Live.Grains.Activities.Rankings;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>How a place in a ranking reads on the shared 0–1 scale, and the thirds it is counted in.</summary>
public sealed class ThirdsTests
{
    [Theory]
    [InlineData(2, new[] { "bottom third (place 2)", "top third (place 1)" })]
    [InlineData(3, new[] { "bottom third (place 3)", "middle third (place 2)", "top third (place 1)" })]
    [InlineData(4, new[] { "bottom third (place 4)", "middle third (places 2–3)", "top third (place 1)" })]
    [InlineData(5, new[] { "bottom third (places 4–5)", "middle third (place 3)", "top third (places 1–2)" })]
    [InlineData(30, new[] { "bottom third (places 21–30)", "middle third (places 11–20)", "top third (places 1–10)" })]
    public void The_steps_are_the_thirds_of_the_places_that_hold_any_lowest_first(int statements, string[] labels) =>
        Assert.Equal(labels, new Thirds(statements).Labels);

    [Fact]
    public void First_is_one_last_is_zero_and_each_place_falls_in_its_third()
    {
        var thirds = new Thirds(5);

        Assert.Equal([(1.0, 2), (0.75, 2), (0.5, 1), (0.25, 0), (0.0, 0)], Enumerable.Range(1, 5).Select(thirds.Answer).ToArray());
    }

    [Fact]
    public void A_place_on_a_thirds_border_is_in_the_middle_for_the_split_as_for_the_steps()
    {
        var thirds = new Thirds(4);

        var (second, secondStep) = thirds.Answer(2);
        var (third, thirdStep) = thirds.Answer(3);

        Assert.Equal((1, 1), (secondStep, thirdStep));
        Assert.InRange(second, 0.6666, 2.0 / 3 - 1e-10);
        Assert.InRange(third, 1.0 / 3 + 1e-10, 0.3334);
        // Two people second, two third: divided a little, never two camps.
        var agreement = AntiLeadership.Live.Grains.Activities.Statements.Agreement.Measure("s1", [thirds.Answer(2), thirds.Answer(2), thirds.Answer(3), thirds.Answer(3)], thirds.Labels, anonymous: false);
        Assert.False(agreement.Split);
        Assert.Equal([0, 4, 0], agreement.Buckets.Select(b => b.People));
    }
}
