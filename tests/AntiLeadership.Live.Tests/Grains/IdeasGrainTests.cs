using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Ideas;
using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>The ideas kind's rules in its grain: private writing, limits, moderation, dots, phases and the shortlist.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class IdeasGrainTests(GrainClusterFixture fixture)
{
    private Task<IdeasRoom> OpenAsync(IdeasSetup? setup = null) => IdeasRoom.OpenAsync(fixture.Grains, setup);

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType());

    [Fact]
    public async Task No_entry_text_reaches_the_room_or_the_facilitator_before_the_reveal_and_each_author_gets_back_only_their_own()
    {
        var room = await OpenAsync();
        Assert.True((await room.WriteAsync("ana", "More pairing on hard problems", "Fewer status meetings")).Accepted);
        Assert.True((await room.WriteAsync("ben", "Ask customers before we build")).Accepted);

        var console = await room.ViewAsync();
        var audience = await room.AudienceViewAsync();
        Assert.Equal((3, IdeasPhase.Writing), (console.Entries, console.Phase));
        Assert.Equal(2, console.Stage.Contributors);
        Assert.All([console, audience], v => Assert.Null(v.Items));
        foreach (var text in new[] { "pairing", "status meetings", "customers" })
        {
            Assert.DoesNotContain(text, Json(console));
            Assert.DoesNotContain(text, Json(audience));
        }

        var ana = await room.ContributionAsync("ana");
        var ben = await room.ContributionAsync("ben");
        Assert.Equal(["More pairing on hard problems", "Fewer status meetings"], ana.Entries.Select(e => e.Text));
        Assert.Equal(["Ask customers before we build"], ben.Entries.Select(e => e.Text));
        Assert.DoesNotContain("pairing", Json(ben));
        Assert.Empty((await room.ContributionAsync("cas")).Entries);

        await room.SteerOkAsync(ActivityCommands.Reveal);

        var revealed = await room.AudienceViewAsync();
        Assert.Equal(IdeasPhase.Grouping, revealed.Phase);
        // The wall's order is by text: it says nothing about who wrote first.
        Assert.Equal(["Ask customers before we build", "Fewer status meetings", "More pairing on hard problems"], revealed.Items!.Select(i => i.Entries.Single().Text));
        Assert.DoesNotContain("ana", Json(revealed));
    }

    [Fact]
    public async Task With_screening_the_facilitator_reads_entries_before_the_reveal_the_room_does_not_and_no_author_is_named()
    {
        var room = await OpenAsync(IdeasRoom.Setup(screen: true, anonymous: false));
        await room.WriteAsync("ana-participant", "Celebrate small wins");
        await room.WriteAsync("ben-participant", "Write down decisions");

        var console = await room.ViewAsync();
        var audience = await room.AudienceViewAsync();

        Assert.Equal(["Celebrate small wins", "Write down decisions"], console.Items!.Select(i => i.Entries.Single().Text));
        Assert.DoesNotContain("ana-participant", Json(console.Items!));
        Assert.Null(audience.Items);
        Assert.DoesNotContain("Celebrate", Json(audience));
    }

    [Fact]
    public async Task Each_person_writes_at_most_the_set_number_of_entries_within_the_length_and_nothing_invisible_or_someone_elses()
    {
        var room = await OpenAsync(IdeasRoom.Setup(entries: 2));
        Assert.True((await room.WriteAsync("ana", "Demo every Friday")).Accepted);
        await room.WriteAsync("ben", "Ben's own idea");

        var three = await room.WriteAsync("ana", "One", "Two", "Three");
        var tooLong = await room.WriteAsync("ana", new string('a', 141));
        var blank = await room.WriteAsync("ana", "   ");
        var invisible = await room.WriteAsync("ana", "\u200B\u200B");
        var direction = await room.WriteAsync("ana", "Fine\u202Eevil");
        var taken = await room.SubmitAsync("ana", new IdeasInput(Entries: [new IdeaDraft(IdeasRoom.EntryId("ben", 0), "Mine now")]));
        var twice = await room.SubmitAsync("ana", new IdeasInput(Entries: [new IdeaDraft("same-id-1", "A"), new IdeaDraft("same-id-1", "B")]));
        var badId = await room.SubmitAsync("ana", new IdeasInput(Entries: [new IdeaDraft("no@places", "A")]));
        var both = await room.SubmitAsync("ana", new IdeasInput(Entries: [], Dots: new Dictionary<string, int>()));

        Assert.Equal("You can write at most 2 entries: delete one to write another.", three.Rejection);
        Assert.Equal("Each entry can be 1 to 140 characters.", tooLong.Rejection);
        Assert.Equal("Each entry can be 1 to 140 characters.", blank.Rejection);
        Assert.Equal("Write something people can see: this entry has only invisible characters.", invisible.Rejection);
        Assert.Equal("Text cannot contain control or hidden direction characters.", direction.Rejection);
        Assert.All([taken, twice, badId], r => Assert.StartsWith("This list of entries is not in the shape", r.Rejection));
        Assert.Equal("Send your entries, your dots or a grouping change, one at a time.", both.Rejection);
        Assert.All([three, tooLong, blank, invisible, direction, taken, twice, badId, both],
            r => Assert.Equal(["Demo every Friday"], ((IdeasContribution)r.Contribution).Entries.Select(e => e.Text)));
        Assert.Equal(["Ben's own idea"], (await room.ContributionAsync("ben")).Entries.Select(e => e.Text));

        // Editing one and adding another; then deleting the first.
        var edited = await room.WriteAsync("ana", "Demo every second Friday", "Pair on reviews");
        var deleted = await room.SubmitAsync("ana", new IdeasInput(Entries: [new IdeaDraft(IdeasRoom.EntryId("ana", 1), "Pair on reviews")]));
        Assert.Equal(["Demo every second Friday", "Pair on reviews"], ((IdeasContribution)edited.Contribution).Entries.Select(e => e.Text));
        Assert.Equal(["Pair on reviews"], ((IdeasContribution)deleted.Contribution).Entries.Select(e => e.Text));
        Assert.Equal(2, (await room.ViewAsync()).Entries);
    }

    [Fact]
    public async Task Writing_ends_with_the_reveal_and_the_same_list_sent_again_writes_nothing_twice()
    {
        var room = await OpenAsync();
        await room.WriteAsync("ana", "Shorter meetings");
        await room.WriteAsync("ana", "Shorter meetings");
        Assert.Equal(1, (await room.ViewAsync()).Entries);

        await room.SteerOkAsync(ActivityCommands.Reveal);
        var late = await room.WriteAsync("ana", "Shorter meetings", "A late idea");

        Assert.Equal("Writing is over: the entries are revealed.", late.Rejection);
        Assert.Equal(1, (await room.ViewAsync()).Entries);
    }

    [Fact]
    public async Task Setting_an_entry_aside_takes_it_off_every_screen_but_its_authors_who_is_told_and_the_facilitator_can_bring_it_back()
    {
        var room = await OpenAsync(IdeasRoom.Setup(screen: true));
        await room.WriteAsync("ana", "<script>alert(1)</script> is a good idea", "Keep retros");
        await room.WriteAsync("ben", "Fewer handoffs");
        var hostile = IdeasRoom.EntryId("ana", 0);
        var before = await room.ContributionAsync("ana");

        await room.SteerOkAsync(IdeasCommands.SetAside, hostile);
        await room.SteerOkAsync(IdeasCommands.SetAside, hostile);

        var ana = await room.ContributionAsync("ana");
        Assert.True(ana.Revision > before.Revision);
        Assert.Equal([IdeaModeration.SetAside, IdeaModeration.None], ana.Entries.Select(e => e.Moderation));
        Assert.All((await room.ContributionAsync("ben")).Entries, e => Assert.Equal(IdeaModeration.None, e.Moderation));
        var console = await room.ViewAsync();
        Assert.Equal((2, 1), (console.Entries, console.SetAside));
        Assert.Contains(console.Items!, i => i.Entries.Any(e => e.EntryId == hostile && e.SetAside));

        // The author may keep it or delete it, not change it; it still counts until deleted.
        var changed = await room.SubmitAsync("ana", new IdeasInput(Entries: [new IdeaDraft(hostile, "Something else"), new IdeaDraft(IdeasRoom.EntryId("ana", 1), "Keep retros")]));
        Assert.StartsWith("The facilitator has set “<script>alert(1)</script> is a good idea” aside", changed.Rejection);

        await room.SteerOkAsync(ActivityCommands.Reveal);
        var audience = await room.AudienceViewAsync();
        Assert.DoesNotContain("script", Json(audience));
        Assert.Equal(["Fewer handoffs", "Keep retros"], audience.Items!.Select(i => i.Entries.Single().Text));

        await room.SteerOkAsync(IdeasCommands.Restore, hostile);
        Assert.Equal(3, (await room.AudienceViewAsync()).Items!.Count);
        Assert.Equal(IdeaModeration.None, (await room.ContributionAsync("ana")).Entries[0].Moderation);

        await room.SteerOkAsync(IdeasCommands.Remove, hostile);
        var restoreRemoved = await room.SteerAsync(IdeasCommands.Restore, hostile);
        Assert.Equal("That entry is removed: it cannot come back.", restoreRemoved.Rejection);
        Assert.Equal(IdeaModeration.Removed, (await room.ContributionAsync("ana")).Entries[0].Moderation);
        Assert.Equal((2, 0), ((await room.ViewAsync()).Entries, (await room.ViewAsync()).SetAside));
    }

    [Fact]
    public async Task Dots_keep_to_the_budget_per_person_and_the_limit_per_item_and_a_group_counts_as_one_item()
    {
        var room = await OpenAsync(IdeasRoom.Setup(dots: 3, perItem: 2));
        await room.WriteAsync("ana", "Alpha idea", "Beta idea");
        await room.WriteAsync("ben", "Gamma idea");
        await room.SteerOkAsync(ActivityCommands.Reveal);
        var (alpha, beta, gamma) = (IdeasRoom.EntryId("ana", 0), IdeasRoom.EntryId("ana", 1), IdeasRoom.EntryId("ben", 0));
        await room.SteerOkAsync(IdeasCommands.Group, $"{beta}@", $"{gamma}@");
        var group = (await room.ViewAsync()).Items!.Single(i => i.IsGroup).ItemId;

        var early = await room.DotsAsync("cas", new() { [alpha] = 1 });
        await room.SteerOkAsync(IdeasCommands.Phase, text: "voting");

        var overBudget = await room.DotsAsync("cas", new() { [alpha] = 2, [group] = 2 });
        var overItem = await room.DotsAsync("cas", new() { [alpha] = 3 });
        var grouped = await room.DotsAsync("cas", new() { [beta] = 1 });
        var negative = await room.DotsAsync("cas", new() { [alpha] = -1 });
        var fine = await room.DotsAsync("cas", new() { [alpha] = 1, [group] = 2 });
        await room.DotsAsync("dee", new() { [group] = 1 });

        Assert.Equal("Voting has not started yet.", early.Rejection);
        Assert.Equal("All 3 dots used: take one off to move it.", overBudget.Rejection);
        Assert.Equal("At most 2 dots can go on one item: take one off here to put it elsewhere.", overItem.Rejection);
        Assert.Equal("That is no longer on the wall: look again.", grouped.Rejection);
        Assert.Equal("Dots cannot be negative.", negative.Rejection);
        Assert.True(fine.Accepted);
        var mine = (IdeasContribution)fine.Contribution;
        Assert.Equal(0, mine.DotsLeft);
        Assert.Equal(["Beta idea", "Alpha idea"], mine.Dotted.OrderBy(d => d.ItemId == alpha).Select(d => d.Label));
        var console = await room.ViewAsync();
        Assert.Equal(4, console.DotsPlaced);
        Assert.Equal((3, (int?)null, true), console.Items!.Where(i => i.ItemId == group).Select(i => (i.Dots!.Value, i.Voters, i.FewerThanThree)).Single());
        // The room sees no dots while voting: a running total would turn it into a popularity contest.
        Assert.All((await room.AudienceViewAsync()).Items!, i => Assert.Null(i.Dots));
    }

    [Fact]
    public async Task The_facilitator_steers_the_phases_voting_opens_for_dots_the_groups_stay_meanwhile_and_the_shortlist_closes_it()
    {
        var room = await OpenAsync();
        await room.WriteAsync("ana", "Alpha idea", "Beta idea");
        var tooEarly = await room.SteerAsync(IdeasCommands.Phase, text: "voting");
        await room.SteerOkAsync(ActivityCommands.Close);
        await room.SteerOkAsync(ActivityCommands.Reveal);
        var (alpha, beta) = (IdeasRoom.EntryId("ana", 0), IdeasRoom.EntryId("ana", 1));

        await room.SteerOkAsync(IdeasCommands.Phase, text: "voting");
        Assert.Equal(ActivityStatus.Open, (await room.ViewAsync()).Stage.Status);
        var grouping = await room.SteerAsync(IdeasCommands.Group, $"{alpha}@", $"{beta}@");
        await room.SteerOkAsync(IdeasCommands.Phase, text: "grouping");
        await room.SteerOkAsync(IdeasCommands.Phase, text: "voting");
        await room.DotsAsync("ben", new() { [alpha] = 1 });
        var back = await room.SteerAsync(IdeasCommands.Phase, text: "grouping");
        var unknown = await room.SteerAsync(IdeasCommands.Phase, text: "dancing");

        await room.SteerOkAsync(IdeasCommands.Phase, text: "shortlist");
        var late = await room.DotsAsync("ben", new() { [beta] = 1 });

        Assert.Equal("Reveal the entries first: until then the room is writing.", tooEarly.Rejection);
        Assert.Equal("The groups stay as they are once voting starts.", grouping.Rejection);
        Assert.Equal("Dots are on these groups already: the groups stay as they are.", back.Rejection);
        Assert.Equal("There is no such phase: grouping, voting or shortlist.", unknown.Rejection);
        Assert.Equal("Voting is over.", late.Rejection);
        var audience = await room.AudienceViewAsync();
        Assert.Equal((IdeasPhase.Shortlist, ActivityStatus.Closed), (audience.Phase, audience.Stage.Status));
        Assert.Null(audience.Items);
        Assert.Equal([("Alpha idea", 1, 1), ("Beta idea", 0, 2)], audience.Ranking!.Select(r => (r.Label, r.Dots, r.Rank)));
    }

    [Fact]
    public async Task Keeping_an_item_for_the_plan_reaches_the_teams_shortlist_once_however_often_and_can_be_undone()
    {
        var room = await OpenAsync();
        await room.WriteAsync("ana", "Alpha idea", "Beta idea");
        await room.WriteAsync("ben", "Gamma idea");
        await room.SteerOkAsync(ActivityCommands.Reveal);
        var (alpha, beta, gamma) = (IdeasRoom.EntryId("ana", 0), IdeasRoom.EntryId("ana", 1), IdeasRoom.EntryId("ben", 0));
        await room.SteerOkAsync(IdeasCommands.Group, $"{beta}@", $"{gamma}@");
        var group = (await room.ViewAsync()).Items!.Single(i => i.IsGroup).ItemId;
        await room.SteerOkAsync(IdeasCommands.NameGroup, group, "Talk to <b>customers</b>");
        await room.SteerOkAsync(IdeasCommands.Phase, text: "voting");
        var tooEarly = await room.SteerAsync(IdeasCommands.Keep, group);
        await room.DotsAsync("ana", new() { [group] = 2, [alpha] = 1 });
        await room.SteerOkAsync(IdeasCommands.Phase, text: "shortlist");

        await room.SteerOkAsync(IdeasCommands.Keep, group);
        await room.SteerOkAsync(IdeasCommands.Keep, group);
        await room.SteerOkAsync(IdeasCommands.Keep, alpha);
        var gone = await room.SteerAsync(IdeasCommands.Keep, "g999");

        Assert.Equal("Items are kept for the plan once voting is over: show the shortlist first.", tooEarly.Rejection);
        Assert.Equal("That is no longer on the wall: look again.", gone.Rejection);
        var shortlist = room.Grains.GetGrain<ITeamShortlistGrain>(room.TeamId);
        var kept = await shortlist.GetShortlist().WaitAsync(IdeasRoom.Timeout);
        Assert.Equal([(group, "Talk to <b>customers</b>"), (alpha, "Alpha idea")], kept.Select(k => (k.ItemId, k.Text)));
        Assert.All(kept, k => Assert.Equal((room.ActivityId, "Start, stop, continue", room.SessionId), (k.ActivityId, k.ActivityTitle, k.SessionId)));
        var view = await room.AudienceViewAsync();
        Assert.Equal(2, view.Kept);
        Assert.Equal([true, true], view.Ranking!.Where(r => r.ItemId == group || r.ItemId == alpha).Select(r => r.Kept));
        var results = await room.Ideas.GetResults(new Dictionary<string, string>()).WaitAsync(IdeasRoom.Timeout);
        Assert.Equal(["Talk to <b>customers</b>", "Alpha idea"], results.Rows.Where(r => r.Section == "Shortlist").Select(r => r.Item));

        await room.SteerOkAsync(IdeasCommands.Unkeep, alpha);
        await room.SteerOkAsync(IdeasCommands.Unkeep, alpha);
        Assert.Equal([group], (await shortlist.GetShortlist().WaitAsync(IdeasRoom.Timeout)).Select(k => k.ItemId));
        Assert.Equal(1, (await room.ViewAsync()).Kept);
        var setAside = await room.SteerAsync(IdeasCommands.SetAside, beta);
        Assert.Equal("This one is kept for the plan: take it off the shortlist first.", setAside.Rejection);
    }

    [Fact]
    public async Task Setting_aside_an_entry_with_dots_gives_the_dots_back_and_tells_whoever_placed_them()
    {
        var room = await OpenAsync();
        await room.WriteAsync("ana", "Alpha idea", "Beta idea");
        await room.SteerOkAsync(ActivityCommands.Reveal);
        await room.SteerOkAsync(IdeasCommands.Phase, text: "voting");
        var alpha = IdeasRoom.EntryId("ana", 0);
        await room.DotsAsync("ben", new() { [alpha] = 2 });
        var before = await room.ContributionAsync("ben");

        await room.SteerOkAsync(IdeasCommands.SetAside, alpha);

        var ben = await room.ContributionAsync("ben");
        Assert.True(ben.Revision > before.Revision);
        Assert.Empty(ben.Dots);
        Assert.Equal(3, ben.DotsLeft);
        Assert.Equal(0, (await room.ViewAsync()).DotsPlaced);
    }

    [Fact]
    public async Task The_download_of_an_anonymous_activity_holds_the_wall_and_totals_but_no_person_and_a_named_one_says_who_wrote_what()
    {
        foreach (var anonymous in new[] { true, false })
        {
            var room = await OpenAsync(IdeasRoom.Setup(anonymous: anonymous));
            await room.WriteAsync("ana", "Alpha idea");
            await room.WriteAsync("ben", "Beta idea");
            var unrevealed = await room.Ideas.GetResults(new Dictionary<string, string>()).WaitAsync(IdeasRoom.Timeout);
            Assert.DoesNotContain("Alpha", Json(unrevealed));
            await room.SteerOkAsync(ActivityCommands.Reveal);
            await room.SteerOkAsync(IdeasCommands.Phase, text: "voting");
            await room.DotsAsync("ana", new() { [IdeasRoom.EntryId("ben", 0)] = 1 });

            var results = await room.Ideas.GetResults(new Dictionary<string, string> { ["ana"] = "Ana Lee", ["ben"] = "Ben Okafor" }).WaitAsync(IdeasRoom.Timeout);

            Assert.Equal(["Alpha idea", "Beta idea"], results.Rows.Where(r => r.Section == "Ideas").Select(r => r.Item).Order());
            var dots = results.Rows.Single(r => r.Section == "Dots" && r.Item == "Beta idea");
            Assert.Equal((1, 1), (dots.Rank, dots.Value));
            Assert.Equal(anonymous, dots.FewerThanThree);
            var details = (IdeasDetails)results.Details!;
            if (anonymous)
            {
                Assert.Null(details.People);
                Assert.DoesNotContain("Ana", Json(results));
            }
            else
            {
                Assert.Equal([("Ana Lee", "Alpha idea"), ("Ben Okafor", "Beta idea")], details.People!.Select(p => (p.Name, p.Wrote.Single())));
                Assert.Equal(1, details.People![0].Dots["Beta idea"]);
            }
        }
    }
}
