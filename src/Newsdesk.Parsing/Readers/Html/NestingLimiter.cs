using System.Text;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Caps how deeply tags nest before the HTML parser sees them. The HTML tree-construction
/// algorithm scans the stack of open elements for many tags ("has a p element in button scope",
/// "any other end tag"), so thousands of open elements make parsing quadratic: 40,000 nested divs
/// take seconds, a 10 MB upload of them hours. Start tags beyond <see cref="MaxOpenElements"/>
/// open elements are dropped, together with as many of the end tags that follow; text is kept.
/// Real pages nest a few dozen levels, far below the cap, and pass through unchanged.
/// </summary>
internal static class NestingLimiter
{
    /// <summary>Open elements allowed; deeper start tags (and their end tags) are dropped.</summary>
    public const int MaxOpenElements = 256;

    // Elements that never hold children, or whose end tag is optional and which the parser closes
    // implicitly (p, li, td...): they do not deepen the tree in practice, so they are not counted.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rt", "rp", "html", "head", "body",
    };

    // Their content is text up to the matching end tag, not markup.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedNames = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextNames = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The markup with over-deep nesting removed (the same string when nothing had to go).</summary>
    public static string Limit(string html)
    {
        StringBuilder? output = null;
        var copied = 0;
        var depth = 0;
        var dropped = 0;
        var foreign = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!' || next == '?')
            {
                // Searching from after "<!" also ends "<!-->" as HTML does.
                i = SkipPast(html, i + 2, next == '!' && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0 ? "-->" : ">");
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = TagEnd(html, nameEnd);
            var drop = false;
            var isForeignRoot = name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);
            if (isEnd)
            {
                foreign = isForeignRoot ? Math.Max(0, foreign - 1) : foreign;
                if (!UncountedNames.Contains(name))
                {
                    if (dropped > 0)
                    {
                        dropped--;
                        drop = true;
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }
            }
            else if (RawTextNames.Contains(name))
            {
                tagEnd = SkipPast(html, tagEnd, string.Concat("</", name), StringComparison.OrdinalIgnoreCase);
            }
            // "/>" closes an element only inside SVG and MathML; on an HTML element it is ignored.
            else if (!UncountedNames.Contains(name) && !(foreign > 0 && html[tagEnd - 2] == '/'))
            {
                foreign += isForeignRoot ? 1 : 0;
                if (depth >= MaxOpenElements)
                {
                    dropped++;
                    drop = true;
                }
                else
                {
                    depth++;
                }
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, i - copied);
                copied = tagEnd;
            }

            i = tagEnd;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    /// <summary>Index just past the '&gt;' closing a tag, honouring quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static int SkipPast(string html, int from, string terminator, StringComparison comparison = StringComparison.Ordinal)
    {
        var end = html.IndexOf(terminator, Math.Min(from, html.Length), comparison);
        return end < 0 ? html.Length : end + terminator.Length;
    }
}
