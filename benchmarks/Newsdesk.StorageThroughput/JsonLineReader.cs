using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

/// <summary>Reads the article JSON shape straight into a draft, so the benchmark controls entity and quote counts.</summary>
internal sealed class JsonLineReader : IDocumentReader
{
    public string Format => "bench-json";

    public bool CanRead(DocumentInput input) => true;

    public IEnumerable<DraftOrError> Read(DocumentInput input)
    {
        var a = ArticleJson.Deserialize(input.Text)!;
        yield return new ArticleDraft
        {
            SourceName = input.Name, Format = Format, ContentHash = input.ContentHash, Title = a.Title, Url = a.Url, CanonicalUrl = a.CanonicalUrl,
            Outlet = a.Outlet, Authors = a.Authors, PublishedAt = a.PublishedAt, Language = a.Language, Sections = a.Sections,
            Entities = a.Entities, Quotes = a.Quotes,
        };
    }
}
