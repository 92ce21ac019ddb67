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
    // All measured bursts' CPU against all of the bare path's: /proc counts CPU in 10 ms ticks, a tenth
    // of a bare burst, so the ratio of two medians moves by a tenth with one tick; the sums by a hundredth.
    [property: JsonPropertyName("cpu_ratio_all_bursts")] double? CpuRatioAllBursts,
    // The same, from the first ballot until every client showed the final tally: a vote's whole cost,
    // its push to every screen included (both sides push on the same timer after the acknowledgements).
    [property: JsonPropertyName("product_cpu_per_vote_to_converged_ms")] double ProductCpuPerVoteToConvergedMs,
    [property: JsonPropertyName("bare_cpu_per_vote_to_converged_ms")] double BareCpuPerVoteToConvergedMs,
    [property: JsonPropertyName("cpu_ratio_to_converged")] double? CpuRatioToConverged,
    [property: JsonPropertyName("target_met")] bool TargetMet,
    [property: JsonPropertyName("product_ack_p99_ms")] double ProductAckP99Ms,
    [property: JsonPropertyName("bare_ack_p99_ms")] double BareAckP99Ms,
    [property: JsonPropertyName("product_messages_per_phone")] double? ProductMessagesPerPhone,
    [property: JsonPropertyName("bare_messages_per_phone")] double? BareMessagesPerPhone)
{
    /// <summary>Issue 16: the product's server CPU per vote within 1.5 times the bare path's.</summary>
    public const double Target = 1.5;

    public static BareComparison Of(int participants, IReadOnlyList<BurstMeasurement> productBursts, IReadOnlyList<BurstMeasurement> bareBursts)
    {
        var product = BurstSummary.Summarise(participants, productBursts);
        var bare = BurstSummary.Summarise(participants, bareBursts);
        var productCpu = PerVoteMs(product.BurstServerCpuS, product.Votes);
        var storageCpu = PerVoteMs(product.BurstStorageCpuS, product.Votes);
        var bareCpu = PerVoteMs(bare.BurstServerCpuS, bare.Votes);
        var ratio = Ratio(productCpu, bareCpu);
        var productConverged = PerVoteMs(BurstSummary.Median(productBursts.Select(b => b.ConvergedServerCpuS ?? 0)), product.Votes);
        var bareConverged = PerVoteMs(BurstSummary.Median(bareBursts.Select(b => b.ConvergedServerCpuS ?? 0)), bare.Votes);
        return new BareComparison("bare", participants, product.Votes, product.Bursts, productCpu, storageCpu, bareCpu,
            ratio, Ratio(productCpu + storageCpu, bareCpu), Ratio(productBursts.Sum(b => b.ServerCpuS ?? 0), bareBursts.Sum(b => b.ServerCpuS ?? 0)),
            productConverged, bareConverged, Ratio(productConverged, bareConverged),
            ratio <= Target, product.AckP99Ms, bare.AckP99Ms, product.MessagesPerPhone, bare.MessagesPerPhone);
    }

    private static double? Ratio(double cpu, double bareCpu) => bareCpu > 0 ? Math.Round(cpu / bareCpu, 2) : null;

    private static double PerVoteMs(double? burstCpuS, int votes) =>
        Math.Round((burstCpuS ?? throw new InvalidOperationException("A server this benchmark started has CPU readings.")) * 1000 / votes, 3);
}
