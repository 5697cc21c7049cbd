using System.Collections.Concurrent;
using Newsdesk.Storage.Ingestion;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// What this host's blob trigger did, in process: every completed ingestion by blob name, and every
/// failed attempt (an exception the WebJobs host will retry). <c>serve --ingest</c> and the tests wait on it.
/// </summary>
internal sealed class IngestionMonitor
{
    private readonly ConcurrentDictionary<string, ObservedIngestion> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _completions = new(StringComparer.Ordinal);
    private int _failedAttempts;
    private int _completed;

    /// <summary>Ingestions completed so far (a long-running host keeps counts and each blob's latest outcome, not a history).</summary>
    public int CompletedCount => Volatile.Read(ref _completed);

    /// <summary>Attempts that threw and will be retried by the host (poison after the threshold).</summary>
    public int FailedAttempts => Volatile.Read(ref _failedAttempts);

    /// <summary>Records a completed ingestion.</summary>
    public void Record(ObservedIngestion observed)
    {
        _latest[observed.BlobName] = observed;
        _completions.AddOrUpdate(observed.BlobName, 1, (_, n) => n + 1);
        Interlocked.Increment(ref _completed);
    }

    /// <summary>Records an attempt that threw.</summary>
    public void RecordFailedAttempt() => Interlocked.Increment(ref _failedAttempts);

    /// <summary>How many times the blob's ingestion completed.</summary>
    public int CompletionsOf(string blobName) => _completions.GetValueOrDefault(blobName);

    /// <summary>The latest completed ingestion of a blob, if any.</summary>
    public ObservedIngestion? Latest(string blobName) => _latest.TryGetValue(blobName, out var observed) ? observed : null;

    /// <summary>Waits until every named blob has completed an ingestion that finished after <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<ObservedIngestion>> WaitForAsync(IReadOnlyCollection<string> blobNames, DateTimeOffset since, TimeSpan timeout, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var lastReported = -1;
        while (true)
        {
            var done = blobNames.Select(Latest).Where(o => o is not null && o.At >= since).Select(o => o!).ToList();
            if (done.Count != lastReported)
            {
                lastReported = done.Count;
                progress?.Report(done.Count);
            }

            if (done.Count == blobNames.Count)
            {
                return done;
            }

            try
            {
                await Task.Delay(100, timeoutSource.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var missing = blobNames.Where(n => Latest(n) is not { } o || o.At < since).Take(5);
                throw new TimeoutException($"{blobNames.Count - done.Count} of {blobNames.Count} blobs were not ingested within {timeout.TotalSeconds:N0} s (e.g. {string.Join(", ", missing)}).");
            }
        }
    }
}
