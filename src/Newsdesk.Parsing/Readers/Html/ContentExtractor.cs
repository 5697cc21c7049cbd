using AngleSharp.Dom;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Extracts the article body of a page: analyse, score, collect, and retry with looser rules when
/// too little text came out (as Readability does), keeping the longest result.
/// </summary>
internal static class ContentExtractor
{
    /// <summary>Below this many characters of text an attempt is retried with looser rules.</summary>
    private const int EnoughText = 250;

    private static readonly (bool StripUnlikely, bool WeightClasses, bool CleanConditionally)[] Attempts =
    [
        (true, true, true),
        (false, true, true),
        (false, false, true),
        (false, false, false),
    ];

    private static readonly AngleSharp.Css.Dom.ISelector MarkedBody = SelectorWalk.Parse("[itemprop=articleBody], article");

    /// <summary>The body of the page's article.</summary>
    public static CollectedBody Extract(IDocument document, Uri? baseUri, string? title, string? deck = null)
    {
        var body = document.Body;
        if (body is null)
        {
            return new CollectedBody([], [], []);
        }

        var isProtected = ProtectedElements(document);
        CollectedBody? best = null;
        foreach (var (stripUnlikely, weightClasses, cleanConditionally) in Attempts)
        {
            var dom = DomAnalysis.Run(body, stripUnlikely, isProtected);
            var (roots, scores) = ContentScorer.FindRoots(dom, weightClasses);
            var collected = new BodyCollector(dom, scores, weightClasses, cleanConditionally, baseUri).Collect(roots);
            collected = BodyFilter.Apply(collected, title, deck);
            if (best is null || collected.TextLength > best.TextLength)
            {
                best = collected;
            }

            if (collected.TextLength >= EnoughText)
            {
                return collected;
            }
        }

        return best!;
    }

    /// <summary>Groups blocks into sections: a subheading starts a new section.</summary>
    public static IReadOnlyList<ArticleSection> ToSections(IReadOnlyList<BodyBlock> blocks)
    {
        var sections = new List<ArticleSection>();
        string? heading = null;
        var paragraphs = new List<string>();
        foreach (var block in blocks)
        {
            if (block.IsHeading)
            {
                if (heading is not null || paragraphs.Count > 0)
                {
                    sections.Add(new ArticleSection(heading, paragraphs));
                }

                heading = block.Text;
                paragraphs = [];
            }
            else
            {
                paragraphs.Add(block.Text);
            }
        }

        if (paragraphs.Count > 0)
        {
            sections.Add(new ArticleSection(heading, paragraphs));
        }

        return sections;
    }

    /// <summary>
    /// Ancestors of explicitly marked article bodies are never dropped for their class names; an
    /// &lt;article&gt; that is itself furniture by name (comments are often articles) protects nothing.
    /// </summary>
    private static HashSet<IElement> ProtectedElements(IDocument document)
    {
        var set = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        var marks = document.DocumentElement is { } html
            ? SelectorWalk.Descendants(html, MarkedBody, static e => SelectorWalk.HasAttributes(e) || e.LocalName.Equals("article", StringComparison.OrdinalIgnoreCase), includeRoot: true)
            : [];
        foreach (var marked in marks)
        {
            if (marked.TagName == "ARTICLE" && BoilerplateRules.IsUnlikelyCandidate(marked, BoilerplateRules.ClassAndId(marked)))
            {
                continue;
            }

            for (var e = marked; e is not null && set.Add(e); e = e.ParentElement)
            {
            }
        }

        return set;
    }
}
