using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Storage;

/// <summary>The storage account as Newsdesk uses it: the upload container, the overflow-JSON container, the tables and the poison queue.</summary>
public sealed class NewsdeskStorage
{
    /// <summary>Binds the clients to the names in <paramref name="options"/>.</summary>
    public NewsdeskStorage(TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues, NewsdeskStorageOptions options)
    {
        Options = options;
        Tables = new NewsdeskTables(tables, options);
        Blobs = blobs;
        ArticlesContainer = blobs.GetBlobContainerClient(options.ArticlesContainer);
        ArticleJsonContainer = blobs.GetBlobContainerClient(options.ArticleJsonContainer);
        PoisonQueue = queues.GetQueueClient(options.PoisonQueue);
    }

    /// <summary>The names in force.</summary>
    public NewsdeskStorageOptions Options { get; }

    /// <summary>The tables.</summary>
    public NewsdeskTables Tables { get; }

    /// <summary>The blob service.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>The container users upload to (the blob trigger watches it).</summary>
    public BlobContainerClient ArticlesContainer { get; }

    /// <summary>The container of article JSON over the 1 MiB entity limit.</summary>
    public BlobContainerClient ArticleJsonContainer { get; }

    /// <summary>The queue of blobs whose ingestion failed after every retry.</summary>
    public QueueClient PoisonQueue { get; }

    /// <summary>Creates the containers, tables and poison queue that do not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await ArticlesContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await ArticleJsonContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await Tables.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
