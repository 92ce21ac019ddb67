using System.Text.Json;
using AntiLeadership.Live.Activities.Structures;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Persistence;

/// <summary>
/// A whole server stopped and started again on the same database in the middle of a guided structure:
/// it resumes at the same step, with the same end time, the same groups, and the agenda's step timer
/// and undo as they were.
/// </summary>
public sealed class StructureRestartTests
{
    [Fact]
    public async Task A_restart_in_the_middle_of_one_two_four_all_resumes_at_the_same_step_with_the_same_timer_and_groups()
    {
        var settings = LiveAppSettings.Isolated();
        WorkshopStarted workshop;
        string activityId;
        JsonElement before;
        SessionView sessionBefore;
        var groupsBefore = new List<int>();
        var people = new List<JoinedSession>();
        await using (var first = LiveApp.Start(settings))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = Eventually.DefaultTimeout };
            workshop = await Workshop.StartAsync(http);
            await using var console = await RecordingClient.ConnectAsync(first.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
            var phones = new List<RecordingClient>();
            foreach (var name in new[] { "Ana", "Ben", "Chloé", "Dev" })
            {
                var joined = await Workshop.JoinAsync(http, workshop.JoinCode, name);
                people.Add(joined);
                phones.Add(await RecordingClient.ConnectAsync(first.BaseAddress, workshop.SessionId, joined.Credential));
            }

            activityId = await console.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), StructureKind.Name, new
            {
                title = "1-2-4-All", structure = StructureNames.OneTwoFourAll, prompt = "How might we share leadership?", hideResultsUntilRevealed = false, anonymous = true,
            });
            await Eventually.ReturnsAsync(
                () => first.Grains.GetGrain<ISessionGrain>(workshop.SessionId).GetView(), v => v.PresentCount == 4, "all four phones to be present");
            await console.InvokeAsync("SteerActivity", activityId, new Activities.ActivityCommand(StructureCommands.NextStep));
            await console.InvokeAsync("SteerActivity", activityId, new Activities.ActivityCommand(StructureCommands.NextStep));
            await console.InvokeAsync("SteerActivity", activityId, new Activities.ActivityCommand(StructureCommands.StepTime, 90));
            await console.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.StartTimer, Seconds: 600));
            // The view pushed after the step's time was changed: one from before it already shows the pairs.
            var stored = await first.Grains.GetGrain<IStructureGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
            await console.WaitForViewAsync(activityId, v => v.GetProperty("version").GetInt64() >= stored.Version, "the view with the step's new time");
            Assert.Equal(1, console.View(activityId)!.Value.GetProperty("stepIndex").GetInt32());
            Assert.Equal(2, console.View(activityId)!.Value.GetProperty("groups").GetInt32());
            before = console.View(activityId)!.Value;
            sessionBefore = await first.Grains.GetGrain<ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
            foreach (var person in people)
            {
                var mine = (StructureContribution)await first.Grains.GetGrain<IStructureGrain>(activityId).GetContribution(person.ParticipantId).WaitAsync(Eventually.DefaultTimeout);
                groupsBefore.Add(mine.Group!.Number);
            }

            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }

        await using var second = LiveApp.Start(settings);
        await using var board = await RecordingClient.ConnectAsync(second.BaseAddress, workshop.SessionId, credential: null);
        await board.WaitForViewAsync(activityId, _ => true, "the board to receive the structure after the restart");
        var after = board.View(activityId)!.Value;
        var sessionAfter = await second.Grains.GetGrain<ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        var groupsAfter = new List<int>();
        foreach (var person in people)
        {
            var mine = (StructureContribution)await second.Grains.GetGrain<IStructureGrain>(activityId).GetContribution(person.ParticipantId).WaitAsync(Eventually.DefaultTimeout);
            groupsAfter.Add(mine.Group!.Number);
        }

        Assert.Equal(1, after.GetProperty("stepIndex").GetInt32());
        Assert.Equal(before.GetProperty("stepEndsAt").GetDateTimeOffset(), after.GetProperty("stepEndsAt").GetDateTimeOffset());
        Assert.Equal(groupsBefore, groupsAfter);
        Assert.Equal(sessionBefore.Timer, sessionAfter.Timer);
        Assert.Equal("start the timer", sessionAfter.UndoLabel);
        Assert.Equal(sessionBefore.StepVersion, sessionAfter.StepVersion);
    }
}
