using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Markdown;

/// <summary>Paragraph-level rules of <see cref="MarkdownWalker"/>.</summary>
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

        // A lead-image caption without bold credit: "Caption. Photo: X" / "Caption. X / Agency" before the body.
        if (!_body.HasContent && text.Length <= 300 && CaptionSplitter.Split(text) is { Credit: { } leadCredit } lead && CaptionSplitter.HasExplicitCredit(text, leadCredit))
        {
            _images.Add(new ArticleImage(null, lead.Caption, leadCredit));
            return;
        }

        if (TryBoldCredit(inline, out var boldCaption, out var boldCredit) && (!_body.HasContent || CaptionSplitter.LooksLikeCredit(boldCredit)))
        {
            _images.Add(new ArticleImage(null, boldCaption, boldCredit));
            return;
        }

        CollectLinks(inline);
        _body.AddParagraph(text);
    }

    private bool TryHeaderLine(ContainerInline inline, string text, bool afterTitle)
    {
        if (_title is null)
        {
            // No heading: the first line is the title; the rest of a multi-line first paragraph is body.
            // (Markdig drops a paragraph's source lines once its inlines are parsed: split at the first line break.)
            var lineBreak = inline.FirstChild;
            while (lineBreak is not null and not LineBreakInline)
            {
                lineBreak = lineBreak.NextSibling;
            }

            var first = lineBreak is null ? text : MarkdownText.Between(inline.FirstChild, lineBreak, _scratch);
            _title = first.Length == 0 ? text : first;
            _afterTitle = true;
            if (lineBreak is not null && first.Length > 0)
            {
                _body.AddParagraph(MarkdownText.Between(lineBreak.NextSibling, null, _scratch));
            }

            return true;
        }

        if (HeaderLines.IsByline(text) || IsLinkedNames(inline, text))
        {
            _bylines.Add(text);
            _afterTitle = afterTitle;
            return true;
        }

        if (DateTextParser.ParseLine(text) is not null)
        {
            (DateTextParser.IsUpdateLine(text) ? _updates : _dates).Add(text);
            _afterTitle = afterTitle;
            return true;
        }

        // "*A deck in italics*" in the header: the standfirst.
        if (_subtitle is null && inline.FirstChild is EmphasisInline { DelimiterCount: 1 } only && only.NextSibling is null)
        {
            _subtitle = text;
            return true;
        }

        return false;
    }

    // "[Cat Barton](/authors/cat-barton), [Claire Lee](/authors/claire-lee)": author-page links alone on a header line.
    private static bool IsLinkedNames(ContainerInline inline, string text)
    {
        if (text.Length > 150 || inline.FirstChild is not LinkInline { IsImage: false })
        {
            return false;
        }

        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline literal)
            {
                var joiner = literal.Content.AsSpan().Trim();
                if (!joiner.IsEmpty && joiner[0] is '|' or '·' or '•' or '—' or '–')
                {
                    // "| date" after the names: the rest of the line is the byline's date.
                    break;
                }

                if (!IsNameJoiner(joiner))
                {
                    return false;
                }
            }
            else if (child is not LinkInline { IsImage: false } and not LineBreakInline)
            {
                return false;
            }
        }

        return BylineParser.Parse(text).Count > 0;
    }

    private static bool IsNameJoiner(ReadOnlySpan<char> text) =>
        text.IsEmpty || text is "," or "and" or "&" or ";" or ", and";

    private bool TryTrailer(ContainerInline inline, string text)
    {
        // "Original article: [headline](https://...)": the label names a link.
        if (!_trailerPending && HeaderLines.IsTrailerLabel(text, out var labelCanonical) && FirstLinkUrl(inline) is { } linked)
        {
            SetUrl(linked, labelCanonical);
            return true;
        }

        if (_trailerPending)
        {
            _trailerPending = false;
            if (HeaderLines.BareUrl(text) is { } next)
            {
                SetUrl(next, _trailerCanonical);
                return true;
            }
        }

        if (!HeaderLines.IsTrailer(text, out var url, out var canonical))
        {
            return false;
        }

        if (url is null)
        {
            _trailerPending = true;
            _trailerCanonical = canonical;
        }
        else
        {
            SetUrl(url, canonical);
        }

        return true;
    }

    private static string? FirstLinkUrl(ContainerInline inline)
    {
        foreach (var child in inline.FindDescendants<Inline>())
        {
            switch (child)
            {
                case LinkInline { IsImage: false } link when UrlNormalizer.Normalize(link.Url) is not null:
                    return link.Url;
                case AutolinkInline { IsEmail: false } autolink:
                    return autolink.Url;
            }
        }

        return null;
    }

    private void SetUrl(string url, bool canonical)
    {
        if (canonical)
        {
            _canonical ??= url;
        }
        else
        {
            _url ??= url;
        }
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

    private void CollectLinks(ContainerInline? inline)
    {
        if (inline is null)
        {
            return;
        }

        foreach (var link in inline.FindDescendants<LinkInline>())
        {
            if (!link.IsImage && UrlNormalizer.Normalize(link.Url) is { } url)
            {
                _scratch.Clear();
                MarkdownText.Append(link, _scratch, skipImages: true);
                _links.Add(new ArticleLink(url, NullIfEmpty(TextTools.Collapse(_scratch.ToString()))));
            }
        }
    }

    private void ReadFrontMatter(YamlFrontMatterBlock block)
    {
        foreach (var (key, values) in FrontMatter.Read(block))
        {
            if (values.Count == 0)
            {
                continue;
            }

            var value = values[0];
            switch (ArticleFields.Of(key))
            {
                case ArticleField.Title: _title ??= value; break;
                case ArticleField.Subtitle: _subtitle = value; break;
                case ArticleField.Summary: _subtitle ??= value; break;
                case ArticleField.Url: _url ??= value; break;
                case ArticleField.CanonicalUrl: _canonical ??= value; break;
                case ArticleField.Author: _bylines.AddRange(values); break;
                case ArticleField.Date: _dates.Insert(0, value); break;
                case ArticleField.Updated: _updates.Add(value); break;
                case ArticleField.Language: _language ??= value; break;
                case ArticleField.Outlet: _outlet ??= value; break;
                case ArticleField.Image: _images.AddRange(values.Select(v => new ArticleImage(v, null, null))); break;
            }
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
