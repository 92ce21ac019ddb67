using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Sessions;
using Microsoft.Extensions.Logging;

namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>Deleting the session: what it knows it made, and the order they go in.</summary>
public sealed partial class SessionGrain
{
    /// <summary>Far above any real session (50 on the agenda at once); stops a script filling storage.</summary>
    public const int MaxMadeActivities = 1_000;

    /// <summary>Far above any real session's slides; stops a script filling storage.</summary>
    public const int MaxImages = 500;

    private const string DeletedMessage = "The facilitator deleted this session. Everything in it is gone.";

    private static readonly CommandOutcome TooManyMade =
        CommandOutcome.Refused($"This session has had {MaxMadeActivities} activities: start a new session for more.");

    private bool _forgetting;

    public async Task<CommandOutcome> RecordImage(string imageId)
    {
        if (!State.IsOpen || _forgetting)
        {
            return CommandOutcome.Refused("This session does not exist.");
        }

        if (State.ImageIds.Contains(imageId))
        {
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        if (State.ImageIds.Count >= MaxImages)
        {
            return CommandOutcome.Refused($"This session holds {MaxImages} images already.");
        }

        State.ImageIds.Add(imageId);
        await _commit.WhenStoredAsync();
        return CommandOutcome.Done;
    }

    /// <summary>
    /// Closes every connection to the session (each screen is told why), forgets every activity it
    /// made, its card images and its join code, then its own state. Until the clearing, the stored
    /// session is intact: a failure part way leaves something a retry finds and finishes.
    /// </summary>
    public async Task Forget()
    {
        var sessionId = this.GetPrimaryKeyString();
        var teamId = State.TeamId;
        var joinCode = State.JoinCode;
        var activities = ActivitiesMade();
        var images = State.ImageIds.ToArray();

        // From here no write lands (one in flight finishes), and nothing answers as if the session were
        // still there; screens that reconnect find no session.
        _forgetting = true;
        try
        {
            await CloseConnectionsAsync(new CredentialRevocation(teamId, [], [], DeletedMessage, ClosedSessionId: sessionId));
            await Task.WhenAll(activities
                .Select(a => ActivityCatalog.GrainOf(GrainFactory, new ActivityListing(a.Key, a.Value, "")))
                .OfType<IActivityGrain>()
                .Select(a => a.Forget())
                .Concat(images.Select(id => GrainFactory.GetGrain<ICardImageGrain>(id).Forget()))
                .Concat(joinCode.Length > 0 ? [GrainFactory.GetGrain<IJoinCodeGrain>(joinCode).Forget()] : []));
            try
            {
                await _commit.WhenCaughtUpAsync();
            }
            catch (Exception)
            {
                // A failed write stored nothing that the clearing must wait for.
            }

            await stored.ClearStateAsync();
            _nodes.Clear();
        }
        finally
        {
            // Cleared or not, this activation is done: a retry starts from what storage holds.
            DeactivateOnIdle();
        }
    }

    /// <summary>Every activity this session set up: the record of them, and (for sessions older than it) every list that names one.</summary>
    private Dictionary<string, string> ActivitiesMade()
    {
        var made = new Dictionary<string, string>(State.MadeActivities);
        var items = State.Agenda
            .Concat(State.Done.Select(s => s.Item))
            .Concat(State.Undone.Select(s => s.Item))
            .OfType<AgendaItem>();
        foreach (var item in items)
        {
            made.TryAdd(item.ActivityId, item.Kind);
        }

        return made;
    }

    private async Task<bool> RecordMadeAsync(string activityId, string kind)
    {
        if (State.MadeActivities.ContainsKey(activityId))
        {
            return true;
        }

        if (State.MadeActivities.Count >= MaxMadeActivities)
        {
            return false;
        }

        State.MadeActivities[activityId] = kind;
        await _commit.WhenStoredAsync();
        return true;
    }

    /// <summary>Tells every attached web node to close this session's connections, waiting (briefly) until they have.</summary>
    private Task CloseConnectionsAsync(CredentialRevocation closing) =>
        Task.WhenAll(_nodes.Select(async pair =>
        {
            try
            {
                await pair.Value.Observer.CredentialsRevoked(closing).WaitAsync(NodeAnswerTimeout);
            }
            catch (Exception failure)
            {
                // A node that does not answer is dead or cut off; its connections go with it, and its
                // next renewal finds no session.
                logger.LogWarning(failure, "Node {NodeId} did not confirm closing a deleted session", pair.Key);
            }
        }));
}
