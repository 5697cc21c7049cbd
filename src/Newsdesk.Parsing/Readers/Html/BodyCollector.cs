using System.Text;
using AngleSharp.Dom;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Walks the article containers in document order (iteratively) and turns them into lines of text,
/// the way a browser lays them out: block elements and double line breaks end a paragraph, h2-h6
/// become subheadings, figures become images with caption and credit, links are recorded.
/// </summary>
internal sealed class BodyCollector(DomAnalysis dom, Dictionary<IElement, double> scores, bool weightClasses, bool cleanConditionally, Uri? baseUri)
{
    private readonly StringBuilder _line = new();
    private readonly List<BodyBlock> _blocks = [];
    private readonly List<ArticleImage> _images = [];
    private readonly List<(int Block, ArticleLink Link)> _links = [];
    private int _lineLinkLength;
    private int _flushes;

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
            case "IMG":
                AddImage(element, null, null);
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
            var heading = HtmlText.Collapse(TextOf(element));
            if (heading.Length > 0)
            {
                _blocks.Add(new BodyBlock(heading, true, 0));
            }

            return false;
        }

        if (HtmlTags.IsBlock(tag))
        {
            Flush();
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
        if (text.Length > 0)
        {
            _blocks.Add(new BodyBlock(text, false, Math.Min(_lineLinkLength, text.Length)));
        }

        _line.Clear();
        _lineLinkLength = 0;
        _flushes++;
    }

    private void ReadFigure(IElement figure)
    {
        IElement? caption = null;
        IElement? creditElement = null;
        var images = new List<IElement>();
        foreach (var element in Descendants(figure))
        {
            if (element.TagName == "IMG")
            {
                images.Add(element);
            }
            else if (element.TagName == "FIGCAPTION")
            {
                caption ??= element;
            }
            else if (element != figure && BoilerplateRules.ClassAndId(element) is { Length: > 0 } cls)
            {
                if (creditElement is null && (cls.Contains("credit", StringComparison.Ordinal) || cls.Contains("copyright", StringComparison.Ordinal) || cls.Contains("photographer", StringComparison.Ordinal)))
                {
                    creditElement = element;
                }
                else if (caption is null && cls.Contains("caption", StringComparison.Ordinal))
                {
                    caption = element;
                }
            }
        }

        var credit = creditElement is null ? null : HtmlText.Collapse(TextOf(creditElement));
        var captionText = caption is null ? null : HtmlText.Collapse(TextOf(caption, creditElement));
        if (string.IsNullOrEmpty(credit))
        {
            (captionText, credit) = HtmlImages.SplitCredit(captionText);
        }

        foreach (var img in images)
        {
            AddImage(img, string.IsNullOrEmpty(captionText) ? null : captionText, string.IsNullOrEmpty(credit) ? null : credit);
        }
    }

    private void AddImage(IElement img, string? caption, string? credit)
    {
        if (HtmlImages.SourceOf(img, baseUri) is { } url && !_images.Any(i => i.Url == url))
        {
            _images.Add(new ArticleImage(url, caption, credit));
        }
    }

    /// <summary>Text of the kept part of a subtree, optionally leaving one descendant out.</summary>
    private string TextOf(IElement element, IElement? except = null)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == NodeType.Text)
            {
                sb.Append(node.TextContent);
                continue;
            }

            if (node is IElement e && (dom.IsDropped(e) || e == except))
            {
                continue;
            }

            if (node is IElement { TagName: "BR" } || (node is IElement block && HtmlTags.IsBlock(block.TagName)))
            {
                sb.Append(' ');
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return sb.ToString();
    }

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
