using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Ideas;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>An open ideas activity on a fresh session of a fresh team, and the calls its tests make, each with a timeout.</summary>
public sealed class IdeasRoom
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private IdeasRoom(IGrainFactory grains, IIdeasGrain ideas, string sessionId, string teamId)
    {
        Grains = grains;
        Ideas = ideas;
        SessionId = sessionId;
        TeamId = teamId;
    }

    public IGrainFactory Grains { get; }

    public IIdeasGrain Ideas { get; }

    public string SessionId { get; }

    public string TeamId { get; }

    public string ActivityId => Ideas.GetPrimaryKeyString();

    public static async Task<IdeasRoom> OpenAsync(IGrainFactory grains, IdeasSetup? setup = null, bool open = true)
    {
        var teamId = "team-" + Guid.NewGuid().ToString("N");
        var sessionId = "session-" + Guid.NewGuid().ToString("N");
        var session = grains.GetGrain<ISessionGrain>(sessionId);
        Assert.True((await session.Open(new SessionOpening(teamId, "Team", "Workshop", "JOINCODE")).WaitAsync(Timeout)).Succeeded);
        var ideas = grains.GetGrain<IIdeasGrain>("act-" + Guid.NewGuid().ToString("N"));
        Assert.True((await ideas.SetUp(sessionId, setup ?? Setup()).WaitAsync(Timeout)).Succeeded);
        var room = new IdeasRoom(grains, ideas, sessionId, teamId);
        if (open)
        {
            await room.SteerOkAsync(ActivityCommands.Open);
        }

        return room;
    }

    public static IdeasSetup Setup(bool screen = false, bool phonesGroup = false, bool anonymous = true, int entries = 3, int dots = 3, int perItem = 2) =>
        new("Start, stop, continue", "What should we start doing?", entries, 140, screen, phonesGroup, dots, perItem, true, anonymous);

    /// <summary>
    /// The id a participant's phone gives its entry number <paramref name="n"/>: made up, as a phone's is,
    /// and telling nothing about who wrote it (tests look for participant ids in what the room gets).
    /// </summary>
    public static string EntryId(string participantId, int n) =>
        $"entry-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(participantId)))[..10]}-{n}";

    /// <summary>Writes the participant's whole list of entries, with ids from <see cref="EntryId"/>.</summary>
    public Task<ContributionReceipt> WriteAsync(string participantId, params string[] texts) =>
        SubmitAsync(participantId, new IdeasInput(Entries: texts.Select((t, i) => new IdeaDraft(EntryId(participantId, i), t)).ToArray()));

    public Task<ContributionReceipt> DotsAsync(string participantId, Dictionary<string, int> dots) =>
        SubmitAsync(participantId, new IdeasInput(Dots: dots));

    public Task<ContributionReceipt> MoveAsync(string participantId, string with, params string[] places) =>
        SubmitAsync(participantId, new IdeasInput(Move: new IdeaMove(places, with)));

    public async Task<ContributionReceipt> SubmitAsync(string participantId, IdeasInput input) =>
        await Ideas.Submit(participantId, Guid.NewGuid().ToString("N"), input).WaitAsync(Timeout);

    public async Task<CommandOutcome> SteerAsync(string name, string? target = null, string? text = null) =>
        await Ideas.Steer(new ActivityCommand(name, Target: target, Text: text)).WaitAsync(Timeout);

    public async Task SteerOkAsync(string name, string? target = null, string? text = null)
    {
        var outcome = await SteerAsync(name, target, text);
        Assert.True(outcome.Succeeded, $"{name} {target} {text}: {outcome.Rejection}");
    }

    public async Task<IdeasView> ViewAsync() => (IdeasView)await Ideas.GetView().WaitAsync(Timeout);

    public async Task<IdeasView> AudienceViewAsync() => (IdeasView)(await Ideas.GetView().WaitAsync(Timeout)).ForAudience();

    public async Task<IdeasContribution> ContributionAsync(string participantId) =>
        (IdeasContribution)await Ideas.GetContribution(participantId).WaitAsync(Timeout);

    /// <summary>Every entry id on the facilitator's page, by the item it is in.</summary>
    public async Task<Dictionary<string, string>> ItemOfEntryAsync() =>
        (await ViewAsync()).Items!.SelectMany(i => i.Entries.Select(e => (e.EntryId, i.ItemId))).ToDictionary(p => p.EntryId, p => p.ItemId);

    /// <summary>Where an entry is now, as a place "entryId@groupId".</summary>
    public async Task<string> PlaceAsync(string entryId)
    {
        var item = (await ViewAsync()).Items!.Single(i => i.Entries.Any(e => e.EntryId == entryId));
        return item.IsGroup ? $"{entryId}@{item.ItemId}" : $"{entryId}@";
    }
}
