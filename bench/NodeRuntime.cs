namespace AntiLeadership.Live.Bench;

/// <summary>
/// The runtime settings a shipped node starts with (<c>deploy/runtime.env</c>, which the systemd unit and
/// start.sh load), so that every node the benchmark starts, and the bare path beside it, runs as shipped.
/// </summary>
public static class NodeRuntime
{
    public static IReadOnlyDictionary<string, string> Environment { get; } =
        File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "deploy", "runtime.env"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);

    /// <summary>The shipped settings with <paramref name="environment"/> over them.</summary>
    public static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> environment) =>
        Environment.Concat(environment).GroupBy(setting => setting.Key).ToDictionary(group => group.Key, group => group.Last().Value);
}
