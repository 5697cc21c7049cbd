using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// QuerySelectorAll without matching every element: a cheap, conservative pre-check skips elements
/// the selector cannot match (e.g. elements without attributes for attribute selectors), and the
/// parsed selector decides the rest. Same elements, same document order, a fraction of the work
/// on a page of thousands of bare &lt;p&gt;s.
/// </summary>
internal static class SelectorWalk
{
    /// <summary>Parses a selector once (parsed selectors are immutable and safe to share across threads).</summary>
    public static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new ArgumentException($"Invalid selector '{selector}'.", nameof(selector));

    /// <summary>The descendants of <paramref name="root"/> (and the root itself when asked) matching the selector, in document order.</summary>
    public static IEnumerable<IElement> Descendants(IElement root, ISelector selector, Func<IElement, bool> mayMatch, bool includeRoot = false)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if ((includeRoot || element != root) && mayMatch(element) && selector.Match(element, root))
            {
                yield return element;
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>Attribute selectors can only match elements that have attributes.</summary>
    public static bool HasAttributes(IElement element) => element.Attributes.Length > 0;
}
