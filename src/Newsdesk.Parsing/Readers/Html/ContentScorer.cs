using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Finds the article container by content scoring, after Mozilla Readability: paragraphs of prose
/// give points to their parent, grandparent and further ancestors; the best-scoring container,
/// discounted by link density, wins, and its siblings that look like article text join it.
/// </summary>
internal static partial class ContentScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;

    /// <summary>The article's containers in document order (the winner and its qualifying siblings) and their scores.</summary>
    public static (IReadOnlyList<IElement> Roots, Dictionary<IElement, double> Scores) FindRoots(DomAnalysis dom, bool weightClasses)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var element in dom.KeptElements)
        {
            var stats = dom.Stats(element);
            var length = IsScorable(element, stats) ? stats.TextLength : stats.HasBlockChild ? stats.OwnTextLength : 0;
            if (length < MinParagraphLength)
            {
                continue;
            }

            var commas = IsScorable(element, stats) ? stats.Commas : 0;
            var score = 1.0 + commas + Math.Min(length / 100, 3);
            var ancestor = element.ParentElement;
            var level = 0;
            if (!IsScorable(element, stats))
            {
                // Loose text directly in a container scores the container itself, as if wrapped in a <p>.
                ancestor = element;
            }

            for (; ancestor is not null && level < AncestorLevels; ancestor = ancestor.ParentElement, level++)
            {
                if (ancestor.TagName == "HTML")
                {
                    break;
                }

                if (!scores.TryGetValue(ancestor, out var current))
                {
                    current = HtmlTags.BaseScore(ancestor.TagName) + (weightClasses ? BoilerplateRules.ClassWeight(ancestor) : 0);
                }

                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                scores[ancestor] = current + score / divider;
            }
        }

        if (scores.Count == 0)
        {
            return ([dom.Root], scores);
        }

        foreach (var key in scores.Keys.ToList())
        {
            scores[key] *= 1 - dom.Stats(key).LinkDensity;
        }

        var ranked = scores.OrderByDescending(kv => kv.Value).Take(5).ToList();
        var top = ranked[0].Key;
        top = PreferSharedAncestor(top, ranked, scores);
        top = ClimbWhileParentScoresHigher(top, scores, dom.Root);
        return (MergeSiblings(top, dom, scores), scores);
    }

    /// <summary>Readability's "div as p": paragraphs, preformatted text, cells, and containers with no block children.</summary>
    private static bool IsScorable(IElement element, ElementStats stats) => element.TagName switch
    {
        "P" or "PRE" or "TD" => true,
        "DIV" or "SECTION" or "ARTICLE" or "SPAN" or "FONT" or "CENTER" => !stats.HasBlockChild && element.ParentElement is { } parent && parent.TagName is not ("P"),
        _ => false,
    };

    private static IElement PreferSharedAncestor(IElement top, List<KeyValuePair<IElement, double>> ranked, Dictionary<IElement, double> scores)
    {
        var topScore = scores[top];
        var alternatives = ranked.Skip(1).Where(kv => kv.Value / Math.Max(topScore, 1e-9) >= 0.75).Select(kv => Ancestors(kv.Key)).ToList();
        if (alternatives.Count < 3)
        {
            return top;
        }

        for (var parent = top.ParentElement; parent is not null && parent.TagName != "BODY"; parent = parent.ParentElement)
        {
            if (alternatives.Count(set => set.Contains(parent)) >= 3)
            {
                return parent;
            }
        }

        return top;
    }

    private static HashSet<IElement> Ancestors(IElement element)
    {
        var set = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            set.Add(parent);
        }

        return set;
    }

    private static IElement ClimbWhileParentScoresHigher(IElement top, Dictionary<IElement, double> scores, IElement root)
    {
        var lastScore = scores.GetValueOrDefault(top);
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != root && parent.TagName != "BODY"; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parentScore;
        }

        // A container that is its parent's only child says nothing more than its parent.
        while (top.ParentElement is { } only && only != root && only.TagName != "BODY" && HasOneChildElement(only))
        {
            top = only;
        }

        return top;
    }

    private static List<IElement> MergeSiblings(IElement top, DomAnalysis dom, Dictionary<IElement, double> scores)
    {
        var parent = top.ParentElement;
        if (parent is null || top == dom.Root)
        {
            return [top];
        }

        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var roots = new List<IElement>();
        foreach (var node in parent.ChildNodes)
        {
            if (node is not IElement sibling || dom.IsDropped(sibling))
            {
                continue;
            }

            if (sibling == top)
            {
                roots.Add(sibling);
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                roots.Add(sibling);
                continue;
            }

            if (sibling.TagName == "P")
            {
                var stats = dom.Stats(sibling);
                var density = stats.LinkDensity;
                if ((stats.TextLength > 80 && density < 0.25) ||
                    (stats.TextLength is > 0 and <= 80 && density == 0 && SentenceEnd().IsMatch(sibling.TextContent)))
                {
                    roots.Add(sibling);
                }
            }
        }

        return roots;
    }

    private static bool HasOneChildElement(IElement element)
    {
        var count = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement && ++count > 1)
            {
                return false;
            }
        }

        return count == 1;
    }

    [GeneratedRegex(@"\.( |$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
