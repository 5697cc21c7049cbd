using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Takes the wire credit trailer off the end of the body ("Reporting by A and B in City; Additional
/// reporting by C; Editing by D"): reporters and writers become authors (affiliated with the wire
/// agency when the dateline named one), editors do not. A trailing "Our Standards: ..." line goes too.
/// </summary>
public sealed class WireTrailerExtractor : IArticleExtractor
{
    // The trailer is among the last few paragraphs; a credit line earlier in the body is not a trailer.
    private const int TrailerWindow = 3;

    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        var sections = draft.Sections;
        if (sections.Count == 0 || sections[^1].Paragraphs.Count == 0)
        {
            return draft;
        }

        var last = sections[^1];
        var paragraphs = last.Paragraphs.ToList();
        var authors = new List<Author>(draft.Authors);
        // "By Reuters" over a "Reporting by A" trailer: the agency byline is the reporters' affiliation, not an author beside them.
        var agencyByline = authors.FirstOrDefault(a => a.Affiliation is null && Organizations.IsAgency(a.Name));
        var agency = draft.WireAgency ?? agencyByline?.Name;
        var found = false;
        for (var i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - TrailerWindow); i--)
        {
            var paragraph = paragraphs[i];
            if (paragraph.StartsWith("Our Standards:", StringComparison.OrdinalIgnoreCase) && i == paragraphs.Count - 1)
            {
                paragraphs.RemoveAt(i);
                continue;
            }

            if (ContributorNotes.IsNote(paragraph))
            {
                // Not body text, but no authors either: the byline already named the writers.
                paragraphs.RemoveAt(i);
                continue;
            }

            if (!WireCredits.IsCreditLine(paragraph))
            {
                continue;
            }

            found = true;
            foreach (var name in WireCredits.Reporters(paragraph))
            {
                BylineExtractor.Merge(authors, new Author(name, agency));
            }

            paragraphs.RemoveAt(i);
        }

        if (!found)
        {
            return paragraphs.Count == last.Paragraphs.Count ? draft : draft with { Sections = [.. sections.Take(sections.Count - 1), last with { Paragraphs = paragraphs }] };
        }

        if (agencyByline is not null && authors.Count > 1)
        {
            authors.Remove(agencyByline);
        }

        return draft with
        {
            Authors = authors,
            Sections = [.. sections.Take(sections.Count - 1), last with { Paragraphs = paragraphs }],
        };
    }
}
