using System.Globalization;
using Azure.Data.Tables;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Storage.Tables;

/// <summary>Builds every row of one article (docs/table-model.md): pure, no I/O.</summary>
public static class ArticleRows
{
    /// <summary>The blob name of an article's overflow JSON in the article-json container.</summary>
    public static string JsonBlobName(string articleId) => articleId + ".json";

    /// <summary>Builds the rows of <paramref name="article"/> listing <paramref name="sources"/> as its blobs.</summary>
    public static ArticleRowSet Build(NormalizedArticle article, IEnumerable<string> sources, DateTimeOffset ingestedAt)
    {
        var id = article.Id;
        var pk = PartitionKeys.For(article);
        var summary = new ArticleSummary(article.Title, article.Url ?? article.CanonicalUrl, article.Outlet?.Domain, article.PublishedAt?.ToString(), article.Language);
        var children = ChildRows(article, pk, summary)
            .Select(e => e.WithoutNulls())
            .GroupBy(e => e.RowKey, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var json = ArticleJson.Serialize(article);
        var row = new ArticleRow
        {
            PartitionKey = pk,
            ArticleId = id,
            Title = article.Title,
            Subtitle = article.Subtitle,
            Url = article.Url,
            CanonicalUrl = article.CanonicalUrl,
            OutletDomain = article.Outlet?.Domain,
            OutletName = article.Outlet?.Name,
            PublishedAt = article.PublishedAt?.ToString(),
            PublishedDate = article.PublishedAt is { } p ? p.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null,
            Language = article.Language,
            WordCount = article.WordCount,
            Authors = string.Join("; ", article.Authors.Select(a => a.Name)),
            EntityIds = article.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList(),
            Sources = sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            ContentHash = article.Source.ContentHash,
            ParserVersion = article.Source.ParserVersion,
            IngestedAt = ingestedAt,
            Json = json,
            ChildKeys = children.Select(c => c.RowKey).ToList(),
        };

        // An entity is at most 1 MiB (Table service limits): past the budget the JSON goes to a blob.
        var overflow = TableLimits.EstimateSize(row.ToEntity()) > TableLimits.EntityBudgetBytes;
        if (overflow)
        {
            row = row with { Json = null, JsonBlob = JsonBlobName(id) };
        }

        return new ArticleRowSet(pk, row, children, EntityRows(article, pk).ToList(), json, overflow);
    }

    private static IEnumerable<TableEntity> ChildRows(NormalizedArticle article, string pk, ArticleSummary summary)
    {
        var id = article.Id;
        for (var i = 0; i < article.Authors.Count; i++)
        {
            var a = article.Authors[i];
            yield return new AuthorRow(pk, RowKeys.Author(id, i), id, a.Name, a.Affiliation, i, summary).ToEntity();
            yield return new FacetRow(pk, RowKeys.Facet(RowKeys.AuthorFacet, a.Name, id), id, RowKeys.AuthorFacet, a.Name, summary).ToEntity();
        }

        for (var i = 0; i < article.Images.Count; i++)
        {
            var image = article.Images[i];
            yield return new ImageRow(pk, RowKeys.Image(id, i), id, image.Url, image.Caption, image.Credit, i, summary).ToEntity();
        }

        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var q = article.Quotes[i];
            yield return new QuoteRow(pk, RowKeys.Quote(id, i), id, Clip(q.Text), q.Speaker, q.SpeakerId, q.IsFragment, i, summary).ToEntity();
        }

        foreach (var e in article.Entities)
        {
            yield return new MentionRow(pk, RowKeys.Mention(e.Id, id), id, e.Id, TypeName(e.Type), e.Name, e.Mentions, e.Roles, e.CountryCode, summary).ToEntity();
        }

        if (article.Outlet is { } outlet)
        {
            yield return new FacetRow(pk, RowKeys.Facet(RowKeys.OutletFacet, outlet.Domain, id), id, RowKeys.OutletFacet, outlet.Domain, summary).ToEntity();
        }

        if (!string.IsNullOrEmpty(article.Language))
        {
            yield return new FacetRow(pk, RowKeys.Facet(RowKeys.LanguageFacet, article.Language, id), id, RowKeys.LanguageFacet, article.Language, summary).ToEntity();
        }
    }

    private static IEnumerable<TableEntity> EntityRows(NormalizedArticle article, string pk)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in article.Entities)
        {
            var type = TypeName(e.Type);
            if (!seen.Add(RowKeys.Entity(e.Id)))
            {
                continue;
            }

            yield return new EntityRow(pk, e.Id, e.Name, type, e.CountryCode, e.Roles, e.Aliases).ToEntity();
            foreach (var name in e.Aliases.Prepend(e.Name))
            {
                var key = RowKeys.EntityName(name, e.Id);
                if (seen.Add(key))
                {
                    yield return new EntityNameRow(pk, key, e.Id, type, e.Name, name).ToEntity();
                }
            }
        }
    }

    /// <summary>The lower-case type name stored in rows: person, organization, place.</summary>
    public static string TypeName(EntityType type) => type.ToString().ToLower(CultureInfo.InvariantCulture);

    // A quote longer than one string property is clipped rather than refused; the full text stays in the JSON.
    private static string Clip(string text)
    {
        if (text.Length <= TableLimits.MaxStringChars)
        {
            return text;
        }

        var cut = TableLimits.MaxStringChars - 1;
        cut = char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
        return text[..cut] + "…";
    }
}
