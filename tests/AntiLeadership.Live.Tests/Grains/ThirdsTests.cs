using AntiLeadership.Live.Grains.Activities.Rankings;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>How a place in a ranking reads on the shared 0–1 scale, and the thirds it is counted in.</summary>
public sealed class ThirdsTests
{
    [Theory]
    [InlineData(2, new[] { "bottom third (place 2)", "top third (place 1)" })]
    [InlineData(3, new[] { "bottom third (place 3)", "middle third (place 2)", "top third (place 1)" })]
    [InlineData(4, new[] { "bottom third (places 3–4)", "top third (places 1–2)" })]
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
}
