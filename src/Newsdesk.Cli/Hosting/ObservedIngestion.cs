using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Cli.Hosting;

/// <summary>One ingestion the local host's blob trigger completed.</summary>
/// <param name="BlobName">The blob's name within the articles container.</param>
/// <param name="Outcome">What the ingestion service reported.</param>
/// <param name="Elapsed">Time spent in the ingestion service.</param>
/// <param name="At">When it completed.</param>
internal sealed record ObservedIngestion(string BlobName, IngestionOutcome Outcome, TimeSpan Elapsed, DateTimeOffset At);
