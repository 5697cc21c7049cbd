using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// The caption and credit of the lead picture where the page shows it outside the article body: templates put
/// the hero image above the text (a figure, or a media box with a caption-classed line), and the metadata that
/// names the picture (og:image, JSON-LD) seldom carries its caption.
/// </summary>
internal static class LeadFigures
{
    // A hero box nests its picture a few levels below the element that also holds the caption.
    private const int MaxLevels = 3;

    private const int MaxCaptionChars = 400;

    // Pages list thousands of thumbnails; the lead picture is among the first images of the page.
    private const int MaxImages = 200;

    /// <summary>Caption and credit shown with the picture at <paramref name="url"/>, or nulls when the page shows none.</summary>
    public static (string? Caption, string? Credit) Find(IDocument document, string url, Uri? baseUri)
    {
        var seen = 0;
        foreach (var img in document.All)
        {
            if (img.TagName is not ("IMG" or "AMP-IMG") || ++seen > MaxImages)
            {
                if (seen > MaxImages)
                {
                    break;
                }

                continue;
            }

            if (!HtmlImages.SamePicture(HtmlImages.SourceOf(img, baseUri), url) || HtmlBylines.InFurniture(img))
            {
                continue;
            }

            var box = img.ParentElement;
            for (var level = 0; level < MaxLevels && box is not null && box.TagName is not ("BODY" or "HTML" or "ARTICLE" or "MAIN"); level++, box = box.ParentElement)
            {
                if (box.TagName == "FIGURE" || HasCaption(box))
                {
                    var (_, caption, credit) = FigureReader.Read(box, BoilerplateRules.IsAlwaysDropped);
                    if (caption is not null || credit is not null)
                    {
                        return (caption, credit);
                    }
                }

                // Unnamed markup (hashed CSS classes): the picture's box holds a short text ending in a credit ("... Photo by X").
                if (box.ChildElementCount <= 3 && HtmlText.HasShortText(box, MaxCaptionChars)
                    && HtmlImages.SplitCredit(HtmlText.InnerText(box, BoilerplateRules.IsAlwaysDropped)) is { Credit: not null } credited)
                {
                    return credited;
                }
            }
        }

        return (null, null);
    }

    /// <summary>Whether a small box holds a figcaption or a caption/credit-classed element besides its picture.</summary>
    private static bool HasCaption(IElement box)
    {
        if (box.ChildElementCount > 6)
        {
            return false;
        }

        foreach (var child in box.Children)
        {
            if (child.TagName == "FIGCAPTION" || BoilerplateRules.IsCaption(BoilerplateRules.ClassAndId(child)))
            {
                return true;
            }
        }

        return false;
    }
}
