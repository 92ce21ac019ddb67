namespace AntiLeadership.Live.Bench;

/// <summary>Peak resident memory and CPU time of a process, read from /proc (Linux).</summary>
public static class ProcessStats
{
    public static double PeakRssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // utime and stime are fields 14 and 15 of stat, counted from 1; 'state' (field 3) is fields[0] here.
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }
}
