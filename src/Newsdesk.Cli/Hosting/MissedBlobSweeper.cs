using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newsdesk.Storage;
using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// A safety net under the WebJobs container scan, which can miss a blob whose upload finished after a scan
/// listed later blobs (its Last-Modified is older than the scan's high-water mark; seen with hundreds of
/// parallel uploads to Azurite). Every sweep it lists the container and, for a blob older than the grace period
/// whose current ETag the ingestion log has not recorded, touches the blob's metadata: that gives it a new
/// Last-Modified, so the same blob trigger picks it up on its next scan. Each blob is re-announced at most
/// twice per run, so a blob that keeps failing ends in the poison queue rather than in a loop.
/// </summary>
internal sealed partial class MissedBlobSweeper(NewsdeskStorage storage, IngestionLogReader log, LocalHostOptions options, ILogger<MissedBlobSweeper> logger) : BackgroundService
{
    private const int MaxAnnouncements = 2;
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _announced = new(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.SweepInterval, stoppingToken);
                await SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (RequestFailedException ex)
            {
                LogSweepFailed(logger, ex.Message);
            }
        }
    }

    /// <summary>One pass over the container; returns how many blobs were re-announced.</summary>
    internal async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var announced = 0;
        var cutoff = DateTimeOffset.UtcNow - options.SweepGrace;
        await foreach (var blob in storage.ArticlesContainer.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            var etag = blob.Properties.ETag?.ToString() ?? "";
            if (blob.Properties.LastModified > cutoff || (_seen.TryGetValue(blob.Name, out var known) && known == etag))
            {
                continue;
            }

            if (await log.GetAsync(blob.Name, cancellationToken) is { } entry && Same(entry.ETag, etag))
            {
                _seen[blob.Name] = etag;
                continue;
            }

            if (_announced.AddOrUpdate(blob.Name, 1, (_, n) => n + 1) > MaxAnnouncements)
            {
                continue;
            }

            var metadata = new Dictionary<string, string>(blob.Metadata) { ["newsdeskrescan"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString() };
            try
            {
                await storage.ArticlesContainer.GetBlobClient(blob.Name).SetMetadataAsync(metadata, new BlobRequestConditions { IfMatch = blob.Properties.ETag }, cancellationToken);
                LogReannounced(logger, blob.Name);
                announced++;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Deleted or changed meanwhile: the change itself wakes the trigger.
            }
        }

        return announced;
    }

    private static bool Same(string? logged, string current) => string.Equals(logged?.Trim('"'), current.Trim('"'), StringComparison.Ordinal);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "{BlobName}: not ingested yet; re-announced to the blob trigger")]
    private static partial void LogReannounced(ILogger logger, string blobName);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Sweep for missed blobs failed, will retry: {Reason}")]
    private static partial void LogSweepFailed(ILogger logger, string reason);
}
