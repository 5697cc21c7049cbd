using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Newsdesk.Storage;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Query;

/// <summary>The tables (and the large-article-JSON container) an export reads, named with the configured prefix.</summary>
internal sealed class ExportTables(TableServiceClient service, NewsdeskStorageOptions options, BlobServiceClient? blobs = null)
{
    public TableClient Articles { get; } = service.GetTableClient(NewsdeskTables.Name(options, NewsdeskTables.ArticlesName));

    public TableClient Entities { get; } = service.GetTableClient(NewsdeskTables.Name(options, NewsdeskTables.EntitiesName));

    /// <summary>Where article JSON over the entity size limit lives, when a blob client is registered.</summary>
    public BlobContainerClient? ArticleJson { get; } = blobs?.GetBlobContainerClient(options.ArticleJsonContainer);
}
