namespace AntiLeadership.Live.Grains.Sessions;

[GenerateSerializer]
public sealed class SessionState
{
    [Id(0)]
    public string TeamId { get; set; } = "";
    [Id(1)]
    public string TeamName { get; set; } = "";
    [Id(2)]
    public string Title { get; set; } = "";
    [Id(3)]
    public string JoinCode { get; set; } = "";
    [Id(4)]
    public long Version { get; set; }
    [Id(5)]
    public List<SessionMember> Members { get; set; } = [];
    [Id(6)]
    public List<AgendaItem> Agenda { get; set; } = [];
    [Id(7)]
    public string? CurrentActivityId { get; set; }

    /// <summary>Closed to newcomers by the facilitator; people already in the team still get back in.</summary>
    [Id(8)]
    public bool JoiningClosed { get; set; }

    /// <summary>Counts the facilitators' steps on the agenda (see <see cref="AntiLeadership.Live.Sessions.SessionView.StepVersion"/>).</summary>
    [Id(9)]
    public long StepVersion { get; set; }

    /// <summary>The timer on the step on screen, if one was set.</summary>
    [Id(10)]
    public StoredTimer? Timer { get; set; }

    /// <summary>The steps that undo takes back, newest last.</summary>
    [Id(11)]
    public List<AgendaStep> Done { get; set; } = [];

    /// <summary>The steps undone, newest last, that redo takes again; emptied by any new step.</summary>
    [Id(12)]
    public List<AgendaStep> Undone { get; set; } = [];

    /// <summary>Who took the last step and what it was, for a facilitator whose command came too late.</summary>
    [Id(13)]
    public string LastActor { get; set; } = "";
    [Id(14)]
    public string LastStep { get; set; } = "";
    [Id(15)]
    public string LastActorId { get; set; } = "";

    public bool IsOpen => TeamId.Length > 0;
}
