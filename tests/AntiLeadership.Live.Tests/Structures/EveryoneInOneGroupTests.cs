using AntiLeadership.Live.Activities.Structures;
using AntiLeadership.Live.Grains.Activities.Structures;
using static AntiLeadership.Live.Tests.Structures.Groupings;

namespace AntiLeadership.Live.Tests.Structures;

/// <summary>
/// Property-style checks over many seeds and rooms of 1 to 60: every way of forming groups puts each
/// person present in exactly one group, and keeps the sizes its rules promise.
/// </summary>
public sealed class EveryoneInOneGroupTests
{
    private const int Seeds = 12;
    private const int LargestRoom = 60;

    [Fact]
    public void Pairs_put_everyone_in_exactly_one_pair_or_the_trio()
    {
        ForEveryRoom((room, random) =>
        {
            var pairs = OneTwoFourAll.Pairs(room, random);

            EveryoneOnce(room, pairs);
            Assert.All(pairs, p => Assert.InRange(p.ParticipantIds.Count, room.Count == 1 ? 1 : 2, 3));
            Assert.True(pairs.Count(p => p.ParticipantIds.Count == 3) == room.Count % 2 || room.Count == 1);
        });
    }

    [Fact]
    public void Fours_put_everyone_in_exactly_one_group_of_three_to_five()
    {
        ForEveryRoom((room, random) =>
        {
            var fours = OneTwoFourAll.Fours(OneTwoFourAll.Pairs(room, random), room, random);

            EveryoneOnce(room, fours);
            Assert.All(fours, f => Assert.InRange(f.ParticipantIds.Count, Math.Min(room.Count, 3), 5));
        });
    }

    [Fact]
    public void Fours_after_late_joiners_and_leavers_put_everyone_present_in_exactly_one_group_of_three_to_five()
    {
        ForEveryRoom((room, random) =>
        {
            var pairs = OneTwoFourAll.Pairs(room, random);
            var late = Enumerable.Range(0, random.Next(4)).Select(i => $"late{i}");
            pairs = Huddles.Join(pairs, late, random);
            var present = pairs.SelectMany(p => p.ParticipantIds).Where(_ => random.Next(6) > 0).ToList();

            var fours = OneTwoFourAll.Fours(pairs, present, random);

            EveryoneOnce(present, fours);
            Assert.All(fours, f => Assert.InRange(f.ParticipantIds.Count, Math.Min(present.Count, 3), 5));
        });
    }

    [Fact]
    public void Late_joiners_are_each_in_exactly_one_group_and_nobody_already_grouped_moves()
    {
        ForEveryRoom((room, random) =>
        {
            var pairs = OneTwoFourAll.Pairs(room, random);
            var late = Enumerable.Range(0, 1 + random.Next(5)).Select(i => $"late{i}").ToList();

            var joined = Huddles.Join(pairs, late, random);

            EveryoneOnce(room.Concat(late), joined);
            for (var i = 0; i < pairs.Count; i++)
            {
                Assert.Equal(pairs[i].ParticipantIds, joined[i].ParticipantIds.Take(pairs[i].ParticipantIds.Count));
            }
        });
    }

    [Fact]
    public void Reformed_groups_hold_everyone_present_once_and_nobody_alone_unless_alone_in_the_room()
    {
        ForEveryRoom((room, random) =>
        {
            var groups = OneTwoFourAll.Pairs(room, random);
            if (random.Next(2) == 0)
            {
                groups = OneTwoFourAll.Fours(groups, room, random);
            }

            var present = room.Where(_ => random.Next(4) > 0).ToList();

            var reformed = Huddles.Reform(groups, present, random);

            EveryoneOnce(present, reformed);
            Assert.All(reformed, g => Assert.True(g.ParticipantIds.Count >= 2 || present.Count == 1));
        });
    }

    [Fact]
    public void Networking_rounds_put_everyone_in_exactly_one_pair_or_the_trio_and_count_their_repeats()
    {
        ForEveryRoom((room, random) =>
        {
            var met = Encounters.None;
            for (var round = 0; round < 3; round++)
            {
                var next = ImpromptuNetworking.NextRound(room, met, random);

                EveryoneOnce(room, next.Pairs);
                Assert.All(next.Pairs, p => Assert.InRange(p.ParticipantIds.Count, room.Count == 1 ? 1 : 2, 3));
                Assert.Equal(next.Pairs.Sum(p => Repeats(p, met)), next.Repeats);
                met = met.With(next.Pairs);
            }
        });
    }

    private static void ForEveryRoom(Action<List<string>, Random> check)
    {
        for (var people = 1; people <= LargestRoom; people++)
        {
            for (var seed = 0; seed < Seeds; seed++)
            {
                check(Room(people), new Random(people * 1000 + seed));
            }
        }
    }

    private static int Repeats(Huddle group, Encounters met)
    {
        var ids = group.ParticipantIds;
        var repeats = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                repeats += met.Met(ids[i], ids[j]) ? 1 : 0;
            }
        }

        return repeats;
    }
}
