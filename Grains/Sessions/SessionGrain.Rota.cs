using AntiLeadership.Live.Grains.Programme;
using AntiLeadership.Live.Programme;
using Microsoft.Extensions.Logging;

namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>
/// Turns at facilitating reach the team's rota through an outbox stored with the session: a turn's start
/// and end are written with the change that made them, then sent, so the rota never misses one even if
/// it could not be reached at the time (or the session was restarted in between).
/// </summary>
public sealed partial class SessionGrain
{
    private void EndTurn(DateTimeOffset now)
    {
        if (State.Grant is { } grant)
        {
            State.RotaOutbox.Add(RotaEntryOf(grant, now));
            State.Grant = null;
        }
    }

    private StoredRotaEntry RotaEntryOf(StoredGrant grant, DateTimeOffset? until) => new()
    {
        EntryId = grant.GrantId,
        SessionId = this.GetPrimaryKeyString(),
        SessionTitle = State.Title,
        ActivityId = grant.ActivityId,
        ActivityTitle = grant.ActivityTitle,
        ParticipantId = grant.ParticipantId,
        Name = grant.Name,
        GivenBy = grant.GivenBy,
        From = grant.Since,
        Until = until,
    };

    /// <summary>
    /// Sends the stored turns to the team's rota; kept until it has them (the rota keeps a turn once
    /// however often it is sent). Called after the write that stored them, and again every few seconds
    /// while any are left, so a rota that could not be reached catches up.
    /// </summary>
    private async Task SendToRotaAsync()
    {
        if (State.RotaOutbox.Count == 0 || !State.IsOpen)
        {
            return;
        }

        var sending = State.RotaOutbox.ToArray();
        try
        {
            await GrainFactory.GetGrain<ITeamRotaGrain>(State.TeamId).Record(sending.Select(e => e.ToEntry()).ToArray());
            State.RotaOutbox.RemoveAll(e => sending.Contains(e));
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Could not record turns at facilitating in the rota of team {TeamId}; trying again shortly", State.TeamId);
        }
    }
}
