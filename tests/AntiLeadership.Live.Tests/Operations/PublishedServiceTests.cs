using System.Diagnostics;
using System.Net;
using System.Text;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Operations;

/// <summary>
/// What docs/deploy.md ships, run as an operator would: the output of <c>dotnet publish</c>, started the
/// way the systemd unit starts it, with the runtime settings published beside it and the settings of the
/// shipped <c>deploy/live.env</c> (only the database, the ports and the service id changed to this test's
/// own), serves <c>/health/ready</c> and the pages with their libraries (nothing is fetched from the internet).
/// </summary>
public sealed class PublishedServiceTests
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_published_output_started_as_the_systemd_unit_says_with_the_shipped_settings_serves_ready_and_its_pages()
    {
        var unit = await File.ReadAllLinesAsync(Path.Combine(RepositoryRoot.Path, "deploy", "antileadership-live.service"), TestContext.Current.CancellationToken);
        var shipped = await File.ReadAllLinesAsync(Path.Combine(RepositoryRoot.Path, "deploy", "live.env"), TestContext.Current.CancellationToken);
        var execStart = unit.Single(l => l.StartsWith("ExecStart=", StringComparison.Ordinal))["ExecStart=".Length..].Split(' ');
        var installed = unit.Single(l => l.StartsWith("WorkingDirectory=", StringComparison.Ordinal))["WorkingDirectory=".Length..];
        var output = Directory.CreateTempSubdirectory("published-").FullName;
        try
        {
            // Published from the build the test run made (test.sh builds first): the same bits, quickly.
            await RunAsync("dotnet", PublishTimeout, "publish", Path.Combine(RepositoryRoot.Path, "Web", "AntiLeadership.Live.Web.csproj"), "-c", "Release", "--no-build", "-o", output, "--nologo");
            var dll = Path.Combine(output, Path.GetRelativePath(installed, execStart[1]));
            Assert.Equal("/usr/bin/dotnet", execStart[0]);
            Assert.True(File.Exists(dll), $"The unit starts {execStart[1]}, which the published output lacks.");

            // The unit's environment files, in its order: those in the install folder come with the
            // published output (the runtime's settings), the one in /etc is the shipped live.env.
            var environment = new Dictionary<string, string>();
            foreach (var file in unit.Where(l => l.StartsWith("EnvironmentFile=", StringComparison.Ordinal)).Select(l => l["EnvironmentFile=".Length..]))
            {
                var published = Path.Combine(output, Path.GetRelativePath(installed, file));
                var lines = file.StartsWith(installed + "/", StringComparison.Ordinal)
                    ? await File.ReadAllLinesAsync(published, TestContext.Current.CancellationToken)
                    : file == "/etc/antileadership-live/live.env" ? shipped : throw new InvalidOperationException($"The unit reads {file}, which nothing ships.");
                foreach (var (key, value) in Settings(lines))
                {
                    environment[key] = value;
                }
            }

            Assert.Equal("0x8000000", environment["DOTNET_GCgen0size"]);
            Assert.Equal("0x800000", environment["DOTNET_GCLOHThreshold"]);

            var storage = ClusterStorage.OnPostgres(SharedPostgres.Server.NewStorage().Database);
            var port = FreePorts.Next();
            var settings = new Dictionary<string, string>(environment)
            {
                ["Urls"] = $"http://127.0.0.1:{port}",
                ["Cluster__Database"] = storage.Database,
                ["Cluster__ServiceId"] = storage.ServiceId,
                ["Cluster__SiloPort"] = $"{FreePorts.Next()}",
                ["Cluster__GatewayPort"] = $"{FreePorts.Next()}",
            };
            var start = new ProcessStartInfo(execStart[0].Replace("/usr/bin/dotnet", "dotnet", StringComparison.Ordinal), dll)
            {
                WorkingDirectory = output,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var (key, value) in settings)
            {
                start.Environment[key] = value;
            }

            using var node = Process.Start(start)!;
            var log = new StringBuilder();
            node.OutputDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
            node.ErrorDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
            node.BeginOutputReadLine();
            node.BeginErrorReadLine();
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
                var ready = await Eventually.ReturnsAsync(
                    async () =>
                    {
                        try
                        {
                            return (await http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode;
                        }
                        catch (HttpRequestException)
                        {
                            return HttpStatusCode.ServiceUnavailable;
                        }
                    },
                    status => status == HttpStatusCode.OK || node.HasExited,
                    "the published node ready",
                    ReadyTimeout);

                Assert.True(ready == HttpStatusCode.OK, $"Not ready; the node said:\n{Logged(log)}");
                foreach (var path in new[] { "/", "/team/0123456789abcdef01234567", "/lib/signalr/signalr.min.js", "/lib/chart.js/chart.umd.min.js", "/js/team/team-home.js" })
                {
                    Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
                }
            }
            finally
            {
                // As systemd stops it (KillSignal=SIGTERM): the node leaves and ends by itself.
                if (!node.HasExited)
                {
                    Process.Start("kill", ["-TERM", $"{node.Id}"])!.WaitForExit();
                    await node.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(45));
                }
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>An EnvironmentFile's settings: KEY=VALUE lines, comments and blank lines left out.</summary>
    private static Dictionary<string, string> Settings(IEnumerable<string> lines) =>
        lines.Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);

    private static string Logged(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    private static async Task RunAsync(string file, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(timeout);
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed:\n{await output}\n{await errors}");
    }
}
