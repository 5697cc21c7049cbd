using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Markdown;

/// <summary>Paragraph-level rules of <see cref="MarkdownWalker"/>: which paragraph is header, caption, subheading or body.</summary>
internal sealed partial class MarkdownWalker
{
    private void VisitParagraph(ParagraphBlock paragraph, bool afterTitle, int awaitingCaption)
    {
        var inline = paragraph.Inline;
        if (inline is null)
        {
            return;
        }

        if (TryImages(inline))
        {
            return;
        }

        var text = MarkdownText.Of(inline, _scratch);
        if (text.Length == 0)
        {
            return;
        }

        if (TryTrailer(inline, text))
        {
            return;
        }

        if (awaitingCaption >= 0 && text.Length <= 600)
        {
            // The line under an image is its caption (not the alt text): "Caption. **Credit**", "*Caption* Photo: X/Y".
            var (caption, credit) = TryBoldCredit(inline, out var underCaption, out var underCredit) ? (underCaption, underCredit)
                : inline.FirstChild is EmphasisInline || CaptionSplitter.Split(text).Credit is not null ? CaptionSplitter.Split(text)
                : (null, null);
            if (caption is not null || credit is not null)
            {
                var image = _images[awaitingCaption];
                _images[awaitingCaption] = image with { Caption = caption ?? image.Caption, Credit = credit ?? image.Credit };
                return;
            }
        }

        if (!_body.HasContent && TryHeaderLine(inline, text, afterTitle))
        {
            return;
        }

        // The bold credit is tried first: its bounds are marked, while the pattern below may split a caption at an
        // abbreviation ("at the U.S. Capitol. **J. Scott Applewhite / AP**").
        if (TryBoldCredit(inline, out var boldCaption, out var boldCredit) && (!_body.HasContent || CaptionSplitter.LooksLikeCredit(boldCredit)))
        {
            _images.Add(new ArticleImage(null, boldCaption, boldCredit));
            return;
        }

        // A lead-image caption without bold credit: "Caption. Photo: X" / "Caption. X / Agency" before the body.
        if (!_body.HasContent && text.Length <= 300 && CaptionSplitter.Split(text) is { Credit: { } leadCredit } lead && CaptionSplitter.HasExplicitCredit(text, leadCredit))
        {
            _images.Add(new ArticleImage(null, lead.Caption, leadCredit));
            return;
        }

        // "**A short bold line**" alone in the body: a subheading the converter wrote as bold text.
        if (_body.HasContent && IsBoldOnly(inline) && TextTools.Words(text) <= 12 && !TextTools.EndsSentence(text))
        {
            _body.AddHeading(text);
            return;
        }

        // "# Title / deck paragraph / By ... (or a date line)": the one paragraph before it was the deck, not body.
        if (_body.HasOnlyOneParagraph && _bylines.Count == 0 && _dates.Count == 0 &&
            (((HeaderLines.IsByline(text) || IsLinkedNames(inline, text)) && BylineParser.Parse(text).Count > 0) || DateTextParser.ParseLine(text) is not null))
        {
            var deck = _body.TakeOnlyParagraph();
            _subtitle ??= TextTools.Words(deck) <= 60 ? deck : null;
            _links.Clear();
            if (!TryHeaderLine(inline, text, afterTitle: false))
            {
                _bylines.Add(text);
            }

            return;
        }

        CollectLinks(inline);
        _body.AddParagraph(text);
    }
}
