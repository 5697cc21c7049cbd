using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Cli.Hosting;
using Newsdesk.Storage.Ingestion;
using Spectre.Console;

namespace Newsdesk.Cli.Benchmarks;

/// <summary>
/// Ingestion throughput and latency through the local host (real WebJobs blob trigger, per trigger source) against
/// one storage, next to that storage's own batched-write ceiling. A measurement, printed as a table: never an assertion.
/// </summary>
internal static class IngestBenchmark
{
    /// <summary>Runs the measurements and prints the results (also as Markdown, for the docs).</summary>
    public static async Task RunAsync(string storage, string samplePath, int count, int latencySamples, int parallelism, IReadOnlyList<BlobTriggerMode> triggers, IAnsiConsole console, Func<TimeSpan>? azuriteCpu = null, bool verbose = false, CancellationToken cancellationToken = default)
    {
        var tables = new TableServiceClient(storage);
        console.MarkupLine($"Measuring the batched-write ceiling ({count * 40:N0} entities in 100-entity transactions, {parallelism} writers)...");
        var ceiling = await BatchCeiling.MeasureAsync(tables, Math.Max(2_000, count * 40), parallelism, cancellationToken);
        // The reference figures ("about 400 single writes but 3,000 to 5,000 batched entities per second") are
        // one writer's rates; measured here too, beside the saturated 8-writer ceiling above.
        var singleWrites = await BatchCeiling.MeasureSingleWritesAsync(tables, 2_000, cancellationToken);
        var oneWriter = await BatchCeiling.MeasureAsync(tables, Math.Max(2_000, count * 10), 1, cancellationToken);
        var variants = ArticleVariants.Create(samplePath, count, targetBytes: 5_000);
        var runs = new List<(BlobTriggerMode Trigger, ServeRun Run)>();
        foreach (var trigger in triggers)
        {
            runs.Add((trigger, await ThroughServeAsync(storage, samplePath, variants, latencySamples, parallelism, trigger, console, azuriteCpu, verbose, cancellationToken)));
        }

        // The same articles through the ingestion service alone (no trigger): what the service itself sustains.
        console.MarkupLine($"Ingesting the same {count:N0} articles directly through the ingestion service ({parallelism} at once)...");
        var directMeter = CpuMeter.Start(azuriteCpu);
        var directAllocated = GC.GetTotalAllocatedBytes();
        var direct = await DirectAsync(storage, variants, parallelism, cancellationToken);
        var directCpu = directMeter.PerArticle(variants.Count);
        var directKb = (GC.GetTotalAllocatedBytes() - directAllocated) / 1024.0 / variants.Count;

        // The fairest ceiling: Azurite writing the very rows the direct ingestion wrote, in full 100-entity transactions.
        console.MarkupLine("Measuring Azurite's batched-write rate for the same rows...");
        var written = new List<IReadOnlyList<TableEntity>>();
        foreach (var suffix in new[] { "Articles", "Entities" })
        {
            written.Add(await tables.GetTableClient(direct.TablePrefix + suffix).QueryAsync<TableEntity>(cancellationToken: cancellationToken).ToListAsync(cancellationToken));
        }

        var sameRows = await BatchCeiling.MeasureRowsAsync(tables, written, parallelism, cancellationToken);
        RequestCosts.Costs? costs = null;
        if (azuriteCpu is not null)
        {
            console.MarkupLine("Measuring Azurite's CPU per request type...");
            costs = await RequestCosts.MeasureAsync(storage, variants[0].Content.Length, azuriteCpu, cancellationToken);
        }

        // Azurite's rate moves from run to run (its data grows, the machine is shared): measure the ceiling again
        // after the runs and compare with the higher of the two, so that the percentages are conservative.
        console.MarkupLine("Measuring the batched-write ceiling again...");
        var after = await BatchCeiling.MeasureAsync(tables, Math.Max(2_000, count * 40), parallelism, cancellationToken);
        var reference = Math.Max(ceiling, after);
        var results = new List<(string Metric, string Value, string Target)>
        {
            ("Azurite batched-write ceiling, mention-sized rows, before / after the runs (the higher is the reference)", $"{ceiling:N0} / {after:N0} entities/s", ""),
            ("Azurite, one writer: single upserts / 100-entity transactions (the issue's reference figures)", $"{singleWrites:N0} / {oneWriter:N0} entities/s", ""),
            ($"Azurite batched-write ceiling for the same rows ({written.Sum(t => t.Count):N0} article and entity rows, full transactions)", $"{sameRows:N0} entities/s", ""),
        };
        foreach (var (trigger, run) in runs)
        {
            var label = trigger == BlobTriggerMode.Polling ? "serve --trigger polling" : "serve (Event Grid source)";
            results.AddRange(
            [
                ($"{label}: {count} articles, wall time (upload start to last row)", $"{run.Total.TotalSeconds:N1} s (uploads took {run.Uploaded.TotalSeconds:N1} s)", ""),
                ($"{label}: articles/s (processing: first to last ingestion)", $"{count / run.Busy.TotalSeconds:N1}", ">= 40"),
                ($"{label}: articles/s (wall, incl. discovery)", $"{count / run.Total.TotalSeconds:N1}", ""),
                ($"{label}: entities written/s (processing)", $"{run.Rows / run.Busy.TotalSeconds:N0} ({run.Rows / run.Busy.TotalSeconds / sameRows:P0} of the same rows' ceiling, {run.Rows / run.Busy.TotalSeconds / reference:P0} of the mention-sized one, {run.Rows / run.Busy.TotalSeconds / oneWriter:P0} of one writer's)", ">= 60% of ceiling"),
                ($"{label}: CPU per article, newsdesk / Azurite (Azurite busy)", run.Cpu, ""),
                ($"{label}: newsdesk's memory during the run", run.Gc, ""),
                ($"{label}: discovery during the run", run.Listings, ""),
                ($"{label}: time in the ingestion service per blob (mean / max)", $"{run.MeanServiceMs:N0} ms / {run.MaxServiceMs:N0} ms", ""),
                ($"{label}: rows written per article", $"{(double)run.Rows / count:N1}", ""),
                ($"{label}: failed", $"{run.Failed}", "0"),
                ($"{label}: upload-to-rows latency, median / p95 of {latencySamples}", $"{Percentile(run.Latencies, 0.5):N2} s / {Percentile(run.Latencies, 0.95):N2} s", "median < 5 s"),
            ]);
        }

        if (costs is not null)
        {
            results.Add(("Azurite CPU per request: blob HEAD / blob PUT / blob GET (article-sized)", $"{costs.BlobHead:N0} / {costs.BlobPut:N0} / {costs.BlobGet:N0} µs", ""));
            results.Add(("Azurite CPU per request: queue message put / receive (per message, 16 at a time) / delete", $"{costs.QueuePut:N0} / {costs.QueueReceive:N0} / {costs.QueueDelete:N0} µs", ""));
            results.Add(("Azurite CPU per request: table point read (miss) / single upsert / one entity of a 100-entity transaction", $"{costs.TablePointRead:N0} / {costs.TableSingleWrite:N0} / {costs.TableBatchedEntity:N0} µs", ""));
            results.Add(("The blob trigger's own requests per blob (Event Grid source: message put, receive share, delete, 3 blob HEADs)", $"{costs.TriggerPerBlob / 1000:N1} ms of Azurite CPU", ""));
        }

        results.Add(("Direct ingestion (service only, no trigger): articles/s", $"{direct.ArticlesPerSecond:N1}", ""));
        results.Add(("Direct ingestion: entities written/s", $"{direct.RowsPerSecond:N0} ({direct.RowsPerSecond / sameRows:P0} of the same rows' ceiling, {direct.RowsPerSecond / reference:P0} of the mention-sized one)", ""));
        results.Add(("Direct ingestion: CPU per article incl. its uploads, newsdesk / Azurite", directCpu, ""));
        results.Add(("Direct ingestion: newsdesk's allocations per article incl. its uploads", $"{directKb:N0} KB", ""));

        var table = new Table().Border(TableBorder.Rounded).Title("Ingestion benchmark").AddColumns("Metric", "Value", "Target");
        foreach (var (metric, value, target) in results)
        {
            table.AddRow(Markup.Escape(metric), Markup.Escape(value), Markup.Escape(target));
        }

        console.Write(table);
        // The Markdown copy goes around the console's line wrapping, so that each row stays one line.
        Console.Out.WriteLine();
        Console.Out.WriteLine("| Metric | Value | Target |");
        Console.Out.WriteLine("|---|---|---|");
        foreach (var (metric, value, target) in results)
        {
            Console.Out.WriteLine($"| {metric} | {value} | {target} |");
        }
    }

