using AngleSharp.Dom;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Captions of loose pictures (an &lt;img&gt; outside any figure): the credited or italic line right under one.</summary>
internal sealed partial class BodyCollector
{
    /// <summary>
    /// "&lt;div class=separator&gt;&lt;img&gt;&lt;/div&gt;&lt;div&gt;&lt;i&gt;The reedbed at dawn.&lt;/i&gt;&lt;/div&gt;" (Blogger and hand-made posts):
    /// a short line set wholly in italics right under a loose picture is its caption.
    /// </summary>
    private bool IsItalicLineAfterLoosePicture(IElement element)
    {
        var (index, blocksThen) = _looseImage;
        if (index < 0 || blocksThen != _blocks.Count || element.ChildElementCount != 1 || element.FirstElementChild is not { TagName: "I" or "EM" } italic
            || _images[index] is not { Caption: null, Credit: null } image || !HtmlText.HasShortText(element, MaxLooseCaption))
        {
            return false;
        }

        var text = HtmlText.InnerText(element, dom.IsDropped);
        if (text.Length == 0 || text != HtmlText.InnerText(italic, dom.IsDropped))
        {
            return false;
        }

        var (caption, credit) = HtmlImages.SplitCredit(text);
        _images[index] = image with { Caption = caption, Credit = credit };
        _looseImage = (-1, 0);
        return true;
    }

    /// <summary>The first line after a loose picture, when short and ending in a credit ("Photo: X"), is that picture's caption.</summary>
    private bool TakeAsCaption(string text)
    {
        var (index, blocksThen) = _looseImage;
        if (index < 0 || blocksThen != _blocks.Count || text.Length > MaxLooseCaption || _images[index] is not { Caption: null, Credit: null } image)
        {
            return false;
        }

        var (caption, credit) = HtmlImages.SplitCredit(text.Replace('\n', ' '));
        if (credit is null)
        {
            return false;
        }

        _images[index] = image with { Caption = caption, Credit = credit };
        _looseImage = (-1, 0);
        return true;
    }

    private const int MaxLooseCaption = 300;
}
