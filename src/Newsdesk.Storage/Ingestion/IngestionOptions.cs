namespace Newsdesk.Storage.Ingestion;

/// <summary>Retry settings of the ingestion service (configuration section <c>Newsdesk:Ingestion</c>).</summary>
public sealed record IngestionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Newsdesk:Ingestion";

    /// <summary>Retries of a transient storage error (408/429/500/502/503/504, timeouts) before giving up.</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>First backoff delay; doubles each retry, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often one article write is redone after losing an optimistic-concurrency race (409/412).</summary>
    public int MaxConcurrencyAttempts { get; init; } = 20;
}
