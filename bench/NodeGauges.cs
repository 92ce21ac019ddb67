using System.Globalization;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// What a node holds open, read from outside it: established TCP connections to its port (from the
/// kernel's table, so nothing the node could miscount), and its grain activations (from the Orleans
/// meter on its own /metrics, open to loopback when no operator key is configured).
/// </summary>
public static class NodeGauges
{
    private const string Activations = "orleans_catalog_activations";

    /// <summary>Established TCP connections whose local end is <paramref name="port"/> on 127.0.0.1 (/proc/net/tcp, Linux).</summary>
    public static int Connections(int port)
    {
        var local = $":{port:X4}";
        // Columns: sl, local_address (hex ip:port), rem_address, st (01 = ESTABLISHED), ...
        return File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(columns => columns[1].EndsWith(local, StringComparison.Ordinal) && columns[3] == "01");
    }

    /// <summary>Grain activations on the node now, or null when its metrics cannot be read.</summary>
    public static async Task<long?> ActivationsAsync(Uri node)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(15) };
        try
        {
            var lines = (await http.GetStringAsync("/metrics")).Split('\n')
                .Where(l => l.StartsWith(Activations + "{", StringComparison.Ordinal) || l.StartsWith(Activations + " ", StringComparison.Ordinal))
                .ToArray();
            return lines.Length == 0 ? null : lines.Sum(Value);
        }
        catch (HttpRequestException error)
        {
            BenchLog.Write($"the node's metrics could not be read: {error.Message}");
            return null;
        }
    }

    /// <summary>The value of a line "name{labels} value [timestamp]" (labels optional).</summary>
    private static long Value(string line)
    {
        var afterName = Math.Max(line.LastIndexOf('}'), Activations.Length - 1) + 1;
        return (long)double.Parse(line[afterName..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
