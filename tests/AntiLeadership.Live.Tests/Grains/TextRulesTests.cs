using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Grains;
using AntiLeadership.Live.Grains.Activities;
using AntiLeadership.Live.Grains.Activities.CulturePriorities;
using AntiLeadership.Live.Grains.Activities.Statements;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>What typed text is stored as, and which names are refused for having nothing visible in them.</summary>
public sealed class TextRulesTests
{
    private const string Invisible = "Choose a name people can see: this one has only invisible characters.";

    [Theory]
    [InlineData("\u3164")] // Hangul filler
    [InlineData("\u3164\u3164\u3164")]
    [InlineData("\u2800")] // braille pattern blank
    [InlineData("\u200B")] // zero-width space only
    [InlineData("\u200B\u200B")]
    [InlineData(" \u3164\u200B\u2800\u00AD\u3000\uFEFF\u115F\u1160\uFFA0\u2060\u180E ")] // a mix
    [InlineData("\u200D")] // a joiner with nothing to join
    [InlineData("\u0301")] // a combining accent on nothing
    public void A_name_with_nothing_visible_in_it_is_refused_with_a_sentence(string name)
    {
        var checkedName = SessionRules.DisplayName(name);

        Assert.Equal(Invisible, checkedName.Problem);
        Assert.Equal("", checkedName.Text);
    }

    [Fact]
    public void Invisible_format_characters_are_stripped_from_an_accepted_name()
    {
        var checkedName = SessionRules.DisplayName("\u200B\uFEFFAl\u00ADi\u2060ce\u200C \u3164");

        Assert.Null(checkedName.Problem);
        Assert.Equal("Alice", checkedName.Text);
    }

    [Theory]
    [InlineData("Ana \U0001F469\u200D\U0001F4BB")] // woman technologist: woman, joiner, laptop
    [InlineData("\u2764\uFE0F\u200D\U0001F525 Ben")] // heart on fire: a variation selector before the joiner
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467")] // family
    public void An_emoji_made_with_zero_width_joiners_keeps_them(string name)
    {
        Assert.Equal(name, SessionRules.DisplayName(name).Text);
    }

    [Fact]
    public void A_joiner_that_joins_nothing_visible_is_stripped()
    {
        Assert.Equal("Ana Ben", TextRules.Normalize("\u200DAna\u200D \u200DBen\u200D"));
        Assert.Equal("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", TextRules.Normalize("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")); // a non-joiner inside a Persian word stays
    }

    [Fact]
    public void An_accepted_name_is_stored_composed_and_without_blank_letters_around_it()
    {
        Assert.Equal("Jos\u00E9", SessionRules.DisplayName("\u3164Jose\u0301\u2800 ").Text);
    }

    [Fact]
    public void Direction_overrides_and_control_characters_are_still_refused_rather_than_stripped()
    {
        Assert.Equal(TextRules.ForbiddenCharactersMessage, SessionRules.DisplayName("Ana\u202Enimda").Problem);
        Assert.Equal(TextRules.ForbiddenCharactersMessage, SessionRules.DisplayName("Ana\u0007").Problem);
    }

    [Fact]
    public void Lengths_count_the_name_as_stored_not_the_invisible_characters_around_it()
    {
        var forty = new string('a', SessionRules.MaxDisplayNameLength);

        Assert.Equal(forty, SessionRules.DisplayName("\u200B" + forty + "\u200B\u200B").Text);
        Assert.Equal("Choose a name of 1 to 40 characters.", SessionRules.DisplayName(forty + "a").Problem);
        Assert.Equal("Choose a name of 1 to 40 characters.", SessionRules.DisplayName("   ").Problem);
    }

    [Fact]
    public void Names_that_differ_only_in_case_width_blanks_or_invisible_characters_compare_the_same()
    {
        var alice = TextRules.NameKey("Alice");

        Assert.All(["alice", "ALICE", "\uFF21\uFF4C\uFF49\uFF43\uFF45", " Alice\u3164", "Al\u200Bice", "Al\u200Dice"], name => Assert.Equal(alice, TextRules.NameKey(name)));
        Assert.Equal(TextRules.NameKey("Ana  Maria"), TextRules.NameKey("ana\u3000maria"));
        Assert.NotEqual(alice, TextRules.NameKey("Alice B."));
    }

    [Fact]
    public void Titles_and_statements_with_nothing_visible_are_refused_too()
    {
        var setup = new CulturePrioritiesSetup("\u3164", ["Say it", "Learn"], 3, 2, false);

        Assert.Equal("Give the activity a title people can see: this one has only invisible characters.",
            ActivityRules.Title(setup.Title).Problem);
        Assert.Equal("Every statement needs something people can see: one has only invisible characters.",
            StatementRules.CheckStatements(["Say it", "\u2800", "Learn"]));
        Assert.Equal("Give the session a title people can see: this one has only invisible characters.", SessionRules.Title("\u200B\u3164").Problem);
        Assert.Equal("Choose a team name people can see: this one has only invisible characters.", TeamRules.TeamName("\u2800").Problem);
        Assert.Equal("Say whose key this is with a label people can see: this one has only invisible characters.", TeamRules.KeyLabel("\uFEFF").Problem);
    }
}
