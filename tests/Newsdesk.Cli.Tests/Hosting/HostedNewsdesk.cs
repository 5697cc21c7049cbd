using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Cli.Hosting;
using Newsdesk.Parsing;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Hosting;

/// <summary>A <see cref="LocalHost"/> on the test Azurite with its own container, tables and WebJobs host id.</summary>
internal sealed class HostedNewsdesk : IAsyncDisposable
{
    /// <summary>Generous: the trigger normally fires within seconds, but the machine is shared.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The container scan polls every 10 s and hands blobs over one at a time with several receipt calls each; on a
    /// CI machine running every test project at once that has taken over a minute.
    /// </summary>
    public static readonly TimeSpan PollingTimeout = TimeSpan.FromSeconds(150);

    private HostedNewsdesk(LocalHost host, BlobContainerClient container, TableServiceClient tables, string prefix, ArticleParser parser)
    {
        Host = host;
        Container = container;
        Parser = parser;
        Articles = tables.GetTableClient(prefix + "Articles");
        Entities = tables.GetTableClient(prefix + "Entities");
        IngestionLog = tables.GetTableClient(prefix + "IngestionLog");
    }

    public LocalHost Host { get; }

    /// <summary>The container, tables and host id name this host was started with.</summary>
    public string Name => Host.Options.ArticlesContainer;

    public BlobContainerClient Container { get; }

    /// <summary>The parser the host runs: the default pipeline plus <see cref="TestVocabularyExtractor"/>.</summary>
    public ArticleParser Parser { get; }

    public TableClient Articles { get; }

    public TableClient Entities { get; }

    public TableClient IngestionLog { get; }

    /// <summary>
    /// Starts a host with its own container, tables and host id (or those of <paramref name="name"/>, to start a
    /// second host over the same storage). <paramref name="configure"/> adjusts the options last.
    /// </summary>
    public static async Task<HostedNewsdesk> StartAsync(
        AzuriteFixture azurite,
        int parallelism = 8,
        TimeSpan? sweepGrace = null,
        TimeSpan? sweepInterval = null,
        BlobTriggerMode trigger = BlobTriggerMode.EventGrid,
        Func<LocalHostOptions, LocalHostOptions>? configure = null,
        string? name = null)
    {
        name ??= AzuriteFixture.UniqueName("e2e");
        var parser = ArticleParserBuilder.CreateDefault().AddExtractor(new TestVocabularyExtractor()).Build();
        var options = new LocalHostOptions
        {
            StorageConnection = azurite.ConnectionString,
            Port = 0,
            ArticlesContainer = name,
            TablePrefix = name,
            HostId = name[..Math.Min(32, name.Length)],
            MaxDegreeOfParallelism = parallelism,
            LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
            ConfigureServices = services => services.AddSingleton(parser),
            Trigger = trigger,
            // With the polling trigger the safety net runs as in `serve` (which sweeps every 30 s), only more often,
            // because the WebJobs container scan now and then never sees a blob (docs/benchmarks-ingest.md, "Missed
            // blobs"). Tests that count completions exactly, or drive the sweep by hand, turn it off with a long interval.
            SweepInterval = sweepInterval ?? TimeSpan.FromSeconds(5),
            SweepGrace = sweepGrace ?? TimeSpan.FromSeconds(20),
        };
        var host = await LocalHost.StartAsync(configure is null ? options : configure(options));
        return new HostedNewsdesk(host, azurite.Blobs().GetBlobContainerClient(name), azurite.Tables(), name, parser);
    }

    /// <summary>Uploads (overwriting) and returns the time just before, for <see cref="WaitAsync"/>.</summary>
    public async Task<DateTimeOffset> UploadAsync(string blobName, string content)
    {
        var since = DateTimeOffset.UtcNow;
        await Container.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(content), overwrite: true);
        return since;
    }

    /// <summary>Waits for the trigger to finish ingesting the blobs (completed after <paramref name="since"/>).</summary>
    public async Task<IReadOnlyList<ObservedIngestion>> WaitAsync(DateTimeOffset since, params string[] blobNames) =>
        await Host.Monitor.WaitForAsync(blobNames, since, Host.Options.Trigger == BlobTriggerMode.Polling ? PollingTimeout : Timeout);

    /// <summary>Every row of the Articles table (tests use their own small tables).</summary>
    public async Task<List<TableEntity>> ArticleRowsAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Articles.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The rows of one article (its own rows, mentions and facets).</summary>
    public async Task<List<TableEntity>> RowsOfAsync(string articleId) =>
        [.. (await ArticleRowsAsync()).Where(r => r.RowKey == $"a_{articleId}" || r.GetString("ArticleId") == articleId)];

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