    private static async Task<ServeRun> ThroughServeAsync(string storage, string samplePath, IReadOnlyList<(string Name, byte[] Content)> variants, int latencySamples, int parallelism, BlobTriggerMode trigger, IAnsiConsole console, Func<TimeSpan>? azuriteCpu, bool verbose, CancellationToken cancellationToken)
    {
        var name = "bench" + Guid.NewGuid().ToString("N")[..12];
        await using var host = await LocalHost.StartAsync(new LocalHostOptions
        {
            StorageConnection = storage,
            Port = 0,
            ArticlesContainer = name,
            TablePrefix = name,
            HostId = name,
            MaxDegreeOfParallelism = parallelism,
            Trigger = trigger,
            SdkLogLevel = verbose ? Microsoft.Extensions.Logging.LogLevel.Debug : Microsoft.Extensions.Logging.LogLevel.Warning,
            LogLevel = verbose ? Microsoft.Extensions.Logging.LogLevel.Information : Microsoft.Extensions.Logging.LogLevel.Warning,
        }, cancellationToken: cancellationToken);
        var container = new BlobServiceClient(storage).GetBlobContainerClient(name);

        console.MarkupLine($"[bold]{trigger}[/]: uploading {variants.Count:N0} variants of {Markup.Escape(Path.GetFileName(samplePath))} ({variants[0].Content.Length:N0} bytes each) at once...");
        var since = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var meter = CpuMeter.Start(azuriteCpu);
        var (gen0, gen2, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
        await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (v, token) =>
            await container.GetBlobClient(v.Name).UploadAsync(BinaryData.FromBytes(v.Content), token));
        var uploaded = clock.Elapsed;
        var outcomes = await host.Monitor.WaitForAsync([.. variants.Select(v => v.Name)], since, TimeSpan.FromMinutes(10), cancellationToken: cancellationToken);
        var total = clock.Elapsed;
        var gc = $"{(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / variants.Count:N0} KB allocated per article; {GC.CollectionCount(0) - gen0} gen0 and {GC.CollectionCount(2) - gen2} gen2 collections";
        var events = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<LocalBlobEvents>().SingleOrDefault();
        var listings = events is null ? "none (container scan)" : $"{events.Passes} listings, {events.ListingTime.TotalMilliseconds / Math.Max(1, events.Passes):N0} ms each";
        // Uploads included on both sides: the window is upload start to the last row.
        var cpu = meter.PerArticle(variants.Count, total, "not measured (Azurite not started by this command)");
        var busy = outcomes.Max(o => o.At) - outcomes.Min(o => o.At - o.Elapsed);

        console.MarkupLine($"[bold]{trigger}[/]: measuring upload-to-rows latency over {latencySamples} single uploads...");
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
        await host.StopAsync(cancellationToken);
        await container.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        return new ServeRun(
            total,
            uploaded,
            busy,
            outcomes.Sum(o => (long)o.Outcome.RowsWritten),
            outcomes.Count(o => o.Outcome.Status == IngestionStatus.Failed),
            outcomes.Average(o => o.Elapsed.TotalMilliseconds),
            outcomes.Max(o => o.Elapsed.TotalMilliseconds),
            cpu,
            gc,
            listings,
            latencies);
    }

