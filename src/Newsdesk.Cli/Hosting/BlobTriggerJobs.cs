using System.Diagnostics;
using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// The local host's blob trigger: the same WebJobs blob-trigger engine the Functions host runs (container
/// scan + blob receipts + the host's blob-trigger queue, retries, poison queue), calling the very same
/// <see cref="IIngestionService"/> as the Functions app.
/// </summary>
internal sealed partial class BlobTriggerJobs(IIngestionService ingestion, IngestionMonitor monitor, ILogger<BlobTriggerJobs> logger)
{
    /// <summary>The configuration key holding the watched container's name (resolved in the trigger path).</summary>
    public const string ContainerSetting = "NewsdeskArticlesContainer";

    /// <summary>Ingests one uploaded blob. Bad content is an outcome, not an exception, so it is logged once and not retried.</summary>
    [FunctionName("IngestArticle")]
    public async Task IngestArticleAsync(
        [BlobTrigger("%" + ContainerSetting + "%/{name}")] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        IngestionOutcome outcome;
        try
        {
            outcome = await ingestion.IngestAsync(blob, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storage trouble: rethrow so the host retries, then poisons after the threshold.
            monitor.RecordFailedAttempt();
            LogAttemptFailed(logger, name, ex.Message, ex);
            throw;
        }

        monitor.Record(new ObservedIngestion(name, outcome, stopwatch.Elapsed, DateTimeOffset.UtcNow));
        LogOutcome(logger, name, OutcomeText.Describe(outcome), (long)stopwatch.Elapsed.TotalMilliseconds);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{BlobName}: {Outcome} ({ElapsedMs} ms)")]
    private static partial void LogOutcome(ILogger logger, string blobName, string outcome, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{BlobName}: attempt failed, the host will retry: {Reason}")]
    private static partial void LogAttemptFailed(ILogger logger, string blobName, string reason, Exception exception);
}
