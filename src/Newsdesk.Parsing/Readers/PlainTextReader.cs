using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers;

/// <summary>
/// Plain text: the first line is the title (unless it is a sentence or dateline paragraph); "By ..." and date lines right after it are the byline
/// and date; blank lines separate paragraphs (hard-wrapped lines are joined); a short lone line
/// between paragraphs is a subheading; "Original url:"/"URL:" lines give the URL.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public bool CanRead(DocumentInput input) => true;

    /// <inheritdoc />
    public IEnumerable<DraftOrError> Read(DocumentInput input)
    {
        string? title = null, subtitle = null, url = null, canonical = null;
        var header = new TextHeader();
        var images = new List<ArticleImage>();
        var body = new SectionsBuilder();
        var block = new List<string>();
        var trailerPending = false;
        var trailerCanonical = false;
        var sawTitleLine = false;
        foreach (var range in input.Text.AsSpan().Split('\n'))
        {
            var line = TextTools.Collapse(input.Text.AsSpan()[range].Trim().TrimStart('\uFEFF'));
            if (line.Length == 0)
            {
                Flush(block, body);
                continue;
            }

            if (trailerPending)
            {
                trailerPending = false;
                if (HeaderLines.BareUrl(line) is { } next)
                {
                    if (trailerCanonical) { canonical ??= next; } else { url ??= next; }
                    continue;
                }
            }

            if (HeaderLines.IsTrailer(line, out var found, out var isCanonical))
            {
                Flush(block, body);
                if (found is null) { trailerPending = true; trailerCanonical = isCanonical; }
                else if (isCanonical) { canonical ??= found; }
                else { url ??= found; }
                continue;
            }

            if (Boilerplate.IsBoilerplate(line))
            {
                Flush(block, body);
                continue;
            }

            if (PhotoLines.Parse(line) is { } image)
            {
                Flush(block, body);
                AddImage(images, image);
                continue;
            }

            if (title is null && body.HasContent is false && block.Count == 0 && sawTitleLine is false)
            {
                sawTitleLine = true;

                // A first line that is a sentence or a dateline paragraph is body: the article has no headline.
                if (TextTools.Words(line) <= 30 && !line.EndsWith('.') && !DatelineExtractor.StartsWithDateline(line))
                {
                    title = line;
                    continue;
                }
            }

            if (!body.HasContent && block.Count == 0 && header.TryTake(line, title is not null))
            {
                continue;
            }

            // "Title / deck / By ... (or a date line)": the one paragraph before it was the deck.
            if (block.Count == 0 && body.HasOnlyOneParagraph && header.Bylines.Count == 0 && header.Dates.Count == 0)
            {
                var isByline = HeaderLines.IsByline(line) && BylineParser.Parse(line).Count > 0;
                if (isByline || DateTextParser.ParseLine(line) is not null)
                {
                    var deck = body.TakeOnlyParagraph();
                    subtitle = TextTools.Words(deck) <= 60 ? deck : null;
                    if (isByline)
                    {
                        header.Bylines.Add(line);
                    }
                    else
                    {
                        header.Dates.Add(DateTextParser.ParseLine(line)!.ToString());
                    }

                    continue;
                }
            }

            block.Add(line);
        }

        Flush(block, body);
        body.DemoteTrailingHeading();
        if (title is null && !body.HasContent)
        {
            yield return new ParseError("no-article", $"'{input.Name}' has no text.");
            yield break;
        }

        yield return new ArticleDraft
        {
            SourceName = input.Name,
            Format = Format,
            ContentHash = input.ContentHash,
            Title = title,
            Subtitle = subtitle,
            Url = url,
            CanonicalUrl = canonical,
            Bylines = header.Bylines,
            Authors = header.Authors,
            DateCandidates = [.. header.Dates, .. header.Updates],
            Images = images,
            Sections = body.Build(),
        };
    }

    // A credit-only line ("Image credit: X/Y") right after a caption line completes that image.
    private static void AddImage(List<ArticleImage> images, ArticleImage image)
    {
        if (image.Caption is null && images.Count > 0 && images[^1] is { Credit: null } previous)
        {
            images[^1] = previous with { Credit = image.Credit };
            return;
        }

        // ... and a caption line right after a credit-only line ("Photo credit: X" then "Caption: ...").
        if (image is { Credit: null, Url: null } && images.Count > 0 && images[^1] is { Caption: null, Url: null } creditOnly)
        {
            images[^1] = creditOnly with { Caption = image.Caption };
            return;
        }

        images.Add(image);
    }

    private static void Flush(List<string> block, SectionsBuilder body)
    {
        if (block.Count == 0)
        {
            return;
        }

        var text = block.Count == 1 ? block[0] : string.Join(' ', block);
        block.Clear();

        // A short lone line without closing punctuation between paragraphs reads as a subheading.
        if (body.HasContent && TextTools.Words(text) <= 10 && char.IsUpper(text[0]) && !TextTools.EndsSentence(text) && !text.EndsWith(',') && !text.Contains(" - ", StringComparison.Ordinal) && !text.Contains(" by ", StringComparison.OrdinalIgnoreCase) && text[0] != '(')
        {
            body.AddHeading(text);
            return;
        }

        body.AddParagraph(text);
    }
}
