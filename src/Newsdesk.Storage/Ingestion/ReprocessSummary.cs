namespace Newsdesk.Storage.Ingestion;

/// <summary>What a reprocess run did.</summary>
/// <param name="Processed">Blobs re-ingested.</param>
/// <param name="Ingested">Of which rows were rewritten.</param>
/// <param name="Unchanged">Of which nothing changed.</param>
/// <param name="Failed">Of which failed (still unparseable, or deleted).</param>
public sealed record ReprocessSummary(int Processed, int Ingested, int Unchanged, int Failed);
