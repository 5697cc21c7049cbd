using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Export;
using Newsdesk.Export.Tests.Support;
using Newsdesk.Storage;
using Newsdesk.Storage.Tables;
using Newsdesk.Testing;

namespace Newsdesk.Benchmarks;

/// <summary>
/// <c>export-load</c>: the export against a real Azurite in one run, printed as a table: raw
/// <c>QueryAsync</c> rate over 100,000 mention rows vs the CSV and NDJSON export rate, peak working
/// set of a fresh process exporting 10,000 vs 100,000 rows (cold, and warm after one or ten
/// 10,000-row exports: <see cref="ExportMemory"/>), and time to the first body byte of an
/// unfiltered HTTP export. No thresholds: it reports (scripts/bench-export.sh).
/// </summary>
internal static class ExportLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["memory", var connection, var prefix, var childFormat, var warmUp, var warmUps])
        {
            return await ExportMemory.ChildAsync(connection, prefix, childFormat, warmUp, int.Parse(warmUps, CultureInfo.InvariantCulture));
        }

        if (args is ["seed", var running])
        {
            // For probing by hand: seeds the two mention tables (prefixes load100k, load10k) into an Azurite
            // that is already running, e.g. before timing `newsdesk export mentions` under other runtime settings.
            await SeedAsync(ExportMemory.Client(running));
            Console.WriteLine("Seeded 110,000 mention rows (table prefixes load100k and load10k).");
            return 0;
        }

        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            // The product's client options (StreamedQueryResponsePolicy), for the raw query rate too.
            var tables = ExportMemory.Client(azurite.ConnectionString);
            var seed = Stopwatch.StartNew();
            var (large, small) = await SeedAsync(tables);
            Console.WriteLine($"Seeded 110,000 mention rows in {seed.Elapsed.TotalSeconds:F1} s");

            var results = new List<(string Name, string Value)>();
            if (args is ["memory-only"])
            {
                foreach (var (name, value) in await MemoryAsync(azurite.ConnectionString, small.TablePrefix, large.TablePrefix))
                {
                    Console.WriteLine($"{name}: {value}");
                }

                return 0;
            }

            if (args is ["product-memory"])
            {
                foreach (var (name, value) in await ProductMemoryAsync(azurite.ConnectionString, small.TablePrefix, large.TablePrefix))
                {
                    Console.WriteLine($"{name}: {value}");
                }

                return 0;
            }

            if (args is ["ttfb"])
            {
                var only = await TimeToFirstByteAsync(tables, large);
                Console.WriteLine($"Time to first body byte {only.First:F0} ms, first data row {only.FirstRow:F0} ms, whole body {only.Whole:F0} ms");
                return 0;
            }

            var raw = new List<double>();
            var csv = new List<double>();
            var ndjson = new List<double>();
            for (var run = 0; run < 3; run++)
            {
                raw.Add(await RawQueryRateAsync(tables, large));
                csv.Add(await ExportRateAsync(tables, large, "csv"));
                ndjson.Add(await ExportRateAsync(tables, large, "ndjson"));
            }

            double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
            results.Add(("Raw QueryAsync, 100,000 mention rows (rows/s, median of 3)", $"{Median(raw):N0}"));
            results.Add(("CSV export to a null stream (rows/s)", $"{Median(csv):N0} ({Median(csv) / Median(raw):P0} of raw)"));
            results.Add(("NDJSON export to a null stream (rows/s)", $"{Median(ndjson):N0} ({Median(ndjson) / Median(raw):P0} of raw)"));
            Console.WriteLine($"raw {string.Join(", ", raw.Select(r => r.ToString("N0")))}; csv {string.Join(", ", csv.Select(r => r.ToString("N0")))}; ndjson {string.Join(", ", ndjson.Select(r => r.ToString("N0")))}");

            results.AddRange(await MemoryAsync(azurite.ConnectionString, small.TablePrefix, large.TablePrefix));
            results.AddRange(await ProductMemoryAsync(azurite.ConnectionString, small.TablePrefix, large.TablePrefix));
            var ttfb = await TimeToFirstByteAsync(tables, large);
            results.Add(("GET /api/export/mentions?format=csv (100,000 rows, median of 5): first body byte / first data row / whole body", $"{ttfb.First:F0} ms / {ttfb.FirstRow:F0} ms / {ttfb.Whole:F0} ms"));

            Console.WriteLine();
            Console.WriteLine("| Measurement | Result |");
            Console.WriteLine("|---|---|");
            foreach (var (name, value) in results)
            {
                Console.WriteLine($"| {name} | {value} |");
            }

            return 0;
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    /// <summary>Writes the 100,000-row and 10,000-row mention tables (prefixes load100k, load10k).</summary>
    private static async Task<(NewsdeskStorageOptions Large, NewsdeskStorageOptions Small)> SeedAsync(TableServiceClient tables)
    {
        var large = new NewsdeskStorageOptions { TablePrefix = "load100k" };
        var small = new NewsdeskStorageOptions { TablePrefix = "load10k" };
        await MentionSeeder.WriteAsync(tables, large, 100_000);
        await MentionSeeder.WriteAsync(tables, small, 10_000);
        return (large, small);
    }

    private static async Task<double> RawQueryRateAsync(TableServiceClient tables, NewsdeskStorageOptions options)
    {
        var table = new NewsdeskTables(tables, options).Articles;
        var range = KeyRange.Prefix("m_");
        var filter = TableClient.CreateQueryFilter($"RowKey ge {range.From} and RowKey lt {range.To}");
        var watch = Stopwatch.StartNew();
        long rows = 0;
        await foreach (var page in table.QueryAsync<TableEntity>(filter, 1000).AsPages(pageSizeHint: 1000))
        {
            rows += page.Values.Count;
        }

        return rows / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> ExportRateAsync(TableServiceClient tables, NewsdeskStorageOptions options, string format)
    {
        var service = new ExportService(tables, options);
        var request = ExportRequestParser.Parse("mentions", QueryHelpers.ParseQuery("format=" + format), null).Request!;
        var watch = Stopwatch.StartNew();
        var result = await service.ExportAsync(request, Stream.Null);
        return result.Rows / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Cold and warm fresh-process memory, CSV and NDJSON, 10,000 vs 100,000 rows (<see cref="ExportMemory"/>).</summary>
    private static async Task<List<(string Name, string Value)>> MemoryAsync(string connection, string small, string large)
    {
        var results = new List<(string Name, string Value)>();
        foreach (var format in new[] { "csv", "ndjson" })
        {
            var cold10 = await ExportMemory.MedianAsync(connection, small, format, small, 0);
            var cold100 = await ExportMemory.MedianAsync(connection, large, format, small, 0);
            results.Add(($"Peak working set, {format} export, 10,000 vs 100,000 rows (cold: fresh process, first export; median of 3 processes)", ExportMemory.Compare(cold10.WorkingSet, cold100.WorkingSet)));
            results.Add(($"Peak managed heap (sampled per page), {format} export, 10,000 vs 100,000 rows (cold)", ExportMemory.Compare(cold10.Heap, cold100.Heap)));
            results.Add(($"Managed heap retained after a full GC (every 10th page), {format} export, 10,000 vs 100,000 rows (cold)",
                $"{cold10.Retained / 1048576.0:F1} MiB vs {cold100.Retained / 1048576.0:F1} MiB"));
            foreach (var (warmUps, label) in new[] { (1, "one 10,000-row warm-up export"), (10, "ten 10,000-row warm-up exports") })
            {
                var warm10 = await ExportMemory.MedianAsync(connection, small, format, small, warmUps);
                var warm100 = await ExportMemory.MedianAsync(connection, large, format, small, warmUps);
                results.Add(($"Peak working set, {format} export, 10,000 vs 100,000 rows (warm: fresh process, {label} first; median of 3); peak managed heap",
                    $"{ExportMemory.Compare(warm10.WorkingSet, warm100.WorkingSet)}; heap {ExportMemory.Compare(warm10.Heap, warm100.Heap)}"));
            }
        }

        return results;
    }

    /// <summary>The product's own processes, cold, CSV and NDJSON, 10,000 vs 100,000 rows (<see cref="ProductMemory"/>).</summary>
    private static async Task<List<(string Name, string Value)>> ProductMemoryAsync(string connection, string small, string large)
    {
        var results = new List<(string Name, string Value)>();
        var deployed = ProductMemory.DeployedRuntimeSettings();
        var settings = string.Join(" ", deployed.Select(s => $"{s.Key}={s.Value}"));
        foreach (var format in new[] { "csv", "ndjson" })
        {
            results.Add(($"Peak working set of a fresh `newsdesk serve` answering GET /api/export/mentions?format={format}, 10,000 vs 100,000 rows (cold; median of 3 hosts)",
                ExportMemory.Compare(await ProductMemory.ServeMedianAsync(connection, small, format), await ProductMemory.ServeMedianAsync(connection, large, format))));
            results.Add(($"Peak working set of a fresh `newsdesk serve` after ten 10,000-row exports (`limit=10000`), then GET /api/export/mentions?format={format}, 10,000 vs 100,000 rows (warm; median of 3 hosts)",
                ExportMemory.Compare(await ProductMemory.ServeMedianAsync(connection, small, format, warmUps: 10), await ProductMemory.ServeMedianAsync(connection, large, format, warmUps: 10))));
            results.Add(($"Peak working set of a one-shot `newsdesk export mentions --format {format}`, 10,000 vs 100,000 rows (median of 3 processes)",
                ExportMemory.Compare(await ProductMemory.CliMedianAsync(connection, small, format), await ProductMemory.CliMedianAsync(connection, large, format))));
            results.Add(($"The same fresh `serve`, cold, with the Functions app's runtime settings ({settings}), {format}, 10,000 vs 100,000 rows (median of 3 hosts)",
                ExportMemory.Compare(await ProductMemory.ServeMedianAsync(connection, small, format, environment: deployed), await ProductMemory.ServeMedianAsync(connection, large, format, environment: deployed))));
            results.Add(($"The same one-shot `newsdesk export`, with {settings}, {format}, 10,000 vs 100,000 rows (median of 3 processes)",
                ExportMemory.Compare(await ProductMemory.CliMedianAsync(connection, small, format, environment: deployed), await ProductMemory.CliMedianAsync(connection, large, format, environment: deployed))));
        }

        return results;
    }

    private static async Task<(double First, double FirstRow, double Whole)> TimeToFirstByteAsync(TableServiceClient tables, NewsdeskStorageOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(tables);
        builder.Services.AddSingleton(options);
        builder.Services.AddNewsdeskExport();
        await using var app = builder.Build();
        app.MapGet("/api/export/{dataset}", (HttpContext context, string dataset, ExportEndpoint endpoint) => endpoint.HandleAsync(context, dataset, context.RequestAborted));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var first = new List<double>();
        var firstRow = new List<double>();
        var whole = new List<double>();
        for (var run = 0; run < 6; run++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync("/api/export/mentions?format=csv", HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            _ = await body.ReadAsync(buffer.AsMemory(0, 1));
            var firstByte = watch.Elapsed.TotalMilliseconds;
            double? rowAt = null;
            var lines = buffer[0] == (byte)'\n' ? 1 : 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                // The CSV header is the first line: the first data row has arrived with the second line end.
                lines += rowAt is null ? buffer.AsSpan(0, read).Count((byte)'\n') : 0;
                if (rowAt is null && lines >= 2)
                {
                    rowAt = watch.Elapsed.TotalMilliseconds;
                }
            }

            if (run > 0)
            {
                // The first run warms the JIT and connection pool.
                first.Add(firstByte);
                firstRow.Add(rowAt ?? double.NaN);
                whole.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        await app.StopAsync();
        return (first.Order().ElementAt(2), firstRow.Order().ElementAt(2), whole.Order().ElementAt(2));
    }
}
