using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Finds the article container by content scoring, after Mozilla Readability: paragraphs of prose
/// give points to their parent, grandparent and further ancestors; the best-scoring container,
/// discounted by link density, wins, and its siblings that look like article text join it.
/// </summary>
internal static class ContentScorer
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
        top = CandidateRefiner.PreferSharedAncestor(top, ranked, scores);
        top = CandidateRefiner.ClimbWhileParentScoresHigher(top, scores, dom.Root);
        top = CandidateRefiner.PreferDominantCell(top, scores);
        return (CandidateRefiner.MergeSiblings(top, dom, scores), scores);
    }

    /// <summary>Readability's "div as p": paragraphs, preformatted text, cells, and containers with no block children.</summary>
    private static bool IsScorable(IElement element, ElementStats stats) => element.TagName switch
    {
        "P" or "PRE" or "TD" => true,
        "DIV" or "SECTION" or "ARTICLE" or "SPAN" or "FONT" or "CENTER" => !stats.HasBlockChild && element.ParentElement is { } parent && parent.TagName is not ("P"),
        _ => false,
    };
}
