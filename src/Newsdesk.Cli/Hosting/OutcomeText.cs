using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Cli.Hosting;

/// <summary>Short human-readable descriptions of ingestion outcomes, for log lines and summaries.</summary>
internal static class OutcomeText
{
    /// <summary>"ingested: 1 article, 40 rows written, ..." / "failed: ...".</summary>
    public static string Describe(IngestionOutcome outcome) =>
        outcome.Status switch
        {
            IngestionStatus.Failed => $"failed: {outcome.Reason}",
            IngestionStatus.Unchanged => $"unchanged: {Articles(outcome.ArticleIds.Count)}, already stored",
            _ => $"ingested: {Articles(outcome.ArticleIds.Count)}, {outcome.RowsWritten:N0} rows written, {outcome.RowsDeleted:N0} stale rows removed"
                + (outcome.Reason is { Length: > 0 } note ? $" ({note})" : ""),
        };

    private static string Articles(int count) => count == 1 ? "1 article" : $"{count:N0} articles";
}
