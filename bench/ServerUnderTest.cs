using System.Diagnostics;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The product as the benchmark measures it: a web node co-hosting its silo, in its own process, with
/// durable storage in a fresh Azurite (or memory storage for the ceiling run). Loopback only.
/// </summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly List<Process> _processes = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("antileadership-bench-").FullName;

    public Uri BaseAddress { get; private set; } = null!;

    public Process Node => _processes[^1];

    /// <summary>Azurite, when the run is durable; its CPU shares the machine with the server.</summary>
    public Process? Storage => _processes.Count > 1 ? _processes[0] : null;

    public static async Task<ServerUnderTest> StartAsync(bool durable)
    {
        var server = new ServerUnderTest();
        var storage = "Memory";
        var connection = "UseDevelopmentStorage=true";
        if (durable)
        {
            int blob = Ports.Free(), queue = Ports.Free(), table = Ports.Free();
            server.Start(Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite"),
                "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--location", server._folder,
                "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}");
            await Ports.WaitAsync(table, TimeSpan.FromSeconds(60));
            storage = "AzureStorage";
            connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
                $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
        }

        var http = Ports.Free();
        server.Start("dotnet", Path.Combine(AppContext.BaseDirectory, "AntiLeadership.Live.Web.dll"),
            "--contentRoot", Path.Combine(RepositoryRoot.Path, "Web"), "--urls", $"http://127.0.0.1:{http}",
            "--environment", "Production", "--Logging:LogLevel:Default=Warning",
            $"--Cluster:Storage={storage}", $"--Cluster:ConnectionString={connection}",
            $"--Cluster:SiloPort={Ports.Free()}", $"--Cluster:GatewayPort={Ports.Free()}",
            // Every simulated phone joins from 127.0.0.1; a real room comes from many addresses. Lookups in
            // flight count against the wrong-code allowance, so 32 parallel joins would otherwise be refused.
            "--Live:Limits:JoinsPerMinutePerAddress=1000000", "--Live:Limits:FailedLookupsPerMinutePerAddress=1000000");
        server.BaseAddress = new Uri($"http://127.0.0.1:{http}");
        await Ports.WaitAsync(http, TimeSpan.FromSeconds(90));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private void Start(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 } text)
            {
                Console.Error.WriteLine($"[server] {text}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }
}
