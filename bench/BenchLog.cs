namespace AntiLeadership.Live.Bench;

/// <summary>Progress goes to standard error, so that standard output ends with the JSON summary alone.</summary>
public static class BenchLog
{
    public static void Write(string message) => Console.Error.WriteLine($"[bench] {message}");
}
