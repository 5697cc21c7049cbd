using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Export;
using Newsdesk.Storage.Ingestion;
using Spectre.Console;

namespace Newsdesk.Cli.Hosting;

/// <summary>What a batch of ingestions did, and what the store holds now, printed by <c>serve --ingest</c>.</summary>
/// <param name="Files">Blobs ingested in this batch.</param>
/// <param name="Ingested">Of which rows were written.</param>
/// <param name="Unchanged">Of which were already stored.</param>
/// <param name="Failures">Failed blobs with the reason.</param>
/// <param name="Articles">Articles in the store.</param>
/// <param name="Entities">Distinct people, organizations and places in the store.</param>
/// <param name="Quotes">Quotes in the store.</param>
/// <param name="TopPerson">The entity id of the most-mentioned person, for an example filter.</param>
internal sealed record IngestSummary(int Files, int Ingested, int Unchanged, IReadOnlyList<(string Blob, string Reason)> Failures, long Articles, long Entities, long Quotes, string? TopPerson)
{
    /// <summary>Summarises the observed ingestions and counts the datasets through the export service.</summary>
    public static async Task<IngestSummary> CreateAsync(LocalHost host, IReadOnlyList<ObservedIngestion> observed, CancellationToken cancellationToken = default)
    {
        var export = host.Services.GetRequiredService<ExportService>();
        async Task<long> CountAsync(ExportDataset dataset, string field) =>
            (await export.ExportAsync(new ExportRequest { Dataset = dataset, Format = ExportFormat.Csv, Fields = [field] }, Stream.Null, cancellationToken: cancellationToken)).Rows;

        var failures = observed.Where(o => o.Outcome.Status == IngestionStatus.Failed).Select(o => (o.BlobName, o.Outcome.Reason ?? "")).ToList();
        return new IngestSummary(
            observed.Count,
            observed.Count(o => o.Outcome.Status == IngestionStatus.Ingested),
            observed.Count(o => o.Outcome.Status == IngestionStatus.Unchanged),
            failures,
            await CountAsync(ExportDataset.Articles, "id"),
            await CountAsync(ExportDataset.Entities, "id"),
            await CountAsync(ExportDataset.Quotes, "text"),
            await TopPersonAsync(export, cancellationToken));
    }

    /// <summary>Prints the summary table, the failures and the URLs to try.</summary>
    public void Write(IAnsiConsole console, Uri baseAddress)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Ingestion").AddColumns("Files", "Ingested", "Unchanged", "Failed", "Articles", "Entities", "Quotes");
        table.AddRow($"{Files:N0}", $"{Ingested:N0}", $"{Unchanged:N0}", Failures.Count > 0 ? $"[red]{Failures.Count:N0}[/]" : "0", $"{Articles:N0}", $"{Entities:N0}", $"{Quotes:N0}");
        console.Write(table);
        console.MarkupLine("[grey](Articles, entities and quotes: everything stored now.)[/]");
        foreach (var (blob, reason) in Failures)
        {
            console.MarkupLine($"[red]failed[/] {Markup.Escape(blob)}: {Markup.Escape(reason)}");
        }

        console.MarkupLine("Try:");
        var urls = new List<string> { "api/export/articles?format=csv", "api/export/quotes?format=csv", "api/export/entities?format=json" };
        if (TopPerson is { } person)
        {
            urls.Add($"api/export/mentions?person={Uri.EscapeDataString(person).Replace("%3A", ":", StringComparison.Ordinal)}&format=csv");
        }

        urls.Add("api/openapi.json");
        foreach (var url in urls)
        {
            // Straight to the writer: Spectre would wrap a long URL at the terminal width and break copy-paste.
            console.Profile.Out.Writer.WriteLine($"  {baseAddress}{url}");
        }
    }

    private static async Task<string?> TopPersonAsync(ExportService export, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await export.ExportAsync(new ExportRequest { Dataset = ExportDataset.Mentions, Format = ExportFormat.Ndjson, Fields = ["entityType", "entityId", "mentions"] }, buffer, cancellationToken: cancellationToken);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var row = JsonDocument.Parse(line).RootElement;
            if (row.TryGetProperty("entityType", out var type) && type.GetString() == "person" && row.GetProperty("entityId").GetString() is { } name)
            {
                totals[name] = totals.GetValueOrDefault(name) + (row.TryGetProperty("mentions", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : 1);
            }
        }

        return totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).FirstOrDefault();
    }
}
