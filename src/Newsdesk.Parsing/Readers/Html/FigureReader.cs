using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Reads a figure (or a caption-classed image wrapper): its images, caption and credit.</summary>
internal static class FigureReader
{
    /// <summary>The images of the figure with the caption and credit they share.</summary>
    /// <param name="figure">A figure element or an image wrapper such as <c>div.wp-caption</c>.</param>
    /// <param name="isDropped">Furniture left out of the caption text.</param>
    public static (List<IElement> Images, string? Caption, string? Credit) Read(IElement figure, Func<IElement, bool> isDropped)
    {
        IElement? caption = null;
        IElement? creditElement = null;
        var images = new List<IElement>();
        foreach (var element in Descendants(figure))
        {
            if (element.TagName is "IMG" or "AMP-IMG")
            {
                images.Add(element);
            }
            else if (element.TagName == "FIGCAPTION")
            {
                caption ??= element;
            }
            else if (element.TagName is "CITE" or "SMALL" && creditElement is null && caption is not null && caption.Contains(element))
            {
                // <figcaption>Text <cite>Jane Doe | Outlet</cite></figcaption> (or <small>): the cited source of a picture is its credit.
                creditElement = element;
            }
            else if (element != figure && BoilerplateRules.ClassAndId(element) is { Length: > 0 } cls)
            {
                if (creditElement is null && CreditWords.Any(w => cls.Contains(w, StringComparison.Ordinal)))
                {
                    creditElement = element;
                }
                else if (caption is null && BoilerplateRules.IsCaption(cls) && !CreditWords.Any(w => cls.Contains(w, StringComparison.Ordinal)) && !HoldsImage(element))
                {
                    caption = element;
                }
            }
        }

        if (images.Count == 0 && figure.TagName != "FIGURE" && BoilerplateRules.IsCaption(BoilerplateRules.ClassAndId(figure)))
        {
            // A caption box without a picture is the caption as a whole, even when a part of it is caption-classed too.
            caption = figure;
        }

        var credit = creditElement is null ? null : HtmlImages.CleanCredit(HtmlText.InnerText(creditElement, isDropped));
        var captionText = caption is null ? null : HtmlText.InnerText(caption, e => isDropped(e) || e == creditElement);
        if (string.IsNullOrEmpty(credit))
        {
            (captionText, credit) = HtmlImages.SplitCredit(captionText);
        }

        return (images, string.IsNullOrEmpty(captionText) ? null : captionText, string.IsNullOrEmpty(credit) ? null : credit);
    }

    // Inside a figure, the element naming the photographer ("autor-foto", "fotograf", "photo-author") is the credit.
    private static readonly string[] CreditWords = ["credit", "copyright", "photographer", "fotograf", "autor", "author"];

    /// <summary>A caption-classed wrapper around the picture itself ("withoutCaption", "caption-wrap") is no caption.</summary>
    private static bool HoldsImage(IElement element) => element.QuerySelector("img, picture") is not null;

    private static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
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
}
