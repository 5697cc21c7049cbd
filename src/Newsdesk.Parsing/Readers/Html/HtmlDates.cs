using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Raw publication-date strings of a page, best first, for the date extractor.</summary>
internal static class HtmlDates
{
    // Names that usually carry a full timestamp come before those that often give a date alone.
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date", "sailthru.date", "article.published",
        "publishdate", "publish-date", "publish_date", "pubdate", "original-publish-date", "article_date_original", "cxenseparse:recs:publishtime",
        "dcterms.issued", "dcterms.created", "dcterms.date", "dc.date.issued", "dc.date", "date", "datecreated",
    ];

    /// <summary>Raw date strings, best first.</summary>
    public static IReadOnlyList<string> Collect(PageElements page, JsonLdArticle? ld, MetaTags meta, IReadOnlyList<string>? bylineContexts = null, IElement? headline = null)
    {
        var dates = new List<string?> { ld?.DatePublished, ld?.DateCreated };
        dates.AddRange(meta.All(DateMetaNames));
        // Marked publication times first, then times inside the article, then (a few) others: sidebars list times too.
        var timed = page.DateElements.Where(e => e.TagName != "TIME" || e.HasAttribute("datetime") || e.HasAttribute("pubdate"))
            .OrderBy(DateElementRank).Take(5); // OrderBy is stable: page order within a rank.
        foreach (var element in timed)
        {
            // hAtom's <abbr class="published" title="2025-04-12T18:40:00+01:00">18:40</abbr> keeps the timestamp in its title.
            dates.Add(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? (element.TagName == "ABBR" ? element.GetAttribute("title") : null) ?? element.TextContent);
        }

        // The text around a visible byline ("By Jane Doe on Monday, May 4th, 2023") when nothing marked gives a time.
        dates.AddRange(bylineContexts ?? []);
        if (dates.All(string.IsNullOrWhiteSpace))
        {
            // Only for pages that mark no date at all: the first short dated line after the headline.
            dates.Add(HeadlineDates.After(headline ?? page.Headline));
        }

        // Modified times are not publication times; they come last, for pages that give nothing else.
        dates.Add(ld?.DateModified);
        dates.AddRange(meta.All("article:modified_time", "og:updated_time", "dateModified"));
        // CMS placeholders ("0001-01-01T00:00Z", the Unix epoch) are no dates.
        return dates.Select(Clean).Where(d => !string.IsNullOrEmpty(d) && d!.Length <= 300 && !d.StartsWith("0001-", StringComparison.Ordinal) && !d.StartsWith("1970-01-01", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList()!;
    }

    private static int DateElementRank(IElement element)
    {
        if (element.HasAttribute("pubdate") || string.Equals(element.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (BoilerplateRules.ClassAndId(element).Contains("publish", StringComparison.Ordinal))
        {
            return 1;
        }

        return element.Closest("article") is not null && !HtmlBylines.InFurniture(element) ? 2 : 3;
    }

    private static string? Clean(string? text) => HtmlMetadataReader.Clean(text);
}
