using System.Diagnostics;
using System.Net.Sockets;
using AntiLeadership.Live.Testing;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A real Azurite (from the repository's npm packages) on free loopback ports with its own temporary
/// data folder. It can be stopped and started again on the same folder and ports, as after a crash.
/// </summary>
public sealed class Azurite : IStorageServer
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _folder = Directory.CreateTempSubdirectory("antileadership-azurite-").FullName;
    private readonly int _blobPort = FreePorts.Next();
    private readonly int _queuePort = FreePorts.Next();
    private readonly int _tablePort = FreePorts.Next();
    private Process? _process;

    public string ConnectionString => ConnectionStringVia(_blobPort, _tablePort);

    public int BlobPort => _blobPort;

    public int TablePort => _tablePort;

    /// <summary>A connection string that reaches blobs and tables through other ports (a <see cref="TcpPassage"/>).</summary>
    public string ConnectionStringVia(int blobPort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{_queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    public ClusterStorage NewStorage() => ClusterStorage.OnAzure(ConnectionString);

    public static async Task<Azurite> StartNewAsync()
    {
        var azurite = new Azurite();
        await azurite.StartAsync();
        return azurite;
    }

    public async Task StartAsync()
    {
        var executable = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run 'npm ci' in the repository root.");
        }

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry", "--location", _folder,
            "--blobHost", "127.0.0.1", "--blobPort", $"{_blobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{_queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{_tablePort}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Azurite.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Eventually.ReturnsAsync(() => ListeningAsync(_blobPort, _tablePort), up => up, "Azurite to listen", TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// Stops Azurite the way Ctrl+C does: it flushes its on-disk database first (its table store saves
    /// on an interval, so a hard kill can lose the last seconds of writes, unlike real Azure Storage).
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            Signals.Send(process.Id, Signals.Terminate);
            try
            {
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Ends Azurite at once, as a crash would. Its last seconds of table writes may be lost.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }


    private static async Task<bool> ListeningAsync(params int[] ports)
    {
        foreach (var port in ports)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port).WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception e) when (e is SocketException or TimeoutException)
            {
                return false;
            }
        }

        return true;
    }
}
