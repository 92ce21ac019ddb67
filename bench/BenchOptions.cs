namespace AntiLeadership.Live.Bench;

/// <summary>
/// What to run: <c>--participants N</c>, <c>--ballots-each N</c>, <c>--server URL</c> (an already running
/// node; otherwise one is started), <c>--ceiling false</c> (skip the memory-storage run),
/// <c>--warmup false</c> (measure the very first burst on a fresh server).
/// </summary>
public sealed record BenchOptions(int Participants, int BallotsEach, Uri? Server, bool Ceiling, bool Warmup = true)
{
    /// <summary>Enough voters that every hot path is called far more often than the JIT's tiering threshold.</summary>
    public const int WarmupParticipants = 1000;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(1000, 2, null, true);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--participants" => options with { Participants = int.Parse(args[i + 1]) },
                "--ballots-each" => options with { BallotsEach = int.Parse(args[i + 1]) },
                "--server" => options with { Server = new Uri(args[i + 1]), Ceiling = false },
                "--ceiling" => options with { Ceiling = bool.Parse(args[i + 1]) },
                "--warmup" => options with { Warmup = bool.Parse(args[i + 1]) },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options;
    }
}
