using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Turns raw bylines into authors with affiliations (<see cref="BylineParser"/>). Structured authors a
/// reader found come first; a byline left as the first body paragraph ("By ...") is taken out of the body.
/// </summary>
public sealed class BylineExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        var bylines = draft.Bylines;
        var sections = draft.Sections;
        if (bylines.Count == 0 && draft.Authors.Count == 0 && sections.Count > 0 && sections[0].Heading is null && sections[0].Paragraphs.Count > 1)
        {
            var first = sections[0].Paragraphs[0];
            if (HeaderLines.IsByline(first) && BylineParser.Parse(first).Count > 0)
            {
                bylines = [first];
                sections = [sections[0] with { Paragraphs = sections[0].Paragraphs.Skip(1).ToArray() }, .. sections.Skip(1)];
            }
        }

        if (bylines.Count == 0)
        {
            var kept = WithoutOutlet(draft.Authors, draft);
            return sections == draft.Sections && kept.Count == draft.Authors.Count ? draft : draft with { Authors = kept, Sections = sections };
        }

        var authors = new List<Author>(draft.Authors);
        foreach (var byline in bylines)
        {
            foreach (var author in BylineParser.Parse(byline))
            {
                Merge(authors, author);
            }
        }

        // An organization byline ("By AFP") counts only when no person is named.
        if (authors.Exists(a => a.Affiliation is not null || !IsOrganizationByline(a.Name)))
        {
            authors.RemoveAll(a => a.Affiliation is null && IsOrganizationByline(a.Name));
        }

        return draft with { Authors = WithoutOutlet(authors, draft), Sections = sections };
    }

    // "Harbour Times" was "By The Harbour Times" before the article was trimmed off: a newspaper word ends it ("Li Wei" is a person).
    private static bool IsOrganizationByline(string name) =>
        Organizations.IsOrganization(name) ||
        (name.Contains(' ') && name[(name.LastIndexOf(' ') + 1)..] is "Times" or "Post" or "Herald" or "Journal" or "Tribune" or "Guardian" or "Observer"
            or "Telegraph" or "Independent" or "Chronicle" or "Gazette" or "Standard" or "Mirror" or "Express" or "Monitor" or "Review" or "Insider");

    /// <summary>
    /// The authors without those naming the outlet itself ("BBC News" on bbc.com): next to a writer the outlet is no
    /// author. An uploaded article's byline naming only the outlet ("By The Moscow Times" on its own site) is kept, as
    /// an organization byline is when no person is named. HTML pages drop it even then: their CMS fills JSON-LD author
    /// and staff lines with the publisher (the dev pages: "BBC News", "JERUSALEM POST"), which is the outlet field's.
    /// </summary>
    private static List<Author> WithoutOutlet(IReadOnlyList<Author> authors, ArticleDraft draft)
    {
        var others = authors.Where(a => !OutletAuthors.IsOutlet(a.Name, draft.OutletName, draft.CanonicalUrl ?? draft.Url)).ToList();
        return others.Count > 0 || draft.Format == "html" ? others : authors.ToList();
    }

    /// <summary>Adds an author, or completes the affiliation of the same name already present.</summary>
    internal static void Merge(List<Author> authors, Author author)
    {
        var index = authors.FindIndex(a => string.Equals(a.Name, author.Name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            authors.Add(author);
        }
        else if (authors[index].Affiliation is null && author.Affiliation is not null)
        {
            authors[index] = authors[index] with { Affiliation = author.Affiliation };
        }
    }
}
