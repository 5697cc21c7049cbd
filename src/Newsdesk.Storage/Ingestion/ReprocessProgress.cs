namespace Newsdesk.Storage.Ingestion;

/// <summary>Progress of a reprocess run, reported after each blob.</summary>
/// <param name="Done">Blobs processed so far.</param>
/// <param name="Last">The outcome of the blob just processed.</param>
public sealed record ReprocessProgress(int Done, IngestionOutcome Last);
