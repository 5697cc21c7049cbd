using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// One bottom-up pass over the body: which elements are dropped as furniture, and the text and
/// link counts of every kept element. Iterative (explicit stack), so tree depth cannot overflow the call stack.
/// </summary>
internal sealed class DomAnalysis
{
    private readonly Dictionary<IElement, ElementStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _dropped = new(ReferenceEqualityComparer.Instance);

    private DomAnalysis(IElement root) => Root = root;

    /// <summary>The analysed root (the body).</summary>
    public IElement Root { get; }

    /// <summary>Analyses the subtree of <paramref name="root"/>.</summary>
    /// <param name="root">Usually the body.</param>
    /// <param name="stripUnlikely">Also drop elements whose class/id name furniture (comments, share, related...).</param>
    /// <param name="isProtected">Elements never dropped by class/id (ancestors of the marked article body).</param>
    public static DomAnalysis Run(IElement root, bool stripUnlikely, ISet<IElement> isProtected)
    {
        var analysis = new DomAnalysis(root);
        var stack = new Stack<(IElement Element, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, exit) = stack.Pop();
            if (exit)
            {
                analysis._stats[element] = analysis.Measure(element);
                continue;
            }

            if (element != root && analysis.ShouldDrop(element, stripUnlikely, isProtected))
            {
                analysis._dropped.Add(element);
                continue;
            }

            stack.Push((element, true));
            // Index the child list: AngleSharp's sibling properties search the parent's list, O(children) each.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push((child, false));
                }
            }
        }

        return analysis;
    }

    /// <summary>Whether the element was dropped (with its subtree).</summary>
    public bool IsDropped(IElement element) => _dropped.Contains(element);

    /// <summary>Counts of a kept element (empty counts for dropped or unknown ones).</summary>
    public ElementStats Stats(IElement element) => _stats.TryGetValue(element, out var s) ? s : Empty;

    /// <summary>Every kept element, in no particular order.</summary>
    public IEnumerable<IElement> KeptElements => _stats.Keys;

    private static readonly ElementStats Empty = new();

    /// <summary>Loose text runs at least this long count as paragraphs.</summary>
    private const int LooseParagraphLength = 25;

    private bool ShouldDrop(IElement element, bool stripUnlikely, ISet<IElement> isProtected)
    {
        if (isProtected.Contains(element))
        {
            return false;
        }

        if (BoilerplateRules.IsAlwaysDropped(element))
        {
            // A lone <header>/<footer> wrapping the whole article is rare; keeping the rule simple wins on real pages.
            return true;
        }

        return stripUnlikely && BoilerplateRules.IsUnlikelyCandidate(element, BoilerplateRules.ClassAndId(element));
    }

    private ElementStats Measure(IElement element)
    {
        var stats = new ElementStats();
        var tag = element.TagName;
        var countsLooseText = tag != "P" && tag != "LI" && HtmlTags.IsBlock(tag) && !HtmlTags.IsHeading(tag);
        foreach (var node in element.ChildNodes)
        {
            if (node.NodeType == NodeType.Text)
            {
                var text = node.TextContent;
                var length = HtmlText.CollapsedLength(text);
                stats.TextLength += length;
                stats.OwnTextLength += text.AsSpan().Trim().IsEmpty ? 0 : length;
                stats.Commas += HtmlText.CountCommas(text);
                if (length >= LooseParagraphLength && countsLooseText)
                {
                    // Text between <br>s directly in a container is a paragraph (Readability turns such runs into <p>).
                    stats.Paragraphs++;
                }
            }
            else if (node is IElement child && _stats.TryGetValue(child, out var childStats))
            {
                stats.Add(childStats);
                stats.HasBlockChild |= HtmlTags.IsBlock(child.TagName);
            }
        }

        switch (tag)
        {
            case "A":
                stats.LinkLength = stats.TextLength;
                break;
            case "P":
                stats.Paragraphs++;
                break;
            case "IMG":
                stats.Images++;
                break;
            case "LI":
                stats.ListItems++;
                break;
            case "IFRAME" or "OBJECT" or "EMBED" or "VIDEO":
                stats.Embeds++;
                break;
            default:
                if (HtmlTags.IsHeading(tag))
                {
                    stats.HeadingLength = stats.TextLength;
                }

                break;
        }

        return stats;
    }
}
