namespace AntiLeadership.Live.Bench;

/// <summary>What to run: <c>--participants N</c>, <c>--ballots-each N</c>, <c>--server URL</c> (an already running node; otherwise one is started).</summary>
public sealed record BenchOptions(int Participants, int BallotsEach, Uri? Server, bool Ceiling)
{
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
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options;
    }
}
