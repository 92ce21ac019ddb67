using AntiLeadership.Live.Activities.Structures;
using AntiLeadership.Live.Grains.Activities.Structures;
using static AntiLeadership.Live.Tests.Structures.Groupings;

namespace AntiLeadership.Live.Tests.Structures;

/// <summary>Rounds of pairs in which nobody meets someone they already met in this session, or as few as can be.</summary>
public sealed class ImpromptuNetworkingRoundsTests
{
    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(11)]
    [InlineData(200)]
    [InlineData(1000)]
    public void Nobody_meets_the_same_partner_twice_over_three_rounds(int people)
    {
        var room = Room(people);
        var rounds = Play(room, rounds: 3, seed: people);

        Assert.All(rounds, round => Assert.Equal(0, round.Repeats));
        var met = rounds.SelectMany(r => r.Pairs).SelectMany(MetPairs).ToList();
        Assert.Equal(met.Count, met.Distinct().Count());
        Assert.All(rounds, round => EveryoneOnce(room, round.Pairs));
    }

    [Fact]
    public void An_odd_room_has_one_trio_and_its_three_people_have_not_met()
    {
        var room = Room(11);
        var first = Play(room, rounds: 1, seed: 3)[0];

        var second = ImpromptuNetworking.NextRound(room, Encounters.Of(first.Pairs), new Random(4));

        Assert.Equal([2, 2, 2, 2, 3], Sizes(second.Pairs));
        Assert.Equal(0, second.Repeats);
        var trio = second.Pairs.Single(p => p.ParticipantIds.Count == 3).ParticipantIds;
        Assert.DoesNotContain(first.Pairs, p => p.ParticipantIds.Count(trio.Contains) >= 2);
    }

    [Fact]
    public void Four_people_meet_everyone_in_three_rounds_and_the_fourth_round_has_the_two_repeats_it_cannot_avoid()
    {
        var rounds = Play(Room(4), rounds: 4, seed: 8);

        Assert.Equal([0, 0, 0, 2], rounds.Select(r => r.Repeats));
        Assert.Equal(2, rounds[3].Pairs.Count);
    }

    [Fact]
    public void Six_people_meet_everyone_once_in_five_rounds_and_only_the_sixth_round_repeats()
    {
        var rounds = Play(Room(6), rounds: 6, seed: 2);

        Assert.Equal([0, 0, 0, 0, 0, 3], rounds.Select(r => r.Repeats));
    }

    [Fact]
    public void Two_people_meet_again_and_the_round_says_so()
    {
        var rounds = Play(["ana", "sam"], rounds: 2, seed: 1);

        Assert.Equal([0, 1], rounds.Select(r => r.Repeats));
    }

    [Fact]
    public void The_reported_repeats_are_the_pairs_of_people_who_had_met_even_when_some_are_unavoidable()
    {
        foreach (var people in new[] { 5, 9, 14, 17 })
        {
            var room = Room(people);
            var met = Encounters.None;
            for (var round = 0; round < people + 2; round++)
            {
                var next = ImpromptuNetworking.NextRound(room, met, new Random(round));

                Assert.Equal(next.Pairs.SelectMany(MetPairs).Count(p => met.Met(p.One, p.Other)), next.Repeats);
                EveryoneOnce(room, next.Pairs);
                met = met.With(next.Pairs);
            }
        }
    }

    [Fact]
    public void People_who_were_in_a_pair_or_four_of_1_2_4_All_count_as_having_met()
    {
        var room = Room(16);
        var random = new Random(5);
        var pairs = OneTwoFourAll.Pairs(room, random);
        var fours = OneTwoFourAll.Fours(pairs, room, random);

        var round = ImpromptuNetworking.NextRound(room, Encounters.Of(pairs).With(fours), new Random(6));

        Assert.Equal(0, round.Repeats);
        Assert.DoesNotContain(round.Pairs, p => Together(fours, p.ParticipantIds[0], p.ParticipantIds[1]));
    }

    [Fact]
    public void Only_who_is_present_now_is_paired()
    {
        var room = Room(10);
        var first = ImpromptuNetworking.NextRound(room, Encounters.None, new Random(1));
        var present = room.Skip(3).Append("late").ToList();

        var second = ImpromptuNetworking.NextRound(present, Encounters.Of(first.Pairs), new Random(2));

        EveryoneOnce(present, second.Pairs);
        Assert.Equal(0, second.Repeats);
    }

    [Fact]
    public void The_same_room_history_and_seed_give_the_same_round()
    {
        var room = Room(30);
        var met = Encounters.Of(Play(room, rounds: 2, seed: 1).SelectMany(r => r.Pairs));

        Assert.Equal(
            Text(ImpromptuNetworking.NextRound(room, met, new Random(3)).Pairs),
            Text(ImpromptuNetworking.NextRound(room.AsEnumerable().Reverse(), met, new Random(3)).Pairs));
    }

    [Fact]
    public void Nobody_present_makes_an_empty_round_and_one_person_is_alone()
    {
        Assert.Empty(ImpromptuNetworking.NextRound([], Encounters.None, new Random(1)).Pairs);
        Assert.Equal("ana", Text(ImpromptuNetworking.NextRound(["ana"], Encounters.None, new Random(1)).Pairs));
    }

    private static List<NetworkingRound> Play(IReadOnlyList<string> room, int rounds, int seed)
    {
        var random = new Random(seed);
        var met = Encounters.None;
        var played = new List<NetworkingRound>();
        for (var i = 0; i < rounds; i++)
        {
            var round = ImpromptuNetworking.NextRound(room, met, random);
            played.Add(round);
            met = met.With(round.Pairs);
        }

        return played;
    }

    private static IEnumerable<(string One, string Other)> MetPairs(Huddle huddle) =>
        from one in huddle.ParticipantIds
        from other in huddle.ParticipantIds
        where string.CompareOrdinal(one, other) < 0
        select (one, other);
}
