using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Raw byline strings of a page, for the byline extractor to split into authors.</summary>
internal static class HtmlBylines
{
    private static readonly string[] AuthorMetaNames = ["author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "article:author", "article.author"];

    /// <summary>Visible bylines, then JSON-LD author strings, then meta authors when nothing better names the authors.</summary>
    public static IReadOnlyList<string> Collect(PageElements page, JsonLdArticle? ld, MetaTags meta)
    {
        var bylines = new List<string>();
        var taken = new List<IElement>();
        foreach (var element in page.BylineCandidates)
        {
            if (taken.Any(t => t.Contains(element)) || InFurniture(element))
            {
                continue;
            }

            var text = element.TagName is "META" or "LINK"
                ? Clean(element.GetAttribute("content"))
                : Clean(HtmlText.InnerText(element.QuerySelector("[itemprop=name]") ?? element));
            if (!string.IsNullOrEmpty(text) && text.Length <= 200 && !bylines.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                taken.Add(element);
                bylines.Add(text);
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

    private static bool IsUrl(string text) => HtmlUrls.IsWebLink(text) || text.StartsWith("//", StringComparison.Ordinal);

    private static string? Clean(string? text) => HtmlMetadataReader.Clean(text);
}
