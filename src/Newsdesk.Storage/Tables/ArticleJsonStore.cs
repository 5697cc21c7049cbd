using Azure;
using Azure.Storage.Blobs;

namespace Newsdesk.Storage.Tables;

/// <summary>Article JSON too large for its table row (over the 1 MiB entity limit), kept as blob <c>article-json/{id}.json</c>.</summary>
public sealed class ArticleJsonStore(NewsdeskStorage storage)
{
    private BlobContainerClient Container => storage.ArticleJsonContainer;

    /// <summary>The article JSON of a row: its column, else its blob.</summary>
    public async Task<string?> ReadJsonAsync(ArticleRow row, CancellationToken cancellationToken = default)
    {
        if (row.Json is not null || row.JsonBlob is null)
        {
            return row.Json;
        }

        try
        {
            var content = await Container.GetBlobClient(row.JsonBlob).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Writes (or overwrites) the overflow JSON of an article.</summary>
    public async Task UploadAsync(string articleId, string json, CancellationToken cancellationToken = default) =>
        await Container.GetBlobClient(ArticleRows.JsonBlobName(articleId))
            .UploadAsync(BinaryData.FromString(json), overwrite: true, cancellationToken).ConfigureAwait(false);

    /// <summary>Deletes the overflow JSON of an article, if any.</summary>
    public async Task DeleteAsync(string articleId, CancellationToken cancellationToken = default) =>
        await Container.GetBlobClient(ArticleRows.JsonBlobName(articleId))
            .DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
}
