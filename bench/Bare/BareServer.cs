using System.Diagnostics;
using AntiLeadership.Live.Testing;

namespace AntiLeadership.Live.Bench.Bare;

/// <summary>
/// The bare path as the benchmark measures it: this benchmark's own program in a child process serving
/// <see cref="BareHost"/>, so its CPU is read apart from the simulated phones'. It runs with the product
/// node's runtime settings (its runtimeconfig: server GC, the JIT settings of docs/decisions.md), not the
/// benchmark's, so that both servers get the same JIT and GC.
/// </summary>
public sealed class BareServer : IAsyncDisposable
{
    private BareServer(Process node, Uri baseAddress)
    {
        Node = node;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Process Node { get; }

    public static async Task<BareServer> StartAsync()
    {
        var port = FreePorts.Next();
        var here = AppContext.BaseDirectory;
        // The product's runtime settings too (its runtimeconfig and deploy/runtime.env), so that both run alike.
        var node = ServerUnderTest.Start("dotnet", NodeRuntime.Environment, "exec",
            "--runtimeconfig", Path.Combine(here, "AntiLeadership.Live.Web.runtimeconfig.json"),
            "--depsfile", Path.Combine(here, "AntiLeadership.Live.Bench.deps.json"),
            Path.Combine(here, "AntiLeadership.Live.Bench.dll"), "--scenario", BareHost.Scenario, "--port", $"{port}");
        await Ports.WaitAsync(port, TimeSpan.FromSeconds(90));
        return new BareServer(node, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>No storage: its CPU is always zero.</summary>
    public ServerStats Stats() => new(ProcessStats.PeakRssMb(Node.Id), ProcessStats.CpuSeconds(Node.Id), 0);

    public async ValueTask DisposeAsync() => await ServerUnderTest.StopAsync(Node);
}
