namespace Newsdesk.Storage.Ingestion;

/// <summary>What `newsdesk status` shows: rows per table, article rows by kind, recent failures.</summary>
/// <param name="Tables">Row counts per table (full table names).</param>
/// <param name="ArticleRowKinds">Rows of the Articles table by kind: article, author, image, quote, mention, facet.</param>
/// <param name="RecentFailures">The newest failures first.</param>
public sealed record StorageStatus(
    IReadOnlyList<TableRowCount> Tables,
    IReadOnlyDictionary<string, long> ArticleRowKinds,
    IReadOnlyList<IngestionLogEntry> RecentFailures);
