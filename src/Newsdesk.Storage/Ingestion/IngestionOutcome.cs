namespace Newsdesk.Storage.Ingestion;

/// <summary>The result of ingesting one blob.</summary>
/// <param name="BlobName">The blob (upload) name.</param>
/// <param name="Status">Ingested, Unchanged or Failed.</param>
/// <param name="ArticleIds">Ids of the articles the blob gave (written or unchanged).</param>
/// <param name="Reason">Why it failed, or which NDJSON lines could not be parsed; null when all is well.</param>
/// <param name="RowsWritten">Article and entity rows inserted or replaced.</param>
/// <param name="RowsDeleted">Stale rows removed (and rows left behind in an old day-partition).</param>
public sealed record IngestionOutcome(
    string BlobName,
    IngestionStatus Status,
    IReadOnlyList<string> ArticleIds,
    string? Reason,
    int RowsWritten,
    int RowsDeleted);
