using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Markdown;

/// <summary>
/// Reads one Markdown AST into a draft. The blocks before the first body paragraph are the header
/// zone (title, subtitle, bylines, date lines, lead image caption); a URL trailer may come anywhere.
/// One instance per document: it holds the reading state.
/// </summary>
internal sealed partial class MarkdownWalker
{
    private readonly StringBuilder _scratch = new(512);
    private readonly SectionsBuilder _body = new();
    private readonly List<string> _bylines = [];
    private readonly List<string> _dates = [];
    private readonly List<string> _updates = [];
    private readonly List<ArticleImage> _images = [];
    private readonly List<ArticleLink> _links = [];
    private string? _title;
    private string? _subtitle;
    private string? _url;
    private string? _canonical;
    private string? _outlet;
    private string? _language;
    private bool _afterTitle;
    private bool _trailerPending;
    private bool _trailerCanonical;
    private int _imageAwaitingCaption = -1;

    /// <summary>Fills <paramref name="draft"/> from the document.</summary>
    public ArticleDraft Walk(MarkdownDocument document, ArticleDraft draft)
    {
        foreach (var block in document)
        {
            Visit(block);
        }

        return draft with
        {
            Title = _title,
            Subtitle = _subtitle,
            Url = _url,
            CanonicalUrl = _canonical,
            OutletName = _outlet,
            Language = _language,
            Bylines = _bylines,
            DateCandidates = [.. _dates, .. _updates],
            Images = _images,
            Sections = _body.Build(),
            Links = _links,
        };
    }

    private void Visit(Block block)
    {
        // Captions and the subtitle must follow immediately: the state lasts one block.
        var afterTitle = _afterTitle;
        var awaitingCaption = _imageAwaitingCaption;
        _afterTitle = false;
        _imageAwaitingCaption = -1;
        switch (block)
        {
            case YamlFrontMatterBlock frontMatter:
                ReadFrontMatter(frontMatter);
                break;
            case HeadingBlock heading:
                VisitHeading(heading, afterTitle);
                break;
            case ParagraphBlock paragraph:
                VisitParagraph(paragraph, afterTitle, awaitingCaption);
                break;
            case ListBlock list when AgencySubheading(list) is { } heading:
                _body.AddHeading(heading);
                break;
            case ListBlock list:
                VisitContainer(list);
                break;
            case QuoteBlock quote:
                VisitContainer(quote);
                break;
        }
    }

    // AFP's "- Living under the lake -" subheading reads as a one-item list whose text ends with the closing dash.
    private string? AgencySubheading(ListBlock list)
    {
        if (!_body.HasContent || list.Count != 1 || list.BulletType != '-' || list[0] is not ListItemBlock { Count: 1 } item || item[0] is not ParagraphBlock paragraph)
        {
            return null;
        }

        var text = MarkdownText.Of(paragraph.Inline, _scratch);
        if (!text.EndsWith(" -", StringComparison.Ordinal) && !text.EndsWith(" –", StringComparison.Ordinal))
        {
            return null;
        }

        var heading = text[..^2].Trim();
        // A quoted subheading ("- 'Living under the lake' -") ends with its closing quote mark, not a full stop.
        var bare = heading.TrimEnd('\'', '"', '\u2019', '\u201D');
        return bare.Length > 0 && TextTools.Words(heading) <= 12 && !TextTools.EndsSentence(bare) ? heading : null;
    }

    private void VisitContainer(ContainerBlock container)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case ParagraphBlock paragraph:
                    var text = MarkdownText.Of(paragraph.Inline, _scratch);
                    CollectLinks(paragraph.Inline);
                    _body.AddParagraph(text);
                    break;
                case ContainerBlock nested:
                    VisitContainer(nested);
                    break;
            }
        }
    }

    private void VisitHeading(HeadingBlock heading, bool afterTitle)
    {
        var text = MarkdownText.Of(heading.Inline, _scratch);
        if (text.Length == 0)
        {
            return;
        }

        if (!_body.HasContent && heading.Level == 1 && (_title is null || string.Equals(_title, text, StringComparison.OrdinalIgnoreCase)))
        {
            _title = text;
            _afterTitle = true;
            return;
        }

        if (_title is null && !_body.HasContent)
        {
            _title = text;
            _afterTitle = true;
            return;
        }

        // A "### deck" right after the title is the standfirst; a short "## Heading" is the first section.
        if (afterTitle && _subtitle is null && !_body.HasContent && (heading.Level >= 3 || TextTools.Words(text) >= 8))
        {
            _subtitle = text;
            return;
        }

        _body.AddHeading(text);
    }
}
