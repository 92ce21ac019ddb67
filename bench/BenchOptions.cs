namespace AntiLeadership.Live.Bench;

/// <summary>
/// What to run: <c>--participants N</c>, <c>--ballots-each N</c> (ballots per participant in a burst),
/// <c>--bursts N</c> (measured bursts per server, after two unmeasured ones), <c>--server URL</c> (an already running node; otherwise
/// one is started on PostgreSQL), <c>--ceiling false</c> (skip the memory-storage run), <c>--azurite false</c>
/// (skip the same node on Azurite), <c>--warmup false</c> (measure from the very first burst on a fresh server),
/// <c>--activity culture-priorities|strengths|check-in|ideas</c> (the kind of activity the room runs),
/// <c>--scenario standard|bare|failover|organisation|soak|programmes</c> (what to run: the standard bursts; the product against
/// the bare path; two nodes and one killed, <see cref="FailoverDay"/>, with <c>--rooms N</c>, <c>--room-size N</c> and
/// <c>--busy-seconds N</c>; many rooms on one node, <see cref="OrganisationDay"/>: <c>--rooms</c>, <c>--room-size</c>,
/// <c>--window</c> and <c>--idle</c> in seconds, or <see cref="LongDay"/>: <c>--minutes</c>, <c>--rooms</c> alive at once,
/// <c>--room-size</c>; <c>--bursts</c> is then the bursts of each room; or months of programmes, <see cref="ProgrammesYear"/>:
/// <c>--teams N</c> (10,000), each with <c>--sessions-per-team N</c> (5: a two-day workshop and three follow-ups), and
/// <c>--opens N</c> team homes opened cold (200)),
/// <c>--port N</c> (where <c>--scenario serve-bare</c>, the bare path's own process, listens),
/// <c>--dashboard on|off|watched</c>: the Orleans dashboard as shipped (on, nobody looking), turned off
/// (<c>Cluster:Dashboard=false</c>), or on with an operator polling it as its page does (its call profiler then runs).
/// </summary>
public sealed record BenchOptions(int Participants, int BallotsEach, int Bursts, Uri? Server, bool Ceiling, bool Azurite = true, bool Warmup = true,
    string Activity = "culture-priorities", string Scenario = "standard", int Port = 0, int? Rooms = null, int RoomSize = 25, int BusySeconds = 60,
    string Dashboard = "on", int WindowS = 60, int IdleS = 90, int Minutes = 30, int Teams = ProgrammesYear.DefaultTeams,
    int SessionsPerTeam = TeamYear.DefaultSessions, int Opens = ProgrammesYear.DefaultOpens)
{
    /// <summary>
    /// Unmeasured bursts first: the first compiles the code paths, the second finds the framework's
    /// hot methods being re-compiled with full optimisation (measured: the second burst still took half
    /// as long again as the ones after it).
    /// </summary>
    public const int WarmupBursts = 2;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(1000, 2, 7, null, true);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--participants" => options with { Participants = int.Parse(args[i + 1]) },
                "--ballots-each" => options with { BallotsEach = int.Parse(args[i + 1]) },
                "--bursts" => options with { Bursts = int.Parse(args[i + 1]) },
                "--server" => options with { Server = new Uri(args[i + 1]), Ceiling = false, Azurite = false },
                "--ceiling" => options with { Ceiling = bool.Parse(args[i + 1]) },
                "--azurite" => options with { Azurite = bool.Parse(args[i + 1]) },
                "--warmup" => options with { Warmup = bool.Parse(args[i + 1]) },
                "--activity" => options with { Activity = BenchKind.Named(args[i + 1]).Name },
                "--scenario" => options with { Scenario = args[i + 1] },
                "--dashboard" => options with { Dashboard = args[i + 1] is "on" or "off" or "watched" ? args[i + 1] : throw new ArgumentException("--dashboard takes on, off or watched.") },
                "--rooms" => options with { Rooms = int.Parse(args[i + 1]) },
                "--room-size" => options with { RoomSize = int.Parse(args[i + 1]) },
                "--busy-seconds" => options with { BusySeconds = int.Parse(args[i + 1]) },
                "--port" => options with { Port = int.Parse(args[i + 1]) },
                "--window" => options with { WindowS = int.Parse(args[i + 1]) },
                "--idle" => options with { IdleS = int.Parse(args[i + 1]) },
                "--minutes" => options with { Minutes = int.Parse(args[i + 1]) },
                "--teams" => options with { Teams = int.Parse(args[i + 1]) },
                "--sessions-per-team" => options with { SessionsPerTeam = int.Parse(args[i + 1]) },
                "--opens" => options with { Opens = int.Parse(args[i + 1]) },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        if (options.Participants < 1 || options.BallotsEach < 1 || options.Bursts < 1 || options.Rooms < 1 || options.RoomSize < 1 || options.WindowS < 0
            || options.IdleS < 0 || options.Minutes < 1 || options.Teams < 2 || options.SessionsPerTeam < 1 || options.Opens < 1)
        {
            throw new ArgumentException("--participants, --ballots-each, --bursts, --rooms, --room-size, --minutes, --sessions-per-team and --opens take numbers of at least 1; " +
                "--teams at least 2; --window and --idle at least 0.");
        }

        return options;
    }
}
