namespace Newsdesk.Storage.Ingestion;

/// <summary>What ingesting one blob did.</summary>
public enum IngestionStatus
{
    /// <summary>Rows were written.</summary>
    Ingested,

    /// <summary>The same content was already stored by the same parser version: nothing written.</summary>
    Unchanged,

    /// <summary>The blob could not be parsed (or read); recorded in the log and not retried.</summary>
    Failed,
}
