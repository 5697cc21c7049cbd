using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Which elements are page furniture rather than article: by tag, by visibility, and by the words in
/// their class and id (the heuristics of Mozilla Readability, extended with share/promo/newsletter/cookie words).
/// </summary>
internal static partial class BoilerplateRules
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "CANVAS", "OBJECT", "EMBED", "NAV", "ASIDE",
        "FOOTER", "HEADER", "INPUT", "BUTTON", "SELECT", "TEXTAREA", "OPTION", "DIALOG", "MENU", "LINK", "META", "HEAD",
        "AUDIO", "VIDEO", "MAP", "FRAME", "FRAMESET", "APPLET", "LABEL",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist",
    };

    /// <summary>Whether the element is never article content (by tag, role or visibility).</summary>
    public static bool IsAlwaysDropped(IElement element)
    {
        if (DroppedTags.Contains(element.TagName))
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role.Trim()))
        {
            return true;
        }

        return element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style);
    }

    /// <summary>Class and id of the element, joined, lower-case.</summary>
    public static string ClassAndId(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        return (cls, id) switch
        {
            (null, null) => string.Empty,
            (_, null) => cls!.ToLowerInvariant(),
            (null, _) => id!.ToLowerInvariant(),
            _ => (cls + " " + id).ToLowerInvariant(),
        };
    }

    /// <summary>Whether class/id say the element is furniture (comments, sharing, related, ads...) and nothing says it is content.</summary>
    public static bool IsUnlikelyCandidate(IElement element, string classAndId) =>
        classAndId.Length > 0
        && element.TagName is not ("BODY" or "A" or "ARTICLE" or "MAIN" or "HTML")
        && Unlikely().IsMatch(classAndId)
        && !MaybeCandidate().IsMatch(classAndId)
        && !IsHeaderNamedSubheading(element, classAndId);

    /// <summary>"&lt;h3 class=header-anchor-post&gt;": a subheading is not page furniture for saying "header" ("related-header" still is).</summary>
    private static bool IsHeaderNamedSubheading(IElement element, string classAndId) =>
        element.TagName is "H2" or "H3" or "H4" or "H5" or "H6" && !Unlikely().IsMatch(classAndId.Replace("header", "", StringComparison.Ordinal));

    /// <summary>Readability's class weight: +25 for content-ish class/id words, -25 for furniture words, per attribute.</summary>
    public static int ClassWeight(IElement element)
    {
        var weight = 0;
        foreach (var value in (ReadOnlySpan<string?>)[element.GetAttribute("class"), element.Id])
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var lower = value.ToLowerInvariant();
            if (Negative().IsMatch(lower))
            {
                weight -= 25;
            }

            if (Positive().IsMatch(lower))
            {
                weight += 25;
            }
        }

        return weight;
    }

    /// <summary>Whether class/id mark a byline, date or other article-meta line (not body text).</summary>
    public static bool IsMetaLine(string classAndId) => classAndId.Length > 0 && MetaLine().IsMatch(classAndId);

    /// <summary>Whether class/id mark an image caption or credit (captions are image metadata, not body text).</summary>
    public static bool IsCaption(string classAndId) => classAndId.Length > 0 && Caption().IsMatch(classAndId);

    // Caption words of other languages too: "pie de foto" (es), "légende" (fr), "Bildunterschrift" (de), "didascalia" (it), "legenda" (pt).
    [GeneratedRegex(@"caption|credit|photo-?desc|image-?desc|img-?desc|copyright|pie-?(?:de-?)?foto|leyenda|l[eé]gende|legenda|bildunterschrift|didascalia|fotocredit", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    // Readability's words, then share/promo/newsletter/cookie ones, then the same furniture in German, Spanish, French, Italian, Portuguese.
    [GeneratedRegex(@"-ad-|(?<![a-z])ads?(?![a-z])|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|promo|newsletter|subscri|cookie|consent|signup|sign-up|recommend|trending|most-popular|mostpopular|outbrain|taboola|toolbar|masthead|fusszeile|kopfzeile|seitenleiste|werbung|(?<![a-z])anzeige(?![a-z])|meistgelesen|publicidad|pie-?de-?pagina|barra-?lateral|lo-?mas-?leido|pied-?de-?page|publicite|pubblicita|rodape",
        RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry", RegexOptions.CultureInvariant)]
    private static partial Regex MaybeCandidate();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|taboola|newsletter|subscribe",
        RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"byline|author|auteur|dateline|timestamp|publish|posted|updated|(?:article|post|entry)(?:-|__|_)(?:date|meta)|kicker|eyebrow|tags|category|dachzeile|autor|datum|fecha|antetitulo|surtitre|occhiello|overline",
        RegexOptions.CultureInvariant)]
    private static partial Regex MetaLine();
}
