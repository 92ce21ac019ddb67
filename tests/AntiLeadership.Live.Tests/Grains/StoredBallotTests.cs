using AntiLeadership.Live.Grains.Activities;
using AntiLeadership.Live.Grains.Activities.CulturePriorities;

namespace AntiLeadership.Live.Tests.Grains;

public sealed class StoredBallotTests
{
    [Fact]
    public void A_ballot_remembers_its_latest_submissions_and_forgets_older_ones()
    {
        var ballot = new StoredBallot();
        var ids = Enumerable.Range(0, StoredBallot.RememberedSubmissions + 1).Select(_ => Guid.NewGuid().ToString()).ToArray();
        foreach (var id in ids)
        {
            ballot.Remember(id);
        }

        Assert.False(ballot.Remembers(ids[0]));
        Assert.All(ids[1..], id => Assert.True(ballot.Remembers(id)));
        Assert.False(ballot.Remembers(Guid.NewGuid().ToString()));
        Assert.Equal(StoredBallot.RememberedSubmissions, ballot.RecentSubmissionIds.Count);
    }

    [Fact]
    public void A_ballot_stores_short_fingerprints_instead_of_the_submission_ids()
    {
        var ballot = new StoredBallot();
        var id = Guid.NewGuid().ToString();
        ballot.Remember(id);

        var stored = Assert.Single(ballot.RecentSubmissionIds);
        Assert.Equal(12, stored.Length);
        Assert.DoesNotContain(id, stored);
    }

    [Fact]
    public void A_ballot_stored_with_whole_submission_ids_still_knows_them()
    {
        var id = Guid.NewGuid().ToString();
        var ballot = new StoredBallot { RecentSubmissionIds = [id] };

        Assert.True(ballot.Remembers(id));
    }
}
