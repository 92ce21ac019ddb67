using System.Diagnostics;
using System.Text;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// One of the solution's programs (the web node or the grain-only silo) in a process of its own, run
/// from the test's output folder so it is the same build the tests reference. Its output is kept for
/// failure messages, and it can be killed the hard way.
/// </summary>
public sealed class NodeProgram : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private NodeProgram(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>Starts <paramref name="assembly"/> (a file in the test's output folder) with <paramref name="arguments"/>.</summary>
    public static NodeProgram Start(string assembly, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {assembly}.");
        var program = new NodeProgram(process);
        process.OutputDataReceived += (_, line) => program.Append(line.Data);
        process.ErrorDataReceived += (_, line) => program.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return program;
    }

    /// <summary>Waits until <paramref name="ready"/> holds, and fails with the program's output if it exits or never gets there.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> ready, string what, TimeSpan within)
    {
        try
        {
            await Eventually.ReturnsAsync(async () => HasExited || await ready(), done => done, what, within);
        }
        catch (TimeoutException)
        {
            await DisposeAsync();
            throw new TimeoutException($"Timed out waiting for {what}. Its output:\n{Output}");
        }

        if (HasExited)
        {
            throw new InvalidOperationException($"The program exited while waiting for {what}:\n{Output}");
        }
    }

    /// <summary>Ends the program the way a crash does: no shutdown, no goodbye to the cluster.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output) { _output.AppendLine(line); }
        }
    }
}
