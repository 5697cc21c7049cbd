using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>The quote row <c>a_{articleId}_quote_{nnn}</c>.</summary>
/// <param name="PartitionKey">Day-shard partition.</param>
/// <param name="RowKey">Row key.</param>
/// <param name="ArticleId">The article id.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">Speaker's canonical name.</param>
/// <param name="SpeakerId">Speaker's entity id.</param>
/// <param name="IsFragment">True for scare quotes of one to three words.</param>
/// <param name="Position">0-based order in the article.</param>
/// <param name="Summary">The article's denormalized summary columns.</param>
public sealed record QuoteRow(string PartitionKey, string RowKey, string ArticleId, string Text, string? Speaker, string? SpeakerId, bool IsFragment, int Position, ArticleSummary Summary)
{
    /// <summary>Maps a stored entity.</summary>
    public static QuoteRow FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        entity.GetString("ArticleId") ?? "",
        entity.GetString("Text") ?? "",
        entity.GetString("Speaker"),
        entity.GetString("SpeakerId"),
        entity.GetBoolean("IsFragment") ?? false,
        entity.GetInt32("Position") ?? 0,
        ArticleSummary.ReadFrom(entity));

    /// <summary>The entity to store.</summary>
    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ["ArticleId"] = ArticleId,
            ["Text"] = Text,
            ["Speaker"] = Speaker,
            ["SpeakerId"] = SpeakerId,
            ["IsFragment"] = IsFragment,
            ["Position"] = Position,
        };
        Summary.WriteTo(entity);
        return entity.WithoutNulls();
    }
}
