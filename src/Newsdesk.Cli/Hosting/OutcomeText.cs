using Newsdesk.Storage;

namespace Newsdesk.Cli.Hosting;

/// <summary>Short human-readable descriptions of ingestion outcomes, for log lines and summaries.</summary>
internal static class OutcomeText
{
    /// <summary>"ingested: 1 article" / "failed: unrecognised: ...".</summary>
    public static string Describe(IngestionOutcome outcome) =>
        outcome.Reason is { Length: > 0 } reason ? $"{outcome.Status}: {reason}" : $"{outcome.Status}: {outcome.ArticleIds.Count} article(s)";
}
