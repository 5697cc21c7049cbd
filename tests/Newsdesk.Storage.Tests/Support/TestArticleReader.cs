using System.Security.Cryptography;
using System.Text;
using Newsdesk.Parsing;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Storage.Tests.Support;

/// <summary>
/// Reads the article JSON shape (one article, or NDJSON with one per line) straight into drafts, so
/// storage tests control every field (URL, date, entities, quotes) independently of the real readers.
/// </summary>
internal sealed class TestArticleReader : IDocumentReader
{
    public string Format => "test-json";

    public bool CanRead(DocumentInput input) => input.Text.TrimStart().StartsWith('{');

    public IEnumerable<DraftOrError> Read(DocumentInput input)
    {
        var lines = input.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            NormalizedArticle? article = null;
            try
            {
                article = ArticleJson.Deserialize(lines[i]);
            }
            catch (System.Text.Json.JsonException)
            {
            }

            if (article is null)
            {
                yield return new ParseError("malformed-json", $"line {i + 1} is not an article", i + 1);
                continue;
            }

            yield return new ArticleDraft
            {
                SourceName = input.Name,
                Format = Format,
                ContentHash = lines.Length == 1 ? input.ContentHash : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines[i]))),
                Title = article.Title,
                Subtitle = article.Subtitle,
                Url = article.Url,
                CanonicalUrl = article.CanonicalUrl,
                Outlet = article.Outlet,
                Authors = article.Authors,
                PublishedAt = article.PublishedAt,
                Language = article.Language,
                Images = article.Images,
                Sections = article.Sections,
                Links = article.Links,
                Entities = article.Entities,
                Quotes = article.Quotes,
            };
        }
    }

    /// <summary>A parser that reads only this layout (anything else is "unrecognised").</summary>
    public static ArticleParser Parser(long maxBytes = ParserOptions.DefaultMaxBytes) =>
        new ArticleParserBuilder().AddReader(new TestArticleReader()).WithOptions(new ParserOptions { MaxBytes = maxBytes }).Build();
}
