using System.Net;
using System.Text.RegularExpressions;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Cleans the headline: Markdown residue ("# ", "**", "[text](url)"), HTML entities, and a
/// " | Outlet" / " - Outlet" suffix (or "Outlet | " prefix) that only repeats the outlet's name.
/// </summary>
public sealed partial class TitleCleaner : IArticleExtractor
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • "];

    [GeneratedRegex(@"!?\[(?<text>[^\[\]]*)\]\([^()\s]*\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkdownLink();

    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            return draft;
        }

        var title = Clean(draft.Title);
        var names = new[] { draft.Outlet?.Name, draft.OutletName, draft.Outlet?.Domain };
        title = StripOutlet(title, names);
        return title == draft.Title ? draft : draft with { Title = title.Length == 0 ? draft.Title.Trim() : title };
    }

    /// <summary>The headline without Markdown or HTML residue.</summary>
    internal static string Clean(string title)
    {
        var text = title.Length > 2000 ? title[..2000] : title;
        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        if (text.Contains("](", StringComparison.Ordinal))
        {
            text = MarkdownLink().Replace(text, "${text}");
        }

        text = TextTools.Collapse(text).TrimStart('#', ' ').TrimEnd('#', ' ');
        foreach (var marker in (ReadOnlySpan<string>)["**", "__", "*", "_", "`"])
        {
            if (text.Length > 2 * marker.Length && text.StartsWith(marker, StringComparison.Ordinal) && text.EndsWith(marker, StringComparison.Ordinal))
            {
                text = text[marker.Length..^marker.Length].Trim();
            }
        }

        return text.Replace("**", "", StringComparison.Ordinal).Trim();
    }

    private static string StripOutlet(string title, string?[] names)
    {
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && Matches(title[(at + separator.Length)..], names))
            {
                return title[..at].Trim();
            }

            at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && Matches(title[..at], names) && separator is " | " or " :: ")
            {
                return title[(at + separator.Length)..].Trim();
            }
        }

        return title;
    }

    private static bool Matches(string part, string?[] names)
    {
        var key = Key(part);
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (name is not null && (Key(name) == key || (OutletCatalog.ByNameOrAlias(part.Trim()) is { } known && Key(known.Name) == Key(name))))
            {
                return true;
            }
        }

        return false;
    }

    // "The Moscow Times" == "Moscow Times" == "themoscowtimes.com".
    private static string Key(string name)
    {
        var text = name.Trim().ToLowerInvariant();
        if (text.StartsWith("the ", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        var dot = text.LastIndexOf('.');
        if (dot > 0 && !text.Contains(' ', StringComparison.Ordinal))
        {
            text = text[..dot];
            text = text.StartsWith("the", StringComparison.Ordinal) && text.Length > 6 ? text[3..] : text;
        }

        return string.Concat(text.Where(char.IsLetterOrDigit));
    }
}
