using AngleSharp.Dom;
using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// A date shown just after the headline ("October 12, 2017", "November 20, 2019 - 11:28"): many pages without
/// date metadata print one there, on a short line of its own, before the body starts.
/// </summary>
internal static class HeadlineDates
{
    // The headline's neighbourhood: a few short texts after it. Further on is the body, whose dates are about the story.
    private const int MaxTexts = 12;
    private const int MaxNodes = 400;
    private const int MaxLineChars = 120;

    /// <summary>The first short text after <paramref name="headline"/> that holds a date, or null.</summary>
    public static string? After(IElement? headline)
    {
        if (headline is null)
        {
            return null;
        }

        var texts = 0;
        var nodes = 0;
        foreach (var node in Following(headline))
        {
            if (++nodes > MaxNodes || texts >= MaxTexts)
            {
                break;
            }

            if (node.NodeType != NodeType.Text || node.Parent is IElement { TagName: "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" })
            {
                continue;
            }

            var text = HtmlText.Collapse(node.TextContent);
            if (text.Length == 0)
            {
                continue;
            }

            texts++;
            if (text.Length <= MaxLineChars && DateTextParser.Find(text) is not null)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The nodes after <paramref name="start"/>'s subtree, in document order (iterative: no recursion on deep pages).</summary>
    internal static IEnumerable<INode> Following(INode start)
    {
        var node = start;
        while (true)
        {
            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
            }

            if (node is null)
            {
                yield break;
            }

            node = node.NextSibling!;
            var stack = new Stack<INode>();
            stack.Push(node);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                yield return current;
                var children = current.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push(children[i]);
                }
            }
        }
    }
}
