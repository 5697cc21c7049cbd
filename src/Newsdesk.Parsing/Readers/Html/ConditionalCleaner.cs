using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Readability's "clean conditionally": inside the chosen article container, drops lists, tables
/// and divisions that look like furniture (link lists, image strips, forms, short blocks with a
/// bad class name), judged from the counts of <see cref="DomAnalysis"/>.
/// </summary>
internal static class ConditionalCleaner
{
    /// <summary>Whether the element should be left out of the article body.</summary>
    public static bool ShouldRemove(IElement element, DomAnalysis dom, Dictionary<IElement, double> scores, bool weightClasses)
    {
        var tag = element.TagName;
        if (tag is not ("DIV" or "SECTION" or "UL" or "OL" or "TABLE" or "FORM" or "DL"))
        {
            return false;
        }

        var stats = dom.Stats(element);
        var weight = weightClasses ? BoilerplateRules.ClassWeight(element) : 0;
        if (weight + scores.GetValueOrDefault(element) < 0)
        {
            return true;
        }

        if (stats.Commas >= 10)
        {
            return false;
        }

        var isList = tag is "UL" or "OL";
        var paragraphs = stats.Paragraphs;
        var images = stats.Images;
        var length = stats.TextLength;
        var density = stats.LinkDensity;
        var headingDensity = length == 0 ? 0 : (double)stats.HeadingLength / length;
        var inFigure = HasAncestor(element, "FIGURE");
        // A wrapper of paragraphs with an inline link or two is prose, not a link list.
        return (images > 1 && (double)paragraphs / images < 0.5 && !inFigure)
            || (!isList && stats.ListItems - 100 > paragraphs)
            || (!isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !inFigure)
            || (!isList && weight < 25 && density > (IsProse(stats) ? 0.35 : 0.2))
            || (weight >= 25 && density > 0.5)
            || (isList && density > 0.5)
            || (stats.Embeds == 1 && length < 75) || stats.Embeds > 1;
    }

    private static bool HasAncestor(IElement element, string tag)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.TagName == tag)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsProse(ElementStats stats) => stats.Paragraphs > 0 && stats.ListItems == 0 && stats.Images == 0 && stats.TextLength >= 80;
}
