using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Markdown;

/// <summary>Image rules of <see cref="MarkdownWalker"/>: <c>![alt](src)</c> paragraphs and "Caption. **Credit**" lines.</summary>
internal sealed partial class MarkdownWalker
{
    private static bool IsBoldOnly(ContainerInline inline)
    {
        var first = inline.FirstChild;
        while (first is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            first = first.NextSibling;
        }

        var after = first?.NextSibling;
        while (after is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            after = after.NextSibling;
        }

        return first is EmphasisInline { DelimiterCount: 2 } && after is null;
    }

    // "![alt](src)" paragraphs: an image alone waits for a caption line; with text beside it, the text is its caption.
    private bool TryImages(ContainerInline inline)
    {
        var images = 0;
        var hasText = false;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LinkInline { IsImage: true } || (child is LinkInline link && link.FirstChild is LinkInline { IsImage: true }))
            {
                images++;
            }
            else if (child is not LineBreakInline && !(child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))
            {
                hasText = true;
            }
        }

        if (images == 0)
        {
            return false;
        }

        var (caption, credit) = hasText ? CaptionSplitter.Split(MarkdownText.Of(inline, _scratch)) : (null, null);
        foreach (var image in inline.FindDescendants<LinkInline>())
        {
            if (!image.IsImage)
            {
                continue;
            }

            _scratch.Clear();
            MarkdownText.Append(image, _scratch, skipImages: false);
            var alt = TextTools.Collapse(_scratch.ToString());
            var (altCaption, altCredit) = CaptionSplitter.Split(alt);
            var url = string.IsNullOrWhiteSpace(image.Url) || image.Url == "#" ? null : image.Url.Trim();
            _images.Add(new ArticleImage(url, caption ?? altCaption ?? NullIfEmpty(image.Title), credit ?? altCredit));
        }

        _imageAwaitingCaption = hasText ? -1 : _images.Count - 1;
        return true;
    }

    // "Caption text. **Photographer / Agency**": a paragraph ending in bold, with text before it.
    private bool TryBoldCredit(ContainerInline inline, out string caption, out string credit)
    {
        caption = credit = "";
        var last = inline.LastChild;
        while (last is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() || last is LineBreakInline)
        {
            last = last.PreviousSibling;
        }

        if (last is not EmphasisInline { DelimiterCount: 2 } bold || bold.PreviousSibling is null)
        {
            return false;
        }

        caption = MarkdownText.Between(inline.FirstChild, bold, _scratch);
        credit = MarkdownText.Of(bold, _scratch);
        return caption.Length is > 0 and <= 400 && credit.Length is > 1 and <= 150 && !caption.EndsWith(':');
    }
}
