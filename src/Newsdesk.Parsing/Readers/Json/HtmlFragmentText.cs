using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Json;

/// <summary>
/// Strips the HTML fragments that JSON feeds put in body fields: block tags end paragraphs, h2–h6
/// start sections, figure/script/style content is dropped, entities are decoded. Not a full HTML
/// parser (whole pages go to the HTML reader); a linear tag scan is enough for fragments.
/// </summary>
internal static partial class HtmlFragmentText
{
    [GeneratedRegex(@"<!--.*?(?:-->|$)|<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]{0,15})(?:\s[^<>]{0,2000})?/?>", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|span|a|strong|em|b|i|figure|img|section|article)\b[^<>]{0,2000}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasTagRegex();

    /// <summary>True when the string holds HTML markup rather than plain text.</summary>
    public static bool IsHtml(string text) => text.Contains('<') && HasTagRegex().IsMatch(text);

    /// <summary>Adds the fragment's paragraphs and headings to <paramref name="body"/>.</summary>
    public static void AppendTo(string html, SectionsBuilder body)
    {
        var paragraph = new StringBuilder();
        string? skipUntil = null;
        var inHeading = false;
        var position = 0;
        foreach (var match in TagRegex().EnumerateMatches(html))
        {
            if (skipUntil is null)
            {
                paragraph.Append(html.AsSpan(position, match.Index - position));
            }

            position = match.Index + match.Length;
            var tag = html.AsSpan(match.Index, match.Length);
            if (tag.StartsWith("<!--"))
            {
                continue;
            }

            var closing = tag.Length > 1 && tag[1] == '/';
            var nameStart = closing ? 2 : 1;
            var nameEnd = tag[nameStart..].IndexOfAny(" \t\r\n/>");
            var name = nameEnd < 0 ? tag[nameStart..] : tag.Slice(nameStart, nameEnd);
            if (skipUntil is not null)
            {
                if (closing && name.Equals(skipUntil, StringComparison.OrdinalIgnoreCase))
                {
                    skipUntil = null;
                }

                continue;
            }

            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase) ||
                name.Equals("figure", StringComparison.OrdinalIgnoreCase) || name.Equals("figcaption", StringComparison.OrdinalIgnoreCase)))
            {
                Flush(paragraph, body, inHeading);
                inHeading = false;
                skipUntil = name.ToString();
                continue;
            }

            if (IsHeading(name))
            {
                Flush(paragraph, body, inHeading);
                inHeading = !closing;
            }
            else if (IsBlock(name))
            {
                Flush(paragraph, body, inHeading);
            }
        }

        if (skipUntil is null && position < html.Length)
        {
            paragraph.Append(html.AsSpan(position));
        }

        Flush(paragraph, body, inHeading);
    }

    private static void Flush(StringBuilder paragraph, SectionsBuilder body, bool asHeading)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        var text = TextTools.Collapse(WebUtility.HtmlDecode(paragraph.ToString()));
        paragraph.Clear();
        if (text.Length == 0)
        {
            return;
        }

        if (asHeading)
        {
            body.AddHeading(text);
        }
        else
        {
            body.AddParagraph(text);
        }
    }

    private static bool IsHeading(ReadOnlySpan<char> name) =>
        name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '1' and <= '6';

    private static bool IsBlock(ReadOnlySpan<char> name)
    {
        foreach (var block in (ReadOnlySpan<string>)["p", "br", "div", "li", "ul", "ol", "blockquote", "section", "article", "tr", "table", "hr", "pre", "header", "footer", "aside"])
        {
            if (name.Equals(block, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
