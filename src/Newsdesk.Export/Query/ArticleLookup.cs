using Azure.Data.Tables;

namespace Newsdesk.Export.Query;

/// <summary>Point reads of article rows for filters a child row cannot answer, with a small bounded cache.</summary>
internal sealed class ArticleLookup(TableClient articles)
{
    private const int CacheSize = 4096;
    private readonly Dictionary<(string, string), ArticleFacts?> _cache = [];

    public async ValueTask<ArticleFacts?> GetAsync(string partitionKey, string articleId, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue((partitionKey, articleId), out var cached))
        {
            return cached;
        }

        if (_cache.Count >= CacheSize)
        {
            // Rows of one article arrive close together; dropping everything keeps memory bounded and simple.
            _cache.Clear();
        }

        var response = await articles.GetEntityIfExistsAsync<TableEntity>(partitionKey, Newsdesk.Storage.Tables.RowKeys.Article(articleId), cancellationToken: cancellationToken);
        var facts = response.HasValue ? new ArticleFacts(response.Value!) : null;
        _cache[(partitionKey, articleId)] = facts;
        return facts;
    }
}
