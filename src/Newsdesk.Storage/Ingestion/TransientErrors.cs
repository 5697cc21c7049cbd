using Azure;
using Polly;
using Polly.Retry;

namespace Newsdesk.Storage.Ingestion;

/// <summary>Which storage errors are worth retrying, and the retry pipeline built on them.</summary>
public static class TransientErrors
{
    /// <summary>True for 408, 429, 500, 502, 503, 504, connection failures (status 0) and timeouts.</summary>
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken = default) => exception switch
    {
        RequestFailedException ex => ex.Status is 0 or 408 or 429 or 500 or 502 or 503 or 504,
        TimeoutException => true,
        HttpRequestException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Retries transient errors with exponential backoff and jitter, then lets the last one through.</summary>
    public static ResiliencePipeline CreatePipeline(IngestionOptions options, Action<int, Exception?, TimeSpan>? onRetry = null) =>
        CreatePipeline(options, onRetry is null ? null : (_, attempt, ex, delay) => onRetry(attempt, ex, delay));

    /// <summary>The same pipeline; <paramref name="onRetry"/> also gets the execution's context (its properties name what is retried).</summary>
    public static ResiliencePipeline CreatePipeline(IngestionOptions options, Action<ResilienceContext, int, Exception?, TimeSpan>? onRetry) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsTransient(ex, args.Context.CancellationToken)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    onRetry?.Invoke(args.Context, args.AttemptNumber + 1, args.Outcome.Exception, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
