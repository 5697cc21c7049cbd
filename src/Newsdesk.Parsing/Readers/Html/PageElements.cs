using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// The elements metadata is read from, gathered in one walk over the document instead of one
/// selector query per field (each query is a full walk; on a 1 MB page they added up).
/// </summary>
internal sealed class PageElements
{
    /// <summary>meta elements with a content attribute.</summary>
    public List<IElement> Metas { get; } = [];

    /// <summary>JSON-LD script elements.</summary>
    public List<IElement> JsonLdScripts { get; } = [];

    /// <summary>Elements that may hold a byline (class byline/author-name/autor, rel=author, itemprop=author).</summary>
    public List<IElement> BylineCandidates { get; } = [];

    /// <summary>time elements and itemprop=datePublished elements.</summary>
    public List<IElement> DateElements { get; } = [];

    /// <summary>Headings and title- or headline-classed elements (at most <see cref="MaxTitleElements"/>), to confirm a title's prefix.</summary>
    public List<IElement> TitleElements { get; } = [];

    /// <summary>Enough for a page's headline area; menus with hundreds of "title" items stop counting here.</summary>
    public const int MaxTitleElements = 40;

    /// <summary>link rel=canonical href.</summary>
    public string? CanonicalHref { get; private set; }

    /// <summary>base href.</summary>
    public string? BaseHref { get; private set; }

    /// <summary>The first h1, preferring one inside an article element.</summary>
    public IElement? Headline { get; private set; }

    /// <summary>Walks the document once.</summary>
    public static PageElements Collect(IDocument document)
    {
        var page = new PageElements();
        IElement? firstH1 = null;
        foreach (var element in document.All)
        {
            switch (element.TagName)
            {
                case "META" when element.HasAttribute("content"):
                    page.Metas.Add(element);
                    continue;
                case "SCRIPT" when element.GetAttribute("type") is { } type && type.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase):
                    page.JsonLdScripts.Add(element);
                    continue;
                case "LINK" when page.CanonicalHref is null && element.GetAttribute("href") is { } href && HasToken(element.GetAttribute("rel"), "canonical"):
                    page.CanonicalHref = href;
                    continue;
                case "BASE" when page.BaseHref is null:
                    page.BaseHref = element.GetAttribute("href");
                    continue;
                case "H1":
                    firstH1 ??= element;
                    if (page.Headline is null && element.Closest("article") is not null)
                    {
                        page.Headline = element;
                    }

                    break;
                case "TIME":
                    page.DateElements.Add(element);
                    break;
                case "ABBR" when element.GetAttribute("itemprop") is null && HasToken(element.GetAttribute("class"), "published") && element.HasAttribute("title"):
                    page.DateElements.Add(element); // hAtom (Blogger and old WordPress themes).
                    break;
            }

            if (page.TitleElements.Count < MaxTitleElements && (element.TagName is "H1" or "H2"
                || (element.GetAttribute("class") is { } titleClass && (titleClass.Contains("title", StringComparison.OrdinalIgnoreCase) || titleClass.Contains("headline", StringComparison.OrdinalIgnoreCase)))))
            {
                page.TitleElements.Add(element);
            }

            if (element.GetAttribute("itemprop") is { } itemprop)
            {
                if (itemprop.Equals("datePublished", StringComparison.OrdinalIgnoreCase) && element.TagName != "TIME")
                {
                    page.DateElements.Add(element);
                }
                else if (itemprop.Equals("author", StringComparison.OrdinalIgnoreCase))
                {
                    page.BylineCandidates.Add(element);
                    continue;
                }
            }

            if (HasToken(element.GetAttribute("rel"), "author") || (element.TagName == "A" && IsAuthorPage(element.GetAttribute("href")))
                || (element.GetAttribute("class") is { } cls && (cls.Contains("byline", StringComparison.OrdinalIgnoreCase)
                    || cls.Contains("author-name", StringComparison.OrdinalIgnoreCase) || cls.Contains("authorname", StringComparison.OrdinalIgnoreCase)
                    || ((cls.Contains("autor", StringComparison.OrdinalIgnoreCase) || AuthorElementClass(cls)) && !IsPhotoClass(cls)))))
            {
                page.BylineCandidates.Add(element);
            }
        }

        page.Headline ??= firstH1;
        return page;
    }

    // Author archive and profile pages: a link to one is a byline even without a byline class ("By <a href=/author/jane-doe>").
    private static readonly string[] AuthorPaths = ["/author/", "/authors/", "/autor/", "/autores/", "/auteur/", "/staff/", "/reporter/", "/reporters/", "/journalist/", "/contributor/", "/contributors/"];

    private static bool IsAuthorPage(string? href) =>
        href is { Length: > 0 and < 2048 } && AuthorPaths.Any(p => href.Contains(p, StringComparison.OrdinalIgnoreCase));

    // The BEM name of a story's author line ("news-detail__author"); bare "author" and "article-author" wrap photos,
    // bios and datelines too often (two dev pages) to count.
    private static bool AuthorElementClass(string cls) =>
        cls.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => t.EndsWith("__author", StringComparison.OrdinalIgnoreCase)
            || t.Equals("firma", StringComparison.OrdinalIgnoreCase) || t.EndsWith("-firma", StringComparison.OrdinalIgnoreCase)); // "firma": the byline (it, es)

    // "autor-foto", "fotoautor", "bild-autor": the photographer's line, not the article's byline.
    private static bool IsPhotoClass(string cls) =>
        cls.Contains("foto", StringComparison.OrdinalIgnoreCase) || cls.Contains("photo", StringComparison.OrdinalIgnoreCase)
        || cls.Contains("bild", StringComparison.OrdinalIgnoreCase) || cls.Contains("imag", StringComparison.OrdinalIgnoreCase);

    private static bool HasToken(string? list, string token) =>
        list is not null && list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);
}
