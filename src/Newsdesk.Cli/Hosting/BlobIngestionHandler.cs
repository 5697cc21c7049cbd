using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Newsdesk.Storage;
using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// The body of the local host's <c>IngestArticle</c> function, whichever source feeds its blob trigger
/// (<see cref="EventGridTriggerJobs"/> or <see cref="PollingTriggerJobs"/>): the same
/// <see cref="IIngestionService"/> as the Functions app, plus the in-process <see cref="IngestionMonitor"/>.
/// </summary>
internal sealed partial class BlobIngestionHandler(IIngestionService ingestion, NewsdeskStorage storage, IngestionMonitor monitor, ILogger<BlobIngestionHandler> logger)
{
    /// <summary>The configuration key holding the watched container's name (resolved in the trigger path).</summary>
    public const string ContainerSetting = "NewsdeskArticlesContainer";

    /// <summary>The trigger path of both job classes.</summary>
    public const string TriggerPath = "%" + ContainerSetting + "%/{name}";

    /// <summary>The function's name, as in the Functions app.</summary>
    public const string FunctionName = "IngestArticle";

    /// <summary>
    /// Ingests one uploaded blob of the watched container, through the host's one long-lived container client.
    /// Bad content is an outcome, not an exception, so it is logged once and not retried.
    /// </summary>
    public async Task HandleAsync(string name, CancellationToken cancellationToken = default)
    {
        var blob = storage.ArticlesContainer.GetBlobClient(name);
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
