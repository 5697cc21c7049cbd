using Newsdesk.Storage.Ingestion;
using Spectre.Console;

namespace Newsdesk.Cli.Hosting;

/// <summary>What a batch of ingestions produced, printed by <c>serve --ingest</c>.</summary>
internal sealed record IngestSummary(int Files, int Ingested, int Unchanged, int Failed, int Articles, IReadOnlyList<(string Blob, string Reason)> Failures)
{
    /// <summary>Summarises the observed ingestions.</summary>
    public static Task<IngestSummary> CreateAsync(LocalHost host, IReadOnlyList<ObservedIngestion> observed, CancellationToken cancellationToken = default)
    {
        var failures = observed.Where(o => o.Outcome.Status == IngestionStatus.Failed).Select(o => (o.BlobName, o.Outcome.Reason ?? "")).ToList();
        return Task.FromResult(new IngestSummary(
            observed.Count,
            observed.Count(o => o.Outcome.Status == IngestionStatus.Ingested),
            observed.Count(o => o.Outcome.Status == IngestionStatus.Unchanged),
            failures.Count,
            observed.SelectMany(o => o.Outcome.ArticleIds).Distinct(StringComparer.Ordinal).Count(),
            failures));
    }

    /// <summary>Prints the summary table, the failures and the URLs to try.</summary>
    public void Write(IAnsiConsole console, Uri baseAddress)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Ingestion").AddColumns("Files", "Ingested", "Unchanged", "Failed", "Articles");
        table.AddRow($"{Files:N0}", $"{Ingested:N0}", $"{Unchanged:N0}", Failed > 0 ? $"[red]{Failed:N0}[/]" : "0", $"{Articles:N0}");
        console.Write(table);
        foreach (var (blob, reason) in Failures)
        {
            console.MarkupLine($"[red]failed[/] {Markup.Escape(blob)}: {Markup.Escape(reason)}");
        }

        console.MarkupLine("Try:");
        foreach (var url in new[] { "api/export/articles?format=csv", "api/export/articles?format=ndjson", "api/health" })
        {
            console.MarkupLine($"  [link]{baseAddress}{url}[/]");
        }
    }
}
