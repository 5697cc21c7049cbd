using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Cli.Hosting;

/// <summary>Settings of the local host (<c>newsdesk serve</c>, and the end-to-end tests).</summary>
internal sealed record LocalHostOptions
{
    /// <summary>The storage connection string (the <c>AzureWebJobsStorage</c> setting of the Functions app).</summary>
    public required string StorageConnection { get; init; }

    /// <summary>The HTTP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = 7071;

    /// <summary>The container the blob trigger watches.</summary>
    public string ArticlesContainer { get; init; } = "articles";

    /// <summary>Prefix of every table name (empty normally; unique per test).</summary>
    public string TablePrefix { get; init; } = "";

    /// <summary>
    /// The WebJobs host id: names the blob-trigger queue and receipts, so two hosts on one storage account
    /// must not share it (each test gets its own). Lower-case letters, digits and dashes, at most 32.
    /// </summary>
    public string HostId { get; init; } = "newsdesk-local";

    /// <summary>Blobs processed at once (host.json <c>extensions.blobs.maxDegreeOfParallelism</c>).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 8;

    /// <summary>Failed attempts before a blob goes to the poison queue (host.json <c>poisonBlobThreshold</c>).</summary>
    public int PoisonBlobThreshold { get; init; } = 5;

    /// <summary>Least level of Newsdesk's own log lines; the SDKs log warnings and errors only.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>What feeds the blob trigger: Event Grid deliveries (default, as in Azure) or the container scan.</summary>
    public BlobTriggerMode Trigger { get; init; } = BlobTriggerMode.EventGrid;

    /// <summary>
    /// With <see cref="BlobTriggerMode.EventGrid"/>: whether <see cref="LocalBlobEvents"/> raises the BlobCreated
    /// events (Azurite raises none). Off, only deliveries to <c>/runtime/webhooks/blobs</c> trigger ingestion.
    /// </summary>
    public bool RaiseLocalEvents { get; init; } = true;

    /// <summary>How often <see cref="LocalBlobEvents"/> lists the container for new or changed blobs.</summary>
    public TimeSpan EventInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the safety-net sweep (polling trigger only) looks for blobs the container scan missed.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How old a blob must be before the sweep treats it as missed (the scan gets the first chance).</summary>
    public TimeSpan SweepGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Least level of the SDKs' log lines (WebJobs host, blob listener); Warning keeps them quiet.</summary>
    public LogLevel SdkLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Last-word service registrations (tests replace the parser here); runs after Newsdesk's own.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