    private static async Task<(double ArticlesPerSecond, double RowsPerSecond, string TablePrefix)> DirectAsync(string storage, IReadOnlyList<(string Name, byte[] Content)> variants, int parallelism, CancellationToken cancellationToken)
    {
        // Own container and tables, so every article is written rather than found unchanged.
        var name = "direct" + Guid.NewGuid().ToString("N")[..10];
        var container = new BlobServiceClient(storage).GetBlobContainerClient(name);
        await using var services = Commands.StorageServices.Create(storage, name, name);
        await services.GetRequiredService<Newsdesk.Storage.NewsdeskStorage>().EnsureCreatedAsync(cancellationToken);
        await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (v, token) =>
            await container.GetBlobClient(v.Name).UploadAsync(BinaryData.FromBytes(v.Content), token));
        var ingestion = services.GetRequiredService<IIngestionService>();
        long rows = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (v, token) =>
            Interlocked.Add(ref rows, (await ingestion.IngestAsync(container.GetBlobClient(v.Name), token)).RowsWritten));
        var elapsed = clock.Elapsed;
        await container.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        return (variants.Count / elapsed.TotalSeconds, rows / elapsed.TotalSeconds, name);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private sealed record ServeRun(TimeSpan Total, TimeSpan Uploaded, TimeSpan Busy, long Rows, int Failed, double MeanServiceMs, double MaxServiceMs, string Cpu, string Gc, string Listings, List<double> Latencies);
}
