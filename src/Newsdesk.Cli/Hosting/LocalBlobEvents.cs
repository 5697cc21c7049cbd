using System.Collections.Concurrent;
using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newsdesk.Storage;
using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// Event Grid for Azurite, which raises no blob events: lists the watched container every
/// <see cref="LocalHostOptions.EventInterval"/> and delivers a BlobCreated event to an <see cref="IBlobEventSink"/> (this
/// host's own <see cref="BlobWebhook"/>, or another process's webhook for <c>newsdesk events</c>) for
/// each blob whose ETag it has not announced yet (new or overwritten). It compares ETags from the listing, not
/// timestamps, so a blob whose upload finished after later ones is still seen (the container scan's blind spot).
/// At start it takes the ETags the ingestion log already holds, so a restart does not re-announce ingested blobs,
/// while blobs uploaded while the host was down are announced on the first pass.
/// A listing costs Azurite work in proportion to the container's size, so while many delivered events still wait
/// for their ingestion the passes pause (at most <see cref="MaxPause"/>): a blob found later waits in the same queue
/// behind the same backlog, as it would behind Event Grid's deliveries.
/// </summary>
internal sealed partial class LocalBlobEvents(NewsdeskStorage storage, IngestionLogReader log, IBlobEventSink sink, LocalHostOptions options, TimeProvider clock, ILogger<LocalBlobEvents> logger, IngestionMonitor? monitor = null) : BackgroundService
{
    /// <summary>The longest pause between listings while a backlog drains.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(5);

    /// <summary>Events per delivery: Event Grid batches deliveries too; the extension enqueues them one by one.</summary>
    private const int EventsPerDelivery = 32;

    /// <summary>Deliveries in flight at once.</summary>
    private const int ConcurrentDeliveries = 4;

    private readonly ConcurrentDictionary<string, string> _announced = new(StringComparer.Ordinal);

    /// <summary>Passes never overlap: two listings that both saw a new blob before either delivered it would announce it twice.</summary>
    private readonly SemaphoreSlim _passLock = new(1, 1);
    private bool _seeded;
    private long _delivered;
    private long _passes;
    private long _listingTicks;

    /// <summary>Listings made so far.</summary>
    public long Passes => Interlocked.Read(ref _passes);

    /// <summary>Time spent listing (and comparing) so far; the ingestion benchmark reports it.</summary>
    public TimeSpan ListingTime => TimeSpan.FromTicks(Interlocked.Read(ref _listingTicks));

    /// <summary>
    /// Events delivered so far whose ingestion has not completed (an estimate: completions of blobs posted by others
    /// count too); 0 when the ingestion runs in another process, whose completions this one cannot see.
    /// </summary>
    public long Backlog => monitor is null ? 0 : Math.Max(0, Interlocked.Read(ref _delivered) - monitor.CompletedCount);

    /// <summary>Events delivered so far.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var lastPass = long.MinValue;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                if (Backlog > 4 * options.MaxDegreeOfParallelism && lastPass != long.MinValue && Stopwatch.GetElapsedTime(lastPass) < MaxPause)
                {
                    await Task.Delay(options.EventInterval, clock, stoppingToken);
                    continue;
                }

                lastPass = started;
                await PassAsync(stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or InvalidOperationException)
            {
                failures++;
                LogPassFailed(logger, ex.Message);
            }

            // A large container takes a while to list: wait at least twice as long as the pass took; after failures,
            // back off (doubling, up to 30 s) so that a webhook that is down is not called every second.
            var backoff = failures == 0 ? 0 : Math.Min(TimeSpan.FromSeconds(30).Ticks, options.EventInterval.Ticks << Math.Min(failures, 10));
            var wait = TimeSpan.FromTicks(Math.Max(Math.Max(options.EventInterval.Ticks, backoff), 2 * Stopwatch.GetElapsedTime(started).Ticks));
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One listing of the container; returns how many BlobCreated events it delivered.</summary>
    internal async Task<int> PassAsync(CancellationToken cancellationToken = default)
    {
        await _passLock.WaitAsync(cancellationToken);
        try
        {
            return await PassCoreAsync(cancellationToken);
        }
        finally
        {
            _passLock.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _passLock.Dispose();
        base.Dispose();
    }

    private async Task<int> PassCoreAsync(CancellationToken cancellationToken)
    {
        if (!_seeded)
        {
            await foreach (var entry in log.ReadAllAsync(cancellationToken))
            {
                if (entry.ETag is { Length: > 0 } etag)
                {
                    _announced[entry.BlobName] = Normalize(etag);
                }
            }

            _seeded = true;
        }

        var started = Stopwatch.GetTimestamp();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<BlobItem>();
        await foreach (var blob in storage.ArticlesContainer.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            listed.Add(blob.Name);
            var etag = Normalize(blob.Properties.ETag?.ToString());
            if (!(_announced.TryGetValue(blob.Name, out var known) && known == etag))
            {
                pending.Add(blob);
            }
        }

        foreach (var name in _announced.Keys.Where(name => !listed.Contains(name)).ToList())
        {
            _announced.TryRemove(name, out _);
        }

        Interlocked.Increment(ref _passes);
        Interlocked.Add(ref _listingTicks, Stopwatch.GetElapsedTime(started).Ticks);
        if (pending.Count == 0)
        {
            return 0;
        }

        await Parallel.ForEachAsync(pending.Chunk(EventsPerDelivery), new ParallelOptions { MaxDegreeOfParallelism = ConcurrentDeliveries, CancellationToken = cancellationToken }, async (batch, token) =>
        {
            await sink.DeliverAsync(BlobCreatedEvents.Serialize(storage.ArticlesContainer, batch, clock.GetUtcNow()), batch.Length, token);

            foreach (var blob in batch)
            {
                _announced[blob.Name] = Normalize(blob.Properties.ETag?.ToString());
            }

            Interlocked.Add(ref _delivered, batch.Length);
        });
        LogDelivered(logger, pending.Count);
        return pending.Count;
    }

    private static string Normalize(string? etag) => etag?.Trim('"') ?? "";

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Delivered {Count} BlobCreated event(s)")]
    private static partial void LogDelivered(ILogger logger, int count);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Local blob events: listing or delivery failed, will retry: {Reason}")]
    private static partial void LogPassFailed(ILogger logger, string reason);
}
