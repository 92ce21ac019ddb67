namespace AntiLeadership.Live.Bench;

/// <summary>Resident memory (peak and current), threads and CPU time of a process, read from /proc (Linux).</summary>
public static class ProcessStats
{
    public static double PeakRssMb(int pid) => Status(pid, "VmHWM:") / 1024.0;

    public static double RssMb(int pid) => Status(pid, "VmRSS:") / 1024.0;

    public static int Threads(int pid) => (int)Status(pid, "Threads:");

    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // utime and stime are fields 14 and 15 of stat, counted from 1; 'state' (field 3) is fields[0] here.
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    /// <summary>The number in a line of /proc/PID/status (kB for memory).</summary>
    private static long Status(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1]);
    }
}
