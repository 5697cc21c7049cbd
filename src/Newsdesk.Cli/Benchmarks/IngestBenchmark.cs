using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Cli.Hosting;
using Newsdesk.Storage.Ingestion;
using Spectre.Console;

namespace Newsdesk.Cli.Benchmarks;

/// <summary>
/// Ingestion throughput and latency through the local host (real WebJobs blob trigger) against one storage,
/// next to that storage's own batched-write ceiling. A measurement, printed as a table: never an assertion.
/// </summary>
internal static class IngestBenchmark
{
    /// <summary>Runs the three measurements and prints the results (also as Markdown, for the docs).</summary>
    public static async Task RunAsync(string storage, string samplePath, int count, int latencySamples, int parallelism, IAnsiConsole console, bool verbose = false, CancellationToken cancellationToken = default)
    {
        var tables = new TableServiceClient(storage);
        console.MarkupLine($"Measuring the batched-write ceiling ({count * 40:N0} entities in 100-entity transactions, {parallelism} writers)...");
        var ceiling = await BatchCeiling.MeasureAsync(tables, Math.Max(2_000, count * 40), parallelism, cancellationToken);

        var variants = ArticleVariants.Create(samplePath, count, targetBytes: 5_000);
        var name = "bench" + Guid.NewGuid().ToString("N")[..12];
        await using var host = await LocalHost.StartAsync(new LocalHostOptions
        {
            StorageConnection = storage,
            Port = 0,
            ArticlesContainer = name,
            TablePrefix = name,
            HostId = name,
            MaxDegreeOfParallelism = parallelism,
            SdkLogLevel = verbose ? Microsoft.Extensions.Logging.LogLevel.Debug : Microsoft.Extensions.Logging.LogLevel.Warning,
            LogLevel = verbose ? Microsoft.Extensions.Logging.LogLevel.Information : Microsoft.Extensions.Logging.LogLevel.Warning,
        }, cancellationToken: cancellationToken);
        var container = new BlobServiceClient(storage).GetBlobContainerClient(name);

        console.MarkupLine($"Uploading {count:N0} variants of {Markup.Escape(Path.GetFileName(samplePath))} ({variants[0].Content.Length:N0} bytes each) at once...");
        var since = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (v, token) =>
            await container.GetBlobClient(v.Name).UploadAsync(BinaryData.FromBytes(v.Content), token));
        var uploaded = clock.Elapsed;
        var outcomes = await host.Monitor.WaitForAsync([.. variants.Select(v => v.Name)], since, TimeSpan.FromMinutes(10), cancellationToken: cancellationToken);
        var total = clock.Elapsed;
        var first = outcomes.Min(o => o.At - o.Elapsed);
        var last = outcomes.Max(o => o.At);
        var busy = last - first;
        var rows = outcomes.Sum(o => (long)o.Outcome.RowsWritten);
        var failed = outcomes.Count(o => o.Outcome.Status == IngestionStatus.Failed);

        // The same articles through the ingestion service alone (no trigger): what the service itself sustains.
        console.MarkupLine($"Ingesting the same {count:N0} blobs directly through the ingestion service ({parallelism} at once)...");
        var direct = await DirectAsync(host, container, variants.Select(v => v.Name).ToList(), parallelism, cancellationToken);

        console.MarkupLine($"Measuring upload-to-rows latency over {latencySamples} single uploads...");
        var latencies = new List<double>();
        for (var i = 0; i < latencySamples; i++)
        {
            var blob = $"latency/{i:D3}.md";
            var content = ArticleVariants.Create(samplePath, 1, 5_000)[0].Content;
            content = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(content).Replace("-v0", $"-latency{i}", StringComparison.Ordinal));
            var start = DateTimeOffset.UtcNow;
            await container.GetBlobClient(blob).UploadAsync(BinaryData.FromBytes(content), cancellationToken);
            var done = await host.Monitor.WaitForAsync([blob], start, TimeSpan.FromMinutes(2), cancellationToken: cancellationToken);
            latencies.Add((done[0].At - start).TotalSeconds);
        }

        latencies.Sort();
        var results = new List<(string Metric, string Value, string Target)>
        {
            ("Azurite batched-write ceiling", $"{ceiling:N0} entities/s", ""),
            ($"Ingestion of {count} articles: wall time (upload start to last row)", $"{total.TotalSeconds:N1} s (uploads took {uploaded.TotalSeconds:N1} s)", ""),
            ("Articles/s (processing: first to last ingestion)", $"{count / busy.TotalSeconds:N1}", ">= 40"),
            ("Articles/s (wall, incl. trigger discovery)", $"{count / total.TotalSeconds:N1}", ""),
            ("Entities written/s (processing)", $"{rows / busy.TotalSeconds:N0} ({rows / busy.TotalSeconds / ceiling:P0} of ceiling)", ">= 60% of ceiling"),
            ("Direct ingestion (service only, no trigger): articles/s", $"{direct.ArticlesPerSecond:N1}", ""),
            ("Direct ingestion: entities written/s", $"{direct.RowsPerSecond:N0} ({direct.RowsPerSecond / ceiling:P0} of ceiling)", ""),
            ("Time in the ingestion service per blob (mean / max)", $"{outcomes.Average(o => o.Elapsed.TotalMilliseconds):N0} ms / {outcomes.Max(o => o.Elapsed.TotalMilliseconds):N0} ms", ""),
            ("Rows written per article", $"{(double)rows / count:N1}", ""),
            ("Failed", $"{failed}", "0"),
            ($"Upload-to-rows latency, median of {latencySamples}", $"{Percentile(latencies, 0.5):N2} s", "< 5 s"),
            ($"Upload-to-rows latency, p95 of {latencySamples}", $"{Percentile(latencies, 0.95):N2} s", ""),
        };
        var table = new Table().Border(TableBorder.Rounded).Title("Ingestion benchmark").AddColumns("Metric", "Value", "Target");
        foreach (var (metric, value, target) in results)
        {
            table.AddRow(Markup.Escape(metric), Markup.Escape(value), Markup.Escape(target));
        }

        console.Write(table);
        console.WriteLine();
        console.WriteLine("| Metric | Value | Target |");
        console.WriteLine("|---|---|---|");
        foreach (var (metric, value, target) in results)
        {
            console.WriteLine($"| {metric} | {value} | {target} |");
        }

        await container.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
    }

    private static async Task<(double ArticlesPerSecond, double RowsPerSecond)> DirectAsync(LocalHost host, BlobContainerClient container, IReadOnlyList<string> names, int parallelism, CancellationToken cancellationToken)
    {
        // A fresh prefix, so every article is written again rather than found unchanged.
        var prefix = "direct" + Guid.NewGuid().ToString("N")[..10];
        await using var services = Commands.StorageServices.Create(host.Options.StorageConnection, container.Name, prefix);
        await services.GetRequiredService<Newsdesk.Storage.NewsdeskStorage>().EnsureCreatedAsync(cancellationToken);
        var ingestion = services.GetRequiredService<IIngestionService>();
        long rows = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (name, token) =>
            Interlocked.Add(ref rows, (await ingestion.IngestAsync(container.GetBlobClient(name), token)).RowsWritten));
        return (names.Count / clock.Elapsed.TotalSeconds, rows / clock.Elapsed.TotalSeconds);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
