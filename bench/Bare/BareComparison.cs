using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench.Bare;

/// <summary>
/// What <c>--scenario bare</c> prints: the server CPU each vote costs the product (on PostgreSQL, its
/// storage's CPU apart) and the bare path, from the median burst of each (burst CPU / votes), and their
/// ratio, whose target is at most <see cref="Target"/>. Latency and messages per phone are there to
/// show both sides did the same work.
/// </summary>
public sealed record BareComparison(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("participants")] int Participants,
    [property: JsonPropertyName("votes")] int Votes,
    [property: JsonPropertyName("bursts")] int Bursts,
    [property: JsonPropertyName("product_cpu_per_vote_ms")] double ProductCpuPerVoteMs,
    [property: JsonPropertyName("product_storage_cpu_per_vote_ms")] double ProductStorageCpuPerVoteMs,
    [property: JsonPropertyName("bare_cpu_per_vote_ms")] double BareCpuPerVoteMs,
    // Server process against server process (null when a burst was too small for the bare path's CPU to register).
    [property: JsonPropertyName("cpu_ratio")] double? CpuRatio,
    // The product's server and database together against the bare server.
    [property: JsonPropertyName("cpu_ratio_with_storage")] double? CpuRatioWithStorage,
    [property: JsonPropertyName("target_met")] bool TargetMet,
    [property: JsonPropertyName("product_ack_p99_ms")] double ProductAckP99Ms,
    [property: JsonPropertyName("bare_ack_p99_ms")] double BareAckP99Ms,
    [property: JsonPropertyName("product_messages_per_phone")] double? ProductMessagesPerPhone,
    [property: JsonPropertyName("bare_messages_per_phone")] double? BareMessagesPerPhone)
{
    /// <summary>Issue 16: the product's server CPU per vote within 1.5 times the bare path's.</summary>
    public const double Target = 1.5;

    public static BareComparison Of(BenchResult product, BenchResult bare)
    {
        var productCpu = PerVoteMs(product.BurstServerCpuS, product.Votes);
        var storageCpu = PerVoteMs(product.BurstStorageCpuS, product.Votes);
        var bareCpu = PerVoteMs(bare.BurstServerCpuS, bare.Votes);
        double? Ratio(double cpu) => bareCpu > 0 ? Math.Round(cpu / bareCpu, 2) : null;
        var ratio = Ratio(productCpu);
        return new BareComparison("bare", product.Participants, product.Votes, product.Bursts, productCpu, storageCpu, bareCpu,
            ratio, Ratio(productCpu + storageCpu), ratio <= Target, product.AckP99Ms, bare.AckP99Ms,
            product.MessagesPerPhone, bare.MessagesPerPhone);
    }

    private static double PerVoteMs(double? burstCpuS, int votes) =>
        Math.Round((burstCpuS ?? throw new InvalidOperationException("A server this benchmark started has CPU readings.")) * 1000 / votes, 3);
}
