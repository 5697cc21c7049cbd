using System.Collections.Concurrent;
using Azure;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newsdesk.Storage;
using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// A safety net under the WebJobs container scan, which can miss a blob whose upload finished after a scan
/// listed later blobs (its Last-Modified is older than the scan's high-water mark; seen with hundreds of
/// parallel uploads to Azurite), and which has been seen to stall for minutes on a loaded machine. Every sweep it
/// lists the container and, for a blob older than the grace period whose current ETag the ingestion log has not
/// recorded, puts the blob-trigger message on the host's blob-trigger queue itself: the message the scan puts there
/// once its receipt is written (function id, container, name, ETag), so the same queue listener runs
/// <c>IngestArticle</c> with its retries and poison queue, without waiting for the scan. Each blob is re-announced
/// at most twice per run, so a blob that keeps failing ends in the poison queue rather than in a loop.
/// </summary>
internal sealed partial class MissedBlobSweeper(NewsdeskStorage storage, IngestionLogReader log, LocalHostOptions options, ILogger<MissedBlobSweeper> logger) : BackgroundService
{
    // The WebJobs host's blob-trigger queue (HostQueueNames in the extension); the SDK's queue messages are Base64.
    private readonly QueueClient _triggerQueue = new(options.StorageConnection, "azure-webjobs-blobtrigger-" + options.HostId, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

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
        await foreach (var blob in storage.ArticlesContainer.GetBlobsAsync(cancellationToken: cancellationToken))
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

            // The extension's BlobTriggerMessage as JSON. The queue listener compares its ETag, as text, with the blob's
            // properties (quoted, unlike a listing's), so it is taken from the same call.
            string current;
            try
            {
                current = (await storage.ArticlesContainer.GetBlobClient(blob.Name).GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ETag.ToString();
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                continue;
            }

            var message = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["Type"] = "BlobTrigger",
                ["FunctionId"] = PollingTriggerJobs.FunctionId,
                ["BlobType"] = "BlockBlob",
                ["ContainerName"] = storage.ArticlesContainer.Name,
                ["BlobName"] = blob.Name,
                ["ETag"] = current,
            });
            await SendAsync(message, cancellationToken);
            LogReannounced(logger, blob.Name);
            announced++;
        }

        return announced;
    }

    // The queue exists once the host has run a blob trigger; like the extension's own writer, create it only when missing.
    private async Task SendAsync(string message, CancellationToken cancellationToken)
    {
        try
        {
            await _triggerQueue.SendMessageAsync(message, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await _triggerQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await _triggerQueue.SendMessageAsync(message, cancellationToken);
        }
    }

    private static bool Same(string? logged, string current) => string.Equals(logged?.Trim('"'), current.Trim('"'), StringComparison.Ordinal);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "{BlobName}: not ingested yet; re-announced to the blob trigger")]
    private static partial void LogReannounced(ILogger logger, string blobName);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Sweep for missed blobs failed, will retry: {Reason}")]
    private static partial void LogSweepFailed(ILogger logger, string reason);
}
