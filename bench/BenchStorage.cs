using System.Diagnostics;
using AntiLeadership.Live.Silo;
using AntiLeadership.Live.Testing;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The storage a benchmarked node writes to, started by the benchmark on 127.0.0.1 with a fresh data
/// folder: PostgreSQL (the product's default, started by the same script as start.sh), Azurite (standing
/// in for Azure Storage), or nothing at all for memory storage. Its processes' CPU shares the machine
/// with the node, so it is read alongside the node's.
/// </summary>
public sealed class BenchStorage : IAsyncDisposable
{
    private const string AzuriteAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string? _folder;
    private readonly Process? _azurite;

    private BenchStorage(string mode, string[] nodeArguments, string? folder, Process? azurite)
    {
        Mode = mode;
        NodeArguments = nodeArguments;
        _folder = folder;
        _azurite = azurite;
    }

    /// <summary>A <see cref="StorageModes"/> name.</summary>
    public string Mode { get; }

    /// <summary>The settings that point a node at this storage.</summary>
    public string[] NodeArguments { get; }

    public bool Durable => Mode != StorageModes.Memory;

    public static async Task<BenchStorage> StartAsync(string mode)
    {
        switch (mode)
        {
            case StorageModes.PostgreSql:
            {
                var folder = Directory.CreateTempSubdirectory("antileadership-bench-postgres-").FullName;
                var connection = await PostgresScript.StartAsync(RepositoryRoot.Path, folder, FreePorts.Next());
                return new BenchStorage(mode, [$"--Cluster:Storage={mode}", $"--Cluster:Database={connection}"], folder, null);
            }

            case StorageModes.AzureStorage:
            {
                var folder = Directory.CreateTempSubdirectory("antileadership-bench-azurite-").FullName;
                int blob = FreePorts.Next(), queue = FreePorts.Next(), table = FreePorts.Next();
                var azurite = ServerUnderTest.Start(Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite"),
                    "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry", "--location", folder,
                    "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}");
                await Ports.WaitAsync(table, TimeSpan.FromSeconds(60));
                var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteAccountKey};" +
                    $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
                return new BenchStorage(mode, [$"--Cluster:Storage={mode}", $"--Cluster:ConnectionString={connection}"], folder, azurite);
            }

            default:
                return new BenchStorage(StorageModes.Memory, [$"--Cluster:Storage={StorageModes.Memory}"], null, null);
        }
    }

    /// <summary>CPU time (user + system) the storage's processes have used since they started.</summary>
    public double CpuSeconds()
    {
        var processes = Mode switch
        {
            StorageModes.PostgreSql => DatabaseProcesses(),
            StorageModes.AzureStorage => [_azurite!.Id],
            _ => [],
        };
        var total = 0.0;
        foreach (var pid in processes)
        {
            try
            {
                total += ProcessStats.CpuSeconds(pid);
            }
            catch (IOException)
            {
                // A database connection ended between listing and reading: its CPU is gone with it.
            }
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        if (Mode == StorageModes.PostgreSql)
        {
            await PostgresScript.RunAsync(RepositoryRoot.Path, "stop", _folder!);
        }
        else if (_azurite is not null)
        {
            await ServerUnderTest.StopAsync(_azurite);
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private int[] DatabaseProcesses() => PostgresScript.ProcessesAsync(RepositoryRoot.Path, _folder!).GetAwaiter().GetResult();
}
