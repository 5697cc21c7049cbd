using AngleSharp.Html.Parser;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Html;

namespace Newsdesk.Parsing.Readers;

/// <summary>
/// HTML pages: metadata from JSON-LD, OpenGraph and meta tags; the article body by content scoring
/// (Readability-style), with subheadings, figures (caption, credit) and body links.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    /// <summary>Elements nested deeper than this are attached as siblings (as browsers do), so no walk can run away.</summary>
    private const int MaximumDepth = NestingLimiter.MaxOpenElements;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipProcessingInstructions = true,
        MaximumDepth = MaximumDepth,
    };

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public bool CanRead(DocumentInput input) => HtmlSniffer.LooksLikeHtml(input.Text);

    /// <inheritdoc />
    public IEnumerable<DraftOrError> Read(DocumentInput input)
    {
        // HtmlParser holds per-parse state; one per call keeps the reader thread-safe.
        var document = new HtmlParser(ParserOptions).ParseDocument(NestingLimiter.Limit(input.Text));
        var metadata = HtmlMetadataReader.Read(document);
        var baseUri = HtmlUrls.BaseOf(metadata.CanonicalUrl, metadata.Url, metadata.BaseHref);
        var body = ContentExtractor.Extract(document, baseUri, metadata.Title, metadata.ShownDeck);
        var sections = ContentExtractor.ToSections(body.Blocks);
        if (body.TextLength < 100 && metadata.ArticleBody is { Length: > 0 } ldBody && ldBody.Length > body.TextLength)
        {
            // The markup gave (almost) nothing, but the page's JSON-LD carries the text.
            sections = [new ArticleSection(null, SplitParagraphs(ldBody))];
        }

        if (sections.Count == 0)
        {
            var title = metadata.Title is null ? "" : $" (title: '{metadata.Title}')";
            yield return new ParseError("no-article", $"'{input.Name}' is an HTML page without article text{title}: no paragraphs found in its body.");
            yield break;
        }

        var images = body.Images.ToList();
        foreach (var lead in metadata.Images)
        {
            // The lead picture is often in the body too, in another size and with the caption the metadata lacks.
            // One entry then, where the body shows it: the declared URL (the full-size one, as a rule), the body's caption and credit.
            var same = images.FindIndex(i => HtmlImages.SamePicture(i.Url, lead.Url));
            if (same < 0)
            {
                // Shown above the body (a hero figure), the picture's caption is there and not in the metadata.
                var (caption, credit) = lead is { Caption: null, Credit: null, Url: { } leadUrl } ? LeadFigures.Find(document, leadUrl, baseUri) : (null, null);
                images.Insert(0, lead with { Caption = lead.Caption ?? caption, Credit = lead.Credit ?? credit });
            }
            else
            {
                images[same] = images[same] with { Url = lead.Url, Caption = images[same].Caption ?? lead.Caption, Credit = images[same].Credit ?? lead.Credit };
            }
        }

        if (images.Count == 0 && LeadFigures.Near(document.QuerySelector("h1"), baseUri) is { } near)
        {
            images.Add(near);
        }

        yield return new ArticleDraft
        {
            SourceName = input.Name,
            Format = Format,
            ContentHash = input.ContentHash,
            Title = metadata.Title,
            Subtitle = IsLead(metadata.Subtitle, sections) ? null : metadata.Subtitle,
            Url = metadata.Url,
            CanonicalUrl = metadata.CanonicalUrl,
            OutletName = metadata.OutletName,
            // Header lines of the body ("Author: Jane Doe", "14 October 2025, 11:40") count when the page says nothing else.
            Bylines = metadata.Bylines.Count == 0 && metadata.Authors.Count == 0 ? body.HeaderBylines : metadata.Bylines,
            Authors = metadata.Authors,
            DateCandidates = metadata.DateCandidates.Count == 0 ? body.HeaderDates : metadata.DateCandidates,
            Language = metadata.Language,
            Images = images,
            Sections = sections,
            Links = body.Links.Select(l => l.Link).DistinctBy(l => l.Url).ToList(),
        };
    }

    /// <summary>A "deck" that is really the body's first paragraph (or its start) is no subtitle.</summary>
    private static bool IsLead(string? subtitle, IReadOnlyList<ArticleSection> sections) =>
        subtitle is not null && sections.FirstOrDefault()?.Paragraphs.FirstOrDefault() is { } first
        && (first.StartsWith(subtitle.TrimEnd('.', '…', ' '), StringComparison.OrdinalIgnoreCase) || subtitle.StartsWith(first, StringComparison.OrdinalIgnoreCase));

    private static string[] SplitParagraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(HtmlText.Collapse)
            .Where(p => p.Length > 0)
            .ToArray();
}
