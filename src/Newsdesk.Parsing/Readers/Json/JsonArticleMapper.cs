using System.Text.Json;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Json;

/// <summary>Maps one JSON article object (feed item, scraper output, JSON-LD NewsArticle) to a draft.</summary>
internal static class JsonArticleMapper
{
    /// <summary>The draft of <paramref name="element"/>, or an error naming <paramref name="where"/> when it holds no title and no text.</summary>
    public static DraftOrError Map(JsonElement element, ArticleDraft draft, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new ParseError("no-article", $"{where} is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not an article object: expected {{\"title\": ..., \"text\": ...}}.");
        }

        string? outletHome = null;
        string? title = null, nameTitle = null, subtitle = null, summary = null, url = null, canonical = null, outlet = null, language = null;
        var bylines = new List<string>();
        var people = new List<Author>();
        var organizations = new List<Author>();
        var dates = new List<string>();
        var updates = new List<string>();
        var images = new List<ArticleImage>();
        var body = new SectionsBuilder();
        var structured = new SectionsBuilder();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (ArticleFields.Of(property.Name))
            {
                case ArticleField.Title when property.Name.Equals("name", StringComparison.OrdinalIgnoreCase):
                    nameTitle ??= JsonValues.Text(value);
                    break;
                case ArticleField.Title: title ??= JsonValues.Text(value); break;
                case ArticleField.Subtitle: subtitle ??= JsonValues.Text(value); break;
                case ArticleField.Summary: summary ??= JsonValues.Text(value); break;
                case ArticleField.Url: url ??= JsonValues.Url(value); break;
                case ArticleField.CanonicalUrl: canonical ??= JsonValues.Url(value); break;
                case ArticleField.Author: JsonAuthors.Read(value, bylines, people, organizations); break;
                case ArticleField.Date when JsonValues.Date(value) is { } date: dates.Add(date); break;
                case ArticleField.Updated when JsonValues.Date(value) is { } date: updates.Add(date); break;
                case ArticleField.Text when !body.HasContent: JsonBody.ReadBody(value, body); break;
                case ArticleField.Sections when !structured.HasContent: JsonBody.ReadSections(value, structured); break;
                case ArticleField.Image: JsonImages.Read(value, images); break;
                case ArticleField.Language: language ??= JsonValues.Text(value); break;
                case ArticleField.Outlet:
                    outlet ??= JsonValues.Text(value);
                    outletHome ??= value.ValueKind == JsonValueKind.Object ? JsonValues.OutletHome(value) : null;
                    break;
            }
        }

        title ??= nameTitle;
        if (structured.HasContent)
        {
            // Sections keep the headings that a flat "text" field has lost.
            body = structured;
        }

        if (summary is not null)
        {
            if (!body.HasContent)
            {
                JsonBody.AppendText(summary, body);
            }
            else
            {
                subtitle ??= JsonBody.StripTags(summary);
            }
        }

        if (title is null && !body.HasContent)
        {
            return new ParseError("no-article", $"{where} has no title and no text: expected a \"title\"/\"headline\" and a \"text\"/\"body\"/\"content\"/\"articleBody\" string.");
        }

        return draft with
        {
            Title = title is null ? null : JsonBody.StripTags(title),
            Subtitle = subtitle,
            Url = url,
            CanonicalUrl = canonical,
            OutletName = outlet,

            // {"publisher": {"name": ..., "domain": ...}} names the outlet's site; the article's own URL, when given, decides instead.
            Outlet = url is null && canonical is null && Extraction.DomainNames.Registrable(Extraction.DomainNames.HostOf(outletHome)) is { } domain
                ? new Outlet(domain, outlet ?? domain) : null,
            Language = language,
            Bylines = bylines,
            Authors = people.Count > 0 ? people : bylines.Count > 0 ? [] : organizations,
            DateCandidates = [.. dates, .. updates],
            Images = images,
            Sections = body.Build(),
        };
    }

    // Metadata containers ({"fields": {"bodyText": ...}}, {"attributes": {...}}): their properties count
    // as the article's own, after the top-level ones (so a top-level field wins).
    private static readonly string[] Containers = ["fields", "attributes", "properties", "meta", "metadata", "details", "info"];

    private static IEnumerable<JsonProperty> Properties(JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            yield return property;
        }

        foreach (var key in Containers)
        {
            if (JsonValues.Property(element, key) is { ValueKind: JsonValueKind.Object } container)
            {
                foreach (var property in container.EnumerateObject())
                {
                    yield return property;
                }
            }
        }
    }
}
