using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Readability's refinements of the best-scoring container: shared ancestors, higher-scoring parents, sibling merging.</summary>
internal static partial class CandidateRefiner
{
    /// <summary>When three of the top five candidates share an ancestor of the winner, the article is that ancestor.</summary>
    public static IElement PreferSharedAncestor(IElement top, List<KeyValuePair<IElement, double>> ranked, Dictionary<IElement, double> scores)
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

    /// <summary>Readability: a parent that scores higher than the winner wraps more of the article.</summary>
    public static IElement ClimbWhileParentScoresHigher(IElement top, Dictionary<IElement, double> scores, IElement root)
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

    /// <summary>
    /// A layout table's row won ("&lt;tr&gt;&lt;td&gt;menu&lt;/td&gt;&lt;td&gt;story&lt;/td&gt;&lt;td&gt;prices&lt;/td&gt;&lt;/tr&gt;"): the cell
    /// holding most of the row's text score is the article; its neighbours are the page's columns.
    /// </summary>
    public static IElement PreferDominantCell(IElement top, Dictionary<IElement, double> scores)
    {
        var row = top.TagName switch
        {
            "TR" => top,
            "TBODY" or "TABLE" when top.QuerySelector("tr") is { } first && first.ParentElement is { } body && body.Children.Length == 1 => first,
            _ => null,
        };
        if (row is null)
        {
            return top;
        }

        IElement? best = null;
        double bestScore = 0, second = 0;
        foreach (var cell in row.Children)
        {
            var score = scores.GetValueOrDefault(cell);
            if (score > bestScore)
            {
                (second, bestScore, best) = (bestScore, score, cell);
            }
            else if (score > second)
            {
                second = score;
            }
        }

        return best is not null && bestScore >= 3 * Math.Max(second, 1) ? best : top;
    }

    /// <summary>The winner and the siblings that score close to it or read as prose paragraphs, in document order.</summary>
    public static List<IElement> MergeSiblings(IElement top, DomAnalysis dom, Dictionary<IElement, double> scores)
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
