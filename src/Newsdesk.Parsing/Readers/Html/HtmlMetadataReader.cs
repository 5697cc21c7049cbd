using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Collects a page's raw metadata: JSON-LD first, then OpenGraph and meta tags, then visible markup.</summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>Reads the document's metadata.</summary>
    public static HtmlMetadata Read(IDocument document)
    {
        var page = PageElements.Collect(document);
        var ld = JsonLdReader.Read(page.JsonLdScripts);
        var meta = new MetaTags(page.Metas);
        var outlet = new[] { meta.First("og:site_name"), ld?.PublisherName, meta.First("application-name") }.Select(SiteName).FirstOrDefault(n => n is not null);
        var url = FirstAbsolute(meta.First("og:url"), ld?.Url, ld?.MainEntityOfPage);
        var baseUri = HtmlUrls.BaseOf(url);
        var canonicalHref = page.CanonicalHref;
        var canonical = FirstAbsolute(canonicalHref is null ? null : HtmlUrls.Resolve(canonicalHref, baseUri), ld?.MainEntityOfPage);
        var title = ChooseTitle(document, page, ld, meta, outlet ?? HtmlUrls.BaseOf(url, canonical)?.Host);
        if (outlet is null && url is null && canonical is null && title is not null)
        {
            outlet = ConfirmedSiteSuffix(document.Title, title);
        }

        var shownDeck = Deck(page.Headline);
        var bylineContexts = new List<string>();
        var bylines = HtmlBylines.Collect(page, ld, meta, bylineContexts);
        if (bylines.Count == 0 && (ld?.Authors.Count ?? 0) == 0 && HeadlineBylines.After(ShownHeadline(page, title)) is { } shown)
        {
            bylines = [shown];
        }

        return new HtmlMetadata
        {
            Title = title,
            Subtitle = Clean(ld?.AlternativeHeadline) ?? shownDeck,
            ShownDeck = shownDeck,
            Url = url ?? canonical,
            CanonicalUrl = canonical,
            OutletName = outlet,
            Authors = ld?.Authors ?? [],
            Bylines = bylines,
            DateCandidates = HtmlDates.Collect(page, ld, meta, bylineContexts, ShownHeadline(page, title)),
            Language = Language(document.DocumentElement.GetAttribute("lang"))
                ?? Language(ld?.Language) ?? Language(meta.First("content-language", "og:locale", "dc.language", "language")),
            Images = LeadImages(ld, meta, HtmlUrls.BaseOf(url, canonical)),
            ArticleBody = ld?.ArticleBody,
            BaseHref = page.BaseHref,
        };
    }

    /// <summary>
    /// "Headline - Site" in the document title whose headline part is the chosen title: "Site" names the site.
    /// Used only when the page gives no site name and no URL, the only other sources of an outlet.
    /// </summary>
    private static string? ConfirmedSiteSuffix(string? documentTitle, string title)
    {
        var full = Clean(documentTitle);
        if (full is null || SiteSuffix().Match(full) is not { Success: true } match)
        {
            return null;
        }

        return string.Equals(full[..match.Index].Trim(), title, StringComparison.OrdinalIgnoreCase) ? match.Groups[1].Value.Trim() : null;
    }

    /// <summary>The element that shows the chosen title (a heading or title-classed element), else the page's h1.</summary>
    private static IElement? ShownHeadline(PageElements page, string? title) =>
        (title is null ? null : page.TitleElements.FirstOrDefault(e => HtmlText.HasShortText(e, 2 * title.Length + 20)
            && string.Equals(Clean(HtmlText.InnerText(e)), title, StringComparison.OrdinalIgnoreCase))) ?? page.Headline;

    private static string? ChooseTitle(IDocument document, PageElements page, JsonLdArticle? ld, MetaTags meta, string? outlet)
    {
        var candidates = new[] { ld?.Headline, meta.First("og:title", "twitter:title", "dc.title", "headline"), page.Headline is null ? null : HtmlText.InnerText(page.Headline), document.Title }
            .Select(Clean).OfType<string>().Select(t => StripSiteName(t, outlet)).Select(t => StripConfirmedSuffix(t, page)).ToList();
        var longest = candidates.Count == 0 ? 0 : candidates.Max(WordCount);
        // og:title set to the site's name ("Example News") is no headline when the page has a longer one.
        return candidates.FirstOrDefault(t => !string.Equals(t, outlet, StringComparison.OrdinalIgnoreCase) && (WordCount(t) > 2 || longest - WordCount(t) < 3))
            ?? candidates.FirstOrDefault();
    }

    /// <summary>"Headline | Outlet" and "Headline - Outlet" lose the outlet part.</summary>
    private static string StripSiteName(string title, string? outlet)
    {
        var match = SiteSuffix().Match(title);
        if (!match.Success)
        {
            return title;
        }

        var suffix = match.Groups[1].Value;
        var squeezed = suffix.Replace(" ", "", StringComparison.Ordinal);
        var isOutlet = outlet is not null && (suffix.Contains(outlet, StringComparison.OrdinalIgnoreCase) || outlet.Contains(suffix, StringComparison.OrdinalIgnoreCase)
            || (squeezed.Length >= 3 && outlet.Contains(squeezed, StringComparison.OrdinalIgnoreCase)));
        // Without a known outlet, only a short tail after a pipe is taken for a site name.
        return isOutlet || (match.Value.TrimStart().StartsWith('|') && suffix.Split(' ').Length <= 4) ? title[..match.Index].Trim() : title;
    }

    /// <summary>
    /// "Headline - Site" loses its tail when the page shows "Headline" alone as a heading or title-classed element:
    /// the visible headline confirms where the title ends, whatever the site calls itself.
    /// </summary>
    private static string StripConfirmedSuffix(string title, PageElements page)
    {
        var match = SiteSuffix().Match(title);
        if (!match.Success)
        {
            return title;
        }

        var prefix = title[..match.Index].Trim();
        foreach (var element in page.TitleElements)
        {
            if (HtmlText.HasShortText(element, 4 * title.Length) && string.Equals(Clean(HtmlText.InnerText(element)), prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefix;
            }
        }

        return title;
    }

    private static IReadOnlyList<ArticleImage> LeadImages(JsonLdArticle? ld, MetaTags meta, Uri? baseUri)
    {
        var images = (ld?.Images ?? []).Where(i => i.Url is { Length: <= HtmlImages.MaxUrlLength }).Select(i => i with { Url = HtmlUrls.Resolve(i.Url!, baseUri), Caption = Clean(i.Caption), Credit = HtmlImages.CleanCredit(i.Credit) }).ToList();
        if (images.Count == 0 && meta.First("og:image:secure_url", "og:image", "og:image:url", "twitter:image") is { Length: <= HtmlImages.MaxUrlLength } og && !HtmlImages.IsSiteImage(og))
        {
            images.Add(new ArticleImage(HtmlUrls.Resolve(og, baseUri), Clean(meta.First("og:image:alt", "twitter:image:alt")), null));
        }

        return images.Take(1).ToList();
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Attribute selectors only: an element without attributes never matches (see SelectorWalk).
    private static readonly AngleSharp.Css.Dom.ISelector DeckSelector = SelectorWalk.Parse(
        "[class*=standfirst], [class*=dek], [class*=subtitle], [class*=subheadline], [class*=sub-headline], [class*=strapline], [itemprop=alternativeHeadline], "
        + "[class*=chapo], [class*=vorspann], [class*=entradilla], [class*=sottotitolo]");

    /// <summary>A deck is looked for next to the headline only (its parent's parent), not in widgets elsewhere on the page.</summary>
    private static string? Deck(IElement? h1)
    {
        if (h1?.ParentElement is not { } parent)
        {
            return null;
        }

        var near = parent.ParentElement is { TagName: not ("BODY" or "HTML") } grand ? grand : parent;
        foreach (var element in SelectorWalk.Descendants(near, DeckSelector, SelectorWalk.HasAttributes))
        {
            var cls = BoilerplateRules.ClassAndId(element);
            if (cls.Contains("dek", StringComparison.Ordinal) && !DekWord().IsMatch(cls))
            {
                continue; // "dek" inside another word (e.g. "index") is no deck.
            }

            var text = Clean(HtmlText.InnerText(element));
            if (text is { Length: >= 20 and <= 400 } && element.TagName != "H1")
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// A site name as pages state it, or null when it is a handle ("@site") or a URL rather than a name;
    /// "The Daily Example | Example.com" keeps the name part.
    /// </summary>
    internal static string? SiteName(string? stated)
    {
        var name = Clean(stated);
        if (name is null || name.StartsWith('@') || name.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = name.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && LooksLikeDomain(parts[1]) && !LooksLikeDomain(parts[0]) ? parts[0] : name;
    }

    private static bool LooksLikeDomain(string text) =>
        !text.Contains(' ', StringComparison.Ordinal) && text.IndexOf('.', StringComparison.Ordinal) is > 0 && !text.EndsWith('.');

    /// <summary>ISO 639-1 from a language tag ("en-US", "en_GB", "EN").</summary>
    private static string? Language(string? tag)
    {
        var primary = tag?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary is { Length: 2 } && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? FirstAbsolute(params string?[] candidates) =>
        candidates.Select(c => c?.Trim()).FirstOrDefault(c => c is not null && HtmlUrls.IsWebLink(c));

    /// <summary>Decodes leftover entities (JSON-LD often carries them) and collapses whitespace.</summary>
    internal static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : HtmlText.Collapse(text.Contains('&') ? WebUtility.HtmlDecode(text) : text) is { Length: > 0 } s ? s : null;

    [GeneratedRegex(@"\s+(?:[|–—»-]|::)\s+([^|–—»-]{2,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"(?<![a-z])dek(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex DekWord();
}
