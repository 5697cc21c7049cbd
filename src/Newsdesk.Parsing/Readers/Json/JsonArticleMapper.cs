using System.Text.Json;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Json;

/// <summary>Maps one JSON article object (feed item, scraper output, JSON-LD NewsArticle) to a draft.</summary>
internal static partial class JsonArticleMapper
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
                case ArticleField.Author: JsonValues.Authors(value, bylines, people, organizations); break;
                case ArticleField.Date when JsonValues.Date(value) is { } date: dates.Add(date); break;
                case ArticleField.Updated when JsonValues.Date(value) is { } date: updates.Add(date); break;
                case ArticleField.Text when !body.HasContent: ReadBody(value, body); break;
                case ArticleField.Sections when !structured.HasContent: ReadSections(value, structured); break;
                case ArticleField.Image: JsonValues.Images(value, images); break;
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
                AppendText(summary, body);
            }
            else
            {
                subtitle ??= StripTags(summary);
            }
        }

        if (title is null && !body.HasContent)
        {
            return new ParseError("no-article", $"{where} has no title and no text: expected a \"title\"/\"headline\" and a \"text\"/\"body\"/\"content\"/\"articleBody\" string.");
        }

        return draft with
        {
            Title = title is null ? null : StripTags(title),
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

    private static void ReadBody(JsonElement value, SectionsBuilder body, int depth = 0)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { } text:
                AppendText(text, body);
                break;
            case JsonValueKind.Array when depth < 4:
                foreach (var item in value.EnumerateArray())
                {
                    ReadBody(item, body, depth + 1);
                }

                break;
            case JsonValueKind.Object when depth < 4:
                // {"type": "heading", "text": "..."} blocks of block-based editors; else {"text": ...}.
                var type = JsonValues.Property(value, "type") is { ValueKind: JsonValueKind.String } t ? t.GetString() : null;
                var inner = JsonValues.Property(value, "text") ?? JsonValues.Property(value, "content") ?? JsonValues.Property(value, "value") ?? JsonValues.Property(value, "html") ?? JsonValues.Property(value, "rendered") ?? JsonValues.Property(value, "body");
                if (inner is { ValueKind: JsonValueKind.String } s && type is not null && type.Contains("head", StringComparison.OrdinalIgnoreCase))
                {
                    body.AddHeading(TextTools.Collapse(StripTags(s.GetString()!)));
                }
                else if (inner is { } content)
                {
                    ReadBody(content, body, depth + 1);
                }

                break;
        }
    }

    private static void ReadSections(JsonElement value, SectionsBuilder body)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var section in value.EnumerateArray())
        {
            if (section.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (JsonValues.Property(section, "heading") is { ValueKind: JsonValueKind.String } heading && JsonValues.Text(heading) is { } text)
            {
                body.AddHeading(TextTools.Collapse(text));
            }

            if (JsonValues.Property(section, "paragraphs") is { ValueKind: JsonValueKind.Array } paragraphs)
            {
                foreach (var paragraph in paragraphs.EnumerateArray())
                {
                    if (JsonValues.Text(paragraph) is { } p)
                    {
                        body.AddParagraph(TextTools.Collapse(p));
                    }
                }
            }
        }
    }

    // News APIs cut free-tier bodies and say so at the end: "... on Wednesday. [+812 chars]" or "… [1234 chars]".
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:…|\.\.\.)?\s*\[\+?\d{1,7} chars\]\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TruncationMarker();

    private static void AppendText(string text, SectionsBuilder body)
    {
        if (text.EndsWith(']') && text.Length < 1_000_000)
        {
            text = TruncationMarker().Replace(text, "");
        }

        if (HtmlFragmentText.IsHtml(text))
        {
            HtmlFragmentText.AppendTo(text, body);
            return;
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var separator = normalized.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
        foreach (var block in normalized.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.AddParagraph(TextTools.Collapse(block));
        }
    }

    private static string StripTags(string text)
    {
        if (!HtmlFragmentText.IsHtml(text))
        {
            return text;
        }

        var single = new SectionsBuilder();
        HtmlFragmentText.AppendTo(text, single);
        return string.Join(" ", single.Build().SelectMany(s => s.Heading is null ? s.Paragraphs : s.Paragraphs.Prepend(s.Heading)));
    }
}
