using System.Text;
using AngleSharp.Dom;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Walks the article containers in document order (iteratively) and turns them into lines of text,
/// the way a browser lays them out: block elements and double line breaks end a paragraph, h2-h6
/// become subheadings, figures become images with caption and credit, links are recorded.
/// </summary>
internal sealed partial class BodyCollector(DomAnalysis dom, Dictionary<IElement, double> scores, bool weightClasses, bool cleanConditionally, Uri? baseUri)
{
    private readonly StringBuilder _line = new();
    private readonly List<BodyBlock> _blocks = [];
    private readonly List<ArticleImage> _images = [];
    private readonly List<(int Block, ArticleLink Link)> _links = [];
    private int _lineLinkLength;
    private int _flushes;
    private (int Image, int Blocks) _looseImage = (-1, 0);

    private readonly record struct Frame(INode Node, bool Exit, int LinkStart, int Flushes);

    /// <summary>Collects text, images and links under the roots.</summary>
    public CollectedBody Collect(IReadOnlyList<IElement> roots)
    {
        var stack = new Stack<Frame>();
        var rootSet = new HashSet<IElement>(roots, ReferenceEqualityComparer.Instance);
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push(new Frame(roots[i], false, 0, 0));
        }

        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if (frame.Exit)
            {
                Leave((IElement)frame.Node, frame);
                continue;
            }

            if (frame.Node.NodeType == NodeType.Text)
            {
                HtmlText.AppendCollapsed(_line, frame.Node.TextContent);
                continue;
            }

            if (frame.Node is not IElement element || dom.IsDropped(element) || (!rootSet.Contains(element) && Skip(element)))
            {
                continue;
            }

            if (!Enter(element))
            {
                continue;
            }

            stack.Push(new Frame(element, true, _line.Length, _flushes));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(new Frame(children[i], false, 0, 0));
            }
        }

        Flush();
        return new CollectedBody(_blocks, _images, _links);
    }

    private bool Skip(IElement element)
    {
        if (cleanConditionally && ConditionalCleaner.ShouldRemove(element, dom, scores, weightClasses))
        {
            return true;
        }

        // A <time> standing alone between blocks is the date line; one inside a sentence stays.
        if (element.TagName == "TIME" && element.ParentElement is { } parent
            && (dom.Stats(parent).HasBlockChild || dom.Stats(parent).TextLength <= dom.Stats(element).TextLength + 2))
        {
            return true;
        }

        // Byline, date and tag lines inside the article are metadata, not body text.
        var classAndId = BoilerplateRules.ClassAndId(element);
        return element.TagName is not ("FIGURE" or "IMG") && BoilerplateRules.IsMetaLine(classAndId) && dom.Stats(element).TextLength < 200;
    }

    /// <summary>Handles an element's start; false when its subtree is fully handled here.</summary>
    private bool Enter(IElement element)
    {
        var tag = element.TagName;
        switch (tag)
        {
            case "BR":
                if (_line.Length > 0 && _line[^1] == '\n')
                {
                    Flush();
                }
                else if (_line.Length > 0)
                {
                    if (_line[^1] == ' ')
                    {
                        _line.Length--;
                    }

                    _line.Append('\n');
                }

                return false;
            case "IMG" or "AMP-IMG":
                if (AddImage(element, null, null))
                {
                    // A loose picture's caption, if any, is the next line ("<img><br><font size=1>Text. Photo: X</font>").
                    _looseImage = (_images.Count - 1, _blocks.Count);
                }

                return false;
            case "FIGURE":
                Flush();
                ReadFigure(element);
                return false;
            case not ("P" or "A" or "IMG") when dom.Stats(element).Paragraphs <= 1 && BoilerplateRules.IsCaption(BoilerplateRules.ClassAndId(element)):
                // An image wrapper or caption box by its class name ("wp-caption", "caption-full", "photo-credit").
                Flush();
                ReadFigure(element);
                return false;
            case "FIGCAPTION" or "H1":
                Flush();
                return false;
        }

        if (HtmlTags.IsHeading(tag))
        {
            Flush();
            var heading = HtmlText.InnerText(element, dom.IsDropped);
            if (heading.Length > 0)
            {
                _blocks.Add(new BodyBlock(heading, true, 0));
            }

            return false;
        }

        if (HtmlTags.IsBlock(tag))
        {
            Flush();
            if (IsItalicLineAfterLoosePicture(element))
            {
                return false;
            }
        }

        return true;
    }

    private void Leave(IElement element, Frame frame)
    {
        if (element.TagName == "A" && frame.Flushes == _flushes && _line.Length >= frame.LinkStart)
        {
            var text = _line.ToString(frame.LinkStart, _line.Length - frame.LinkStart).Trim();
            _lineLinkLength += text.Length;
            if (element.GetAttribute("href") is { } href && HtmlUrls.Resolve(href, baseUri) is var url && HtmlUrls.IsWebLink(url) && text.Length > 0)
            {
                _links.Add((_blocks.Count, new ArticleLink(url, text)));
            }
        }
        else if (HtmlTags.IsBlock(element.TagName))
        {
            Flush();
        }
    }

    private void Flush()
    {
        var text = _line.ToString().Replace(" \n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length > 0 && !TakeAsCaption(text))
        {
            _blocks.Add(new BodyBlock(text, false, Math.Min(_lineLinkLength, text.Length)));
            _looseImage = (-1, 0);
        }

        _line.Clear();
        _lineLinkLength = 0;
        _flushes++;
    }

    private void ReadFigure(IElement figure)
    {
        var (images, caption, credit) = FigureReader.Read(figure, dom.IsDropped);
        foreach (var img in images)
        {
            AddImage(img, caption, credit);
        }

        // A caption box of its own right after the picture's wrapper ("<p><img></p><span class=caption>...</span>") belongs to that picture.
        if (images.Count == 0 && (caption ?? credit) is not null && _images.Count > 0 && _images[^1] is { Caption: null, Credit: null } last
            && figure.PreviousElementSibling is { } previous && (previous.TagName == "IMG" ? previous : previous.QuerySelector("img")) is { } img2
            && HtmlImages.SourceOf(img2, baseUri) == last.Url)
        {
            _images[^1] = last with { Caption = caption, Credit = credit };
        }
    }

    private bool AddImage(IElement img, string? caption, string? credit)
    {
        if (HtmlImages.SourceOf(img, baseUri) is { } url && !_images.Any(i => i.Url == url))
        {
            _images.Add(new ArticleImage(url, caption, credit));
            return true;
        }

        return false;
    }
}
