using AngleSharp.Dom;
using Newsdesk.Parsing.Model;

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

            return CaptionOf(img);
        }

        return (null, null);
    }

    /// <summary>
    /// The lead picture of a page that declares none (no og:image, no JSON-LD image) and shows none in its body: the first
    /// picture after the headline, before the text, with the caption shown with it.
    /// </summary>
    public static ArticleImage? Near(IElement? headline, Uri? baseUri)
    {
        if (headline is null)
        {
            return null;
        }

        var nodes = 0;
        foreach (var node in HeadlineDates.Following(headline))
        {
            if (++nodes > MaxNodesAfterHeadline || node is IElement { TagName: "P" } || (node is IElement { TagName: "H2" or "H3" }))
            {
                break; // The text has started: a picture further on is the body's, not the lead.
            }

            if (node is IElement { TagName: "IMG" or "AMP-IMG" } img && HtmlImages.SourceOf(img, baseUri) is { } url && IsPhoto(img, url)
                && !HtmlBylines.InFurniture(img) && !BoilerplateRules.IsAlwaysDropped(img))
            {
                var (caption, credit) = CaptionOf(img);
                return new ArticleImage(url, caption, credit);
            }
        }

        return null;
    }

    /// <summary>A photograph rather than an icon, avatar, logo or thumbnail (by file type, name, class and stated size).</summary>
    private static bool IsPhoto(IElement img, string url)
    {
        var path = url.Split('?', '#')[0];
        var words = (path[(path.LastIndexOf('/') + 1)..] + " " + BoilerplateRules.ClassAndId(img)).ToLowerInvariant();
        return !HtmlImages.IsSiteImage(url) && !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            && !NonPhotoWords.Any(w => words.Contains(w, StringComparison.Ordinal)) && !url.Contains("resize=", StringComparison.OrdinalIgnoreCase)
            && !(int.TryParse(img.GetAttribute("width"), out var width) && width < MinPhotoWidth);
    }

    private static readonly string[] NonPhotoWords = ["icon", "avatar", "blavatar", "logo", "sprite", "thumb", "emoji", "badge", "button"];

    // Lead pictures are shown wide; a stated width under this is a thumbnail or an icon.
    private const int MinPhotoWidth = 200;

    // The headline's neighbourhood: the byline, the date and the hero picture come within a few hundred nodes.
    private const int MaxNodesAfterHeadline = 300;

    private static (string? Caption, string? Credit) CaptionOf(IElement img)
    {
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

            // A caption box of its own right after the picture's box ("<div class=field-image>...</div><div class=field-image-caption>").
            if (box.NextElementSibling is { } next && BoilerplateRules.IsCaption(BoilerplateRules.ClassAndId(next)) && next.QuerySelector("img") is null
                && HtmlText.HasShortText(next, MaxCaptionChars))
            {
                var (_, caption, credit) = FigureReader.Read(next, BoilerplateRules.IsAlwaysDropped);
                return (caption, credit);
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
