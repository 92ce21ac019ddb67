using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Faults;

/// <summary>
/// The database killed with SIGKILL in the middle of a burst of votes, alone and together with every
/// other process the start command started: an acknowledged vote was committed, and a commit survives.
/// </summary>
public sealed class DatabaseCrashTests
{
    private const int Participants = 30;
    private const int FirstWave = 2;
    private static readonly string[] Statements = ["Say it", "Learn", "Lead together", "Decide together"];

    [Fact]
    public async Task Killing_the_database_mid_burst_keeps_every_acknowledged_vote_exactly_once()
    {
        await using var postgres = await Postgres.StartNewAsync();
        var settings = LiveAppSettings.Isolated(postgres);
        Room room;
        await using (var app = LiveApp.Start(settings))
        {
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
            room = await Room.OpenAsync(http, app.BaseAddress);
            await room.BurstAsync(app.BaseAddress, whileItRuns: async () =>
            {
                await postgres.KillAsync();
                // Back once the room has noticed: every phone still voting has been told "not saved".
                await Eventually.IsTrueAsync(() => room.Phones.Any(p => p.NotSaved > 0), "a phone to be told its vote is not saved");
                await postgres.StartAsync();
            });
            Assert.Contains(room.Phones, p => p.NotSaved > 0);
            await room.DisposeAsync();
        }

        // What the database holds, and what a fresh node reads from it, is every last acknowledged ballot once.
        Assert.Equal(room.Acknowledged(), await StoredBallots.ReadAsync(settings.Storage, room.ActivityId));
        await using var again = LiveApp.Start(settings);
        await room.AssertTalliedOnceAsync(again.BaseAddress);
    }

