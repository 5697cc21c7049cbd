using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Tests.Support;

/// <summary>
/// Writes articles with the storage library's own row builder (<see cref="ArticleRows.Build"/>) and
/// batch writer, as ingestion does, so the export reads exactly what production writes.
/// </summary>
public static class StorageRowWriter
{
    public static readonly DateTimeOffset IngestedAt = new(2024, 7, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(TableServiceClient service, NewsdeskStorageOptions options, IEnumerable<NormalizedArticle> articles, BlobServiceClient? blobs = null)
    {
        var tables = new NewsdeskTables(service, options);
        await tables.CreateIfNotExistsAsync();
        foreach (var article in articles)
        {
            var set = ArticleRows.Build(article, [article.Source.Name], IngestedAt);
            if (set.JsonOverflow)
            {
                // Over the 1 MiB entity limit the JSON goes to the article-json container, as ingestion does.
                var container = (blobs ?? throw new InvalidOperationException("An oversized article needs a blob client.")).GetBlobContainerClient(options.ArticleJsonContainer);
                await container.CreateIfNotExistsAsync();
                await container.GetBlobClient(ArticleRows.JsonBlobName(article.Id)).UploadAsync(BinaryData.FromString(set.Json), overwrite: true);
            }

            var actions = set.Children.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, c))
                .Append(new TableTransactionAction(TableTransactionActionType.UpsertReplace, set.Article.ToEntity()));
            await BatchWriter.SubmitAsync(tables.Articles, actions);
            await BatchWriter.SubmitAsync(tables.Entities, set.EntityRows.Select(e => new TableTransactionAction(
                e.RowKey.StartsWith("e_", StringComparison.Ordinal) ? TableTransactionActionType.UpsertMerge : TableTransactionActionType.UpsertReplace, e)));
        }
    }
}
