using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Raw byline strings of a page, for the byline extractor to split into authors.</summary>
internal static class HtmlBylines
{
    private static readonly string[] AuthorMetaNames = ["author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "article:author", "article.author"];

    /// <summary>Visible bylines, then JSON-LD author strings, then meta authors when nothing better names the authors.</summary>
    /// <param name="page">The page's elements.</param>
    /// <param name="ld">The page's JSON-LD article, if any.</param>
    /// <param name="meta">The page's meta tags.</param>
    /// <param name="contexts">Receives the short text around each visible byline ("By <a>Jane Doe</a> on May 4, 2023"), where dates often are.</param>
    public static IReadOnlyList<string> Collect(PageElements page, JsonLdArticle? ld, MetaTags meta, List<string>? contexts = null)
    {
        var bylines = new List<string>();
        var taken = new List<IElement>();
        // A page with thousands of byline-classed elements is a listing, not an article; the first few decide.
        foreach (var element in page.BylineCandidates.Where(e => !InFurniture(e)).Take(MaxCandidates))
        {
            if (taken.Any(t => t.Contains(element)))
            {
                continue;
            }

            // Lines stay lines: "by Jane Doe<br>Monday, May 4" and "By A and B<div>Associated Press</div>" are name, then date or affiliation.
            var text = element.TagName is "META" or "LINK"
                ? Clean(element.GetAttribute("content"))
                : HtmlText.InnerText(element.QuerySelector("[itemprop=name]") ?? element, lineBreaks: true);
            if (!string.IsNullOrEmpty(text) && text.Length <= 200 && !IsBareBy(text) && !IsLinkLabel(element, text) && !IsTeaser(element, page.Headline)
                && !bylines.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                taken.Add(element);
                bylines.Add(text);
                if (contexts is not null && Context(element) is { } context)
                {
                    contexts.Add(context);
                }
            }

            if (bylines.Count >= 5)
            {
                break;
            }
        }

        // Meta author tags often name the publisher or a desk ("Condé Nast"); they count only when nothing better names the authors.
        var metaAuthors = bylines.Count == 0 && (ld?.Authors.Count ?? 0) == 0 ? meta.All(AuthorMetaNames) : [];
        foreach (var value in (ld?.AuthorStrings ?? []).Concat(metaAuthors))
        {
            var text = Clean(value);
            if (!string.IsNullOrEmpty(text) && text.Length <= 200 && !IsUrl(text) && !bylines.Any(b => b.Contains(text, StringComparison.OrdinalIgnoreCase)))
            {
                bylines.Add(text);
            }
        }

        return bylines;
    }

    /// <summary>Whether the element sits in a footer, aside, nav, comments or related box.</summary>
    public static bool InFurniture(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.TagName is "FOOTER" or "ASIDE" or "NAV" || BoilerplateRules.ClassAndId(e) is var c && (c.Contains("comment", StringComparison.Ordinal) || c.Contains("related", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // Words of an author link's label rather than of a name ("View all posts", "More from this author").
    private static readonly HashSet<string> LinkLabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "view", "more", "all", "articles", "article", "posts", "stories", "see", "read", "follow", "profile", "bio", "archive", "author", "email", "contact", "about",
    };

    /// <summary>An author-page link whose text is a label ("View All") rather than a name.</summary>
    private static bool IsLinkLabel(IElement element, string text) =>
        element.TagName == "A" && text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Any(LinkLabelWords.Contains);

    /// <summary>"By" (or "Von", "Por", "Par") alone, the label of a byline whose names sit in sibling elements.</summary>
    private static bool IsBareBy(string text) =>
        text.TrimEnd(':', ' ').ToLowerInvariant() is "by" or "von" or "por" or "par" or "door" or "di" or "av" or "af";

    /// <summary>
    /// A byline in a teaser of another article (a related-stories card): an ancestor close by also holds a linked
    /// headline (a heading or title-classed link), and none of them holds the page's own headline.
    /// </summary>
    internal static bool IsTeaser(IElement element, IElement? headline)
    {
        var ancestor = element.ParentElement;
        for (var level = 0; level < TeaserLevels && ancestor is not null && ancestor.TagName is not ("BODY" or "HTML"); level++, ancestor = ancestor.ParentElement)
        {
            if (headline is not null && ancestor.Contains(headline))
            {
                return false;
            }

            foreach (var link in ancestor.QuerySelectorAll("a[href]"))
            {
                if (!element.Contains(link) && IsHeadlineLink(link) && HtmlText.InnerText(link).Length >= 20)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int MaxCandidates = 60;

    // A byline's line with its date ("By Jane Doe | May 4, 2023 at 9:15 a.m.") is short; a longer parent is a layout box.
    private const int ContextChars = 300;

    /// <summary>The text of the closest of the byline's parent and grandparent that is still short, or null.</summary>
    private static string? Context(IElement element)
    {
        var ancestor = element.ParentElement;
        for (var level = 0; level < 2 && ancestor is not null && ancestor.TagName is not ("BODY" or "HTML"); level++, ancestor = ancestor.ParentElement)
        {
            // A wrapper holding the byline alone says nothing more; the next level up may.
            if (HtmlText.HasShortText(ancestor, ContextChars) && HtmlText.InnerText(ancestor) is var text && text.Length > HtmlText.InnerText(element).Length + 3)
            {
                return text;
            }
        }

        return null;
    }

    // A teaser card nests its byline three or four levels below the card; further up is the page's layout.
    private const int TeaserLevels = 4;

    private static bool IsHeadlineLink(IElement link) =>
        link.Closest("h2, h3, h4, h5, h6") is not null || ClassSays(link, "title") || ClassSays(link, "headline")
        || link.QuerySelector("h2, h3, h4, h5, h6") is not null;

    private static bool ClassSays(IElement element, string word) =>
        element.GetAttribute("class")?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsUrl(string text) => HtmlUrls.IsWebLink(text) || text.StartsWith("//", StringComparison.Ordinal);

    private static string? Clean(string? text) => HtmlMetadataReader.Clean(text);
}
