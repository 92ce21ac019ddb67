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

    /// <summary>The facilitator role handed to a participant, while it is.</summary>
    [Id(16)]
    public StoredGrant? Grant { get; set; }

    /// <summary>The label of the facilitator who steered last: who the board says is facilitating when no participant is.</summary>
    [Id(17)]
    public string FacilitatorLabel { get; set; } = "";

    /// <summary>
    /// Turns started or ended, stored with the change that made them and sent to the team's rota after
    /// it: kept until the rota has them, so a rota that could not be reached gets them later.
    /// </summary>
    [Id(18)]
    public List<AntiLeadership.Live.Grains.Programme.StoredRotaEntry> RotaOutbox { get; set; } = [];

    /// <summary>
    /// Every activity ever set up for this session (id → kind), removed ones included, so deleting the
    /// session forgets each: an item removed longer ago than undo reaches is on no other list.
    /// </summary>
    [Id(19)]
    public Dictionary<string, string> MadeActivities { get; set; } = [];

    /// <summary>The card images uploaded for this session, forgotten with it.</summary>
    [Id(20)]
    public List<string> ImageIds { get; set; } = [];

    public bool IsOpen => TeamId.Length > 0;
}