    [Fact]
    public async Task Killing_every_process_the_start_command_started_mid_burst_keeps_every_acknowledged_vote_exactly_once()
    {
        var data = Directory.CreateTempSubdirectory("antileadership-start-").FullName;
        var ports = StartCommand.Ports.Free();
        Room room;
        await using (var first = await StartCommand.RunAsync(data, ports))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = Eventually.DefaultTimeout };
            room = await Room.OpenAsync(http, first.BaseAddress);
            await room.BurstAsync(first.BaseAddress, whileItRuns: first.KillEverythingAsync, untilStored: false);
        }

        // The same command again, on the same data. Each phone's stored ballot is the last one
        // acknowledged to it, or the one it was still sending when everything died (stored, but its
        // answer lost with the node): never an older one, and never anything else.
        await using var second = await StartCommand.RunAsync(data, ports);
        var stored = await StoredBallots.ReadAsync(second.Storage, room.ActivityId);
        foreach (var phone in room.Phones)
        {
            var ballot = stored[phone.Joined.ParticipantId];
            Assert.True(Same(ballot, phone.LastAcknowledged!) || (phone.Pending is { } pending && Same(ballot, pending.Ballot)),
                $"Stored {string.Join(",", ballot)}; acknowledged {string.Join(",", phone.LastAcknowledged!)}.");
        }

        // Each phone sends what it was sending again, with the same submission id, as the page does on
        // reconnecting: what was stored already is answered as counted, not counted twice.
        await Task.WhenAll(room.Phones.Select(p => p.SendPendingAsync(second.BaseAddress, TimeSpan.FromMinutes(1))));
        await room.AssertTalliedOnceAsync(second.BaseAddress);
        await room.DisposeAsync();

        // Ctrl+C stops the web node and then the database cleanly.
        await second.InterruptAsync();
        Assert.Empty(await second.DatabaseProcessesAsync());
        Assert.Contains("Application is shutting down", second.Output, StringComparison.Ordinal);
    }

    private static bool Same(Dictionary<string, int> a, Dictionary<string, int> b) => a.Count == b.Count && !a.Except(b).Any();

    /// <summary>A workshop with one open vote and a room of phones that vote in waves.</summary>
    private sealed class Room(WorkshopStarted workshop, string activityId, List<VotingPhone> phones) : IAsyncDisposable
    {
        public string ActivityId { get; } = activityId;

        public List<VotingPhone> Phones { get; } = phones;

        public static async Task<Room> OpenAsync(HttpClient http, Uri node)
        {
            var workshop = await Workshop.StartAsync(http);
            await using var console = await LiveClient.ConnectAsync(node, workshop.SessionId, workshop.FacilitatorKey);
            var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Culture priorities", Statements, 3, 2, false));
            await console.SteerAsync(activityId, ActivityCommands.Open);
            var phones = new List<VotingPhone>();
            for (var i = 0; i < Participants; i++)
            {
                phones.Add(await VotingPhone.JoinAsync(http, node, workshop.JoinCode, $"P{i}"));
            }

            return new Room(workshop, activityId, phones);
        }

        /// <summary>
        /// Every phone stores two ballots; then all of them keep moving dots, and <paramref name="whileItRuns"/>
        /// happens in the middle of that, after which each phone stops once its ballot in flight is done.
        /// With <paramref name="untilStored"/> the phones keep trying until that ballot is stored; without,
        /// they give up when the servers are gone and keep what was acknowledged to them.
        /// </summary>
        public async Task BurstAsync(Uri node, Func<Task> whileItRuns, bool untilStored = true)
        {
            var acknowledged = 0;
            var moving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var stopping = new CancellationTokenSource();
            var burst = Phones.Select((phone, index) => Task.Run(async () =>
            {
                for (var b = 0; b < FirstWave || !stopping.IsCancellationRequested; b++)
                {
                    if (b == FirstWave)
                    {
                        await moving.Task;
                    }

                    var ballot = new Dictionary<string, int> { [$"s{(index + b) % 4 + 1}"] = 1 + (b % 2), [$"s{(b + 2) % 4 + 1}"] = 1 };
                    await phone.CastUntilStoredAsync(ActivityId, ballot, node, untilStored ? TimeSpan.FromMinutes(2) : TimeSpan.FromSeconds(5));
                    Interlocked.Increment(ref acknowledged);
                }
            })).ToList();

            await Eventually.IsTrueAsync(() => Volatile.Read(ref acknowledged) == Participants * FirstWave, "the first wave to be stored");
            moving.SetResult();
            await Eventually.IsTrueAsync(() => Volatile.Read(ref acknowledged) > Participants * FirstWave, "the dots to be moving");
            await whileItRuns();
            await stopping.CancelAsync();
            if (untilStored)
            {
                await Task.WhenAll(burst).WaitAsync(TimeSpan.FromMinutes(3));
            }
            else
            {
                // Phones whose servers died give up after their few seconds; what counts is what they were told.
                await Task.WhenAll(burst.Select(b => b.ContinueWith(_ => { }, TaskScheduler.Default))).WaitAsync(TimeSpan.FromMinutes(1));
            }
        }

        public Dictionary<string, Dictionary<string, int>> Acknowledged() =>
            Phones.ToDictionary(p => p.Joined.ParticipantId, p => p.LastAcknowledged!);

        /// <summary>A console and every phone, connected afresh, see exactly the acknowledged ballots and their sum.</summary>
        public async Task AssertTalliedOnceAsync(Uri node)
        {
            await using var console = await LiveClient.ConnectWithRetryAsync(node, workshop.SessionId, workshop.FacilitatorKey, TimeSpan.FromMinutes(1));
            await console.WaitForActivityAsync(ActivityId, v => v.Stage.Contributors == Participants, "every participant in the tally");
            var view = console.Activity(ActivityId)!;
            var expected = Statements.Select((_, i) => Phones.Sum(p => p.LastAcknowledged!.GetValueOrDefault($"s{i + 1}"))).ToArray();
            Assert.Equal(expected, view.Tally!.Select(t => t.Dots));
            Assert.Equal(expected.Sum(), view.DotsPlaced);
            foreach (var phone in Phones)
            {
                await using var again = await LiveClient.ConnectAsync(node, phone.Joined.SessionId, phone.Joined.Credential);
                var ballot = await again.GetBallotAsync(ActivityId);
                Assert.Equal(phone.LastAcknowledged, ballot.Dots);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var phone in Phones)
            {
                await phone.DisposeAsync();
            }
        }
    }
}
