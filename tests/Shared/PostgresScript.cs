using System.Diagnostics;

namespace AntiLeadership.Live.Testing;

/// <summary>
/// Runs <c>scripts/postgres.sh</c>, the script start.sh starts its database with, so that the tests and
/// the benchmark start theirs the same way. Shared as source by both.
/// </summary>
public static class PostgresScript
{
    /// <summary>Runs the script with <paramref name="arguments"/> and returns what it printed; throws with its errors when it fails.</summary>
    public static async Task<string> RunAsync(string repositoryRoot, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(repositoryRoot, "scripts", "postgres.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run scripts/postgres.sh.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"scripts/postgres.sh {string.Join(' ', arguments)} failed: {await errors}");
    }

    /// <summary>Starts (or finds running) the server in <paramref name="folder"/> and returns its connection string.</summary>
    public static async Task<string> StartAsync(string repositoryRoot, string folder, int port) =>
        (await RunAsync(repositoryRoot, "start", folder, $"{port}")).Trim().Split('\n')[^1];

    /// <summary>The server's processes: none once it has stopped.</summary>
    public static async Task<int[]> ProcessesAsync(string repositoryRoot, string folder) =>
        (await RunAsync(repositoryRoot, "pids", folder)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
}
