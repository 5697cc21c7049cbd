using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Normalizes the draft's URL and canonical URL (<see cref="UrlNormalizer"/>), dropping placeholders and
/// relative junk; takes a URL from a "Source: https://..." trailer a reader left at the end of the body.
/// </summary>
public sealed class UrlExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        var url = UrlNormalizer.Normalize(draft.Url);
        var canonical = UrlNormalizer.Normalize(draft.CanonicalUrl);
        var sections = draft.Sections;
        if (url is null && canonical is null && sections.Count > 0 && sections[^1].Paragraphs.Count > 0)
        {
            var last = sections[^1];
            if (HeaderLines.IsTrailer(last.Paragraphs[^1], out var trailing, out var isCanonical) && UrlNormalizer.Normalize(trailing) is { } found)
            {
                if (isCanonical)
                {
                    canonical = found;
                }
                else
                {
                    url = found;
                }

                sections = [.. sections.Take(sections.Count - 1), last with { Paragraphs = last.Paragraphs.Take(last.Paragraphs.Count - 1).ToArray() }];
            }
        }

        return draft with { Url = url, CanonicalUrl = canonical, Sections = sections };
    }
}
