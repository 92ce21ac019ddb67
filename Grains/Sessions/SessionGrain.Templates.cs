using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>What a template of the team is saved from: the agenda with each item's setup.</summary>
public sealed partial class SessionGrain
{
    public Task<IReadOnlyList<AgendaItemSetup>> GetAgendaSetups() =>
        Task.FromResult<IReadOnlyList<AgendaItemSetup>>(State.Agenda
            .Select(item => new AgendaItemSetup(item.ActivityId, item.Kind, item.Title, item.SetupJson))
            .ToArray());
}
