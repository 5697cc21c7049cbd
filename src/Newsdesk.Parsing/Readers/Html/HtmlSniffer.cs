namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Recognises HTML by its start: after whitespace, comments, an XML declaration and a doctype comes a tag.</summary>
internal static class HtmlSniffer
{
    private static readonly string[] LeadingTags =
    [
        "html", "head", "body", "meta", "title", "link", "script", "style", "base", "div", "p", "article", "section", "main",
        "header", "nav", "h1", "h2", "h3", "table", "span", "a", "img", "ul", "ol", "form", "iframe", "noscript", "center", "font", "b", "br",
    ];

    /// <summary>How far into the text the "contains &lt;html or &lt;body" check looks.</summary>
    private const int LookAhead = 4096;

    /// <summary>Whether the text is an HTML document (or fragment starting with a common HTML tag).</summary>
    public static bool LooksLikeHtml(string text)
    {
        var span = text.AsSpan().TrimStart();
        while (true)
        {
            if (span.StartsWith("<!--"))
            {
                var end = span.IndexOf("-->");
                span = end < 0 ? [] : span[(end + 3)..].TrimStart();
            }
            else if (span.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || span.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
            {
                if (span.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                var end = span.IndexOf('>');
                span = end < 0 ? [] : span[(end + 1)..].TrimStart();
            }
            else
            {
                break;
            }
        }

        if (span.Length > 1 && span[0] == '<' && char.IsAsciiLetter(span[1]))
        {
            var name = span[1..];
            var stop = name.IndexOfAny(" \t\r\n/>");
            var tag = (stop < 0 ? name : name[..stop]).ToString().ToLowerInvariant();
            if (LeadingTags.Contains(tag))
            {
                return true;
            }
        }

        var head = text.AsSpan(0, Math.Min(text.Length, LookAhead));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }
}
