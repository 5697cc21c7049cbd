using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Parsing;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Support;

/// <summary>One test's own tables, containers and queue on the shared Azurite, and a service over them.</summary>
internal sealed class StorageHarness
{
    private StorageHarness(NewsdeskStorage storage, IngestionService service)
    {
        Storage = storage;
        Service = service;
    }

    public NewsdeskStorage Storage { get; }

    public IngestionService Service { get; }

    public static async Task<StorageHarness> CreateAsync(
        AzuriteFixture azurite,
        HttpPipelinePolicy? tablePolicy = null,
        HttpMessageHandler? tableTransport = null,
        ArticleParser? parser = null,
        IngestionOptions? ingestion = null)
    {
        var options = new NewsdeskStorageOptions
        {
            TablePrefix = AzuriteFixture.UniqueName("t"),
            ArticlesContainer = AzuriteFixture.UniqueName("articles"),
            ArticleJsonContainer = AzuriteFixture.UniqueName("json"),
            PoisonQueue = AzuriteFixture.UniqueName("poison"),
        };
        var tableOptions = new TableClientOptions();
        if (tablePolicy is not null)
        {
            tableOptions.AddPolicy(tablePolicy, HttpPipelinePosition.PerRetry);
        }

        if (tableTransport is not null)
        {
            // The SDK's own retries are off so that the service's retry pipeline is what recovers.
            tableOptions.Transport = new HttpClientTransport(new HttpClient(tableTransport));
            tableOptions.Retry.MaxRetries = 0;
        }

        var storage = new NewsdeskStorage(
            new TableServiceClient(azurite.ConnectionString, tableOptions),
            new BlobServiceClient(azurite.ConnectionString),
            new QueueServiceClient(azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }),
            options);
        if (tableTransport is null)
        {
            await storage.EnsureCreatedAsync();
        }
        else
        {
            var plain = new NewsdeskStorage(new TableServiceClient(azurite.ConnectionString), storage.Blobs, new QueueServiceClient(azurite.ConnectionString), options);
            await plain.EnsureCreatedAsync();
        }

        var service = new IngestionService(
            storage,
            parser ?? TestArticleReader.Parser(),
            ingestion ?? new IngestionOptions { RetryDelay = TimeSpan.FromMilliseconds(5) },
            NullLogger<IngestionService>.Instance,
            TimeProvider.System);
        return new StorageHarness(storage, service);
    }

    public Task<IngestionOutcome> IngestAsync(string name, byte[] content) =>
        Service.IngestAsync(name, new MemoryStream(content), null);

    public async Task<BlobClient> UploadAsync(string name, byte[] content)
    {
        var blob = Storage.ArticlesContainer.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        return blob;
    }

    public static async Task<List<TableEntity>> RowsAsync(TableClient table, string? filter = null)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every row of the Articles table whose ArticleId (or article-row key) is <paramref name="articleId"/>.</summary>
    public async Task<List<TableEntity>> ArticleRowsAsync(string articleId) =>
        await RowsAsync(Storage.Tables.Articles, TableClient.CreateQueryFilter($"ArticleId eq {articleId}"));
}
