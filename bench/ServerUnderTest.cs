using System.Diagnostics;
using AntiLeadership.Live.Testing;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The product as the benchmark measures it: a web node co-hosting its silo, in its own process, with
/// durable storage in a fresh Azurite (or memory storage for the ceiling run). Loopback only.
/// </summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _folder = Directory.CreateTempSubdirectory("antileadership-bench-").FullName;
    private string _storage = "Memory";
    private string _connection = "UseDevelopmentStorage=true";
    private bool _disposed;

    public Uri BaseAddress { get; private set; } = null!;

    public Process Node { get; private set; } = null!;

    /// <summary>Azurite, when the run is durable; its CPU shares the machine with the server.</summary>
    public Process? Storage { get; private set; }

    public static async Task<ServerUnderTest> StartAsync(bool durable)
    {
        var server = new ServerUnderTest();
        if (durable)
        {
            int blob = FreePorts.Next(), queue = FreePorts.Next(), table = FreePorts.Next();
            server.Storage = Start(Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite"),
                "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry", "--location", server._folder,
                "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}");
            await Ports.WaitAsync(table, TimeSpan.FromSeconds(60));
            server._storage = "AzureStorage";
            server._connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
                $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
        }

        await server.StartNodeAsync();
        return server;
    }

    /// <summary>
    /// Kills the node as a crash would — SIGKILL, so no graceful shutdown, nothing written on the way
    /// out — and starts a fresh one on the same storage. Azurite keeps running, as a storage account would.
    /// </summary>
    public async Task CrashAndRestartAsync()
    {
        if (Storage is null)
        {
            throw new InvalidOperationException("Memory storage does not survive a restart.");
        }

        await StopAsync(Node);
        await StartNodeAsync();
    }

    /// <summary>Stops the node and its Azurite; once only, however often it is called.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await StopAsync(Node);
        if (Storage is not null)
        {
            await StopAsync(Storage);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private async Task StartNodeAsync()
    {
        var http = FreePorts.Next();
        Node = Start("dotnet", Path.Combine(AppContext.BaseDirectory, "AntiLeadership.Live.Web.dll"),
            "--contentRoot", Path.Combine(RepositoryRoot.Path, "Web"), "--urls", $"http://127.0.0.1:{http}",
            "--environment", "Production", "--Logging:LogLevel:Default=Warning",
            $"--Cluster:Storage={_storage}", $"--Cluster:ConnectionString={_connection}",
            $"--Cluster:SiloPort={FreePorts.Next()}", $"--Cluster:GatewayPort={FreePorts.Next()}",
            // Every simulated phone joins from 127.0.0.1; a real room comes from many addresses. Lookups in
            // flight count against the wrong-code allowance, so 32 parallel joins would otherwise be refused.
            "--Live:Limits:JoinsPerMinutePerAddress=1000000", "--Live:Limits:FailedLookupsPerMinutePerAddress=1000000");
        BaseAddress = new Uri($"http://127.0.0.1:{http}");
        await Ports.WaitAsync(http, TimeSpan.FromSeconds(90));
    }

    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static Process Start(string file, params string[] arguments)
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
        return process;
    }
}
