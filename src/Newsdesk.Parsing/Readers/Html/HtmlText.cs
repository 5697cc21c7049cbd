using System.Text;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Whitespace handling for text taken out of HTML.</summary>
internal static class HtmlText
{
    /// <summary>Collapses runs of whitespace (including NBSP and zero-width spaces) to one space and trims.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        AppendCollapsed(sb, text);
        return sb.ToString().Trim();
    }

    /// <summary>Appends text with whitespace runs collapsed to one space, never doubling a space already at the end.</summary>
    public static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (sb.Length > 0 && sb[^1] is not (' ' or '\n'))
                {
                    sb.Append(' ');
                }
            }
            else if (c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD'))
            {
                sb.Append(c);
            }
        }
    }

    /// <summary>Length of the text once whitespace is collapsed (leading space counted at most once).</summary>
    public static int CollapsedLength(string text)
    {
        var length = 0;
        var space = true;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (!space)
                {
                    length++;
                    space = true;
                }
            }
            else
            {
                length++;
                space = false;
            }
        }

        return length;
    }

    /// <summary>Commas (Latin, CJK, Arabic) in the text: a cheap signal of running prose.</summary>
    public static int CountCommas(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                continue; // "92,000" and "13,8": digit grouping and decimal commas are not clause breaks of prose.
            }

            if (c is ',' or '，' or '、' or '،' or '﹐' or '︐' or '﹑' or '⸲' or '⸴' or '⸵')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The element's text as rendered: a space between blocks and at line breaks, so that
    /// "&lt;span&gt;Jeff Foust&lt;/span&gt;&lt;div&gt;Monday&lt;/div&gt;" reads "Jeff Foust Monday"; scripts and styles left out.
    /// </summary>
    /// <param name="element">The subtree.</param>
    /// <param name="skip">Elements left out with their subtrees (dropped furniture, a credit inside a caption).</param>
    /// <param name="lineBreaks">Keep line breaks (br, blocks) as "\n" between collapsed lines, for bylines whose lines mean something.</param>
    public static string InnerText(AngleSharp.Dom.IElement element, Func<AngleSharp.Dom.IElement, bool>? skip = null, bool lineBreaks = false)
    {
        var sb = new StringBuilder();
        var stack = new Stack<AngleSharp.Dom.INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is AngleSharp.Dom.IElement e)
            {
                if (e.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" || (skip is not null && skip(e)))
                {
                    continue;
                }

                if (e.TagName == "BR" || HtmlTags.IsBlock(e.TagName))
                {
                    sb.Append(lineBreaks ? '\n' : ' ');
                }

                var children = e.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push(children[i]);
                }
            }
            else if (node.NodeType == AngleSharp.Dom.NodeType.Text)
            {
                sb.Append(node.TextContent);
            }
        }

        if (!lineBreaks)
        {
            return Collapse(sb.ToString());
        }

        return string.Join('\n', sb.ToString().Split('\n').Select(Collapse).Where(line => line.Length > 0));
    }

    /// <summary>Whether the element's text stays under <paramref name="max"/> characters; stops reading as soon as it does not.</summary>
    public static bool HasShortText(AngleSharp.Dom.IElement element, int max)
    {
        var length = 0;
        foreach (var text in AngleSharp.Dom.NodeExtensions.GetDescendants(element).OfType<AngleSharp.Dom.IText>())
        {
            length += text.Length;
            if (length > max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whitespace as HTML renders it, plus NBSP.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' || char.IsWhiteSpace(c);
}
