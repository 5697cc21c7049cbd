using System.Security.Cryptography;
using System.Text;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Pipeline;

/// <summary>Turns a finished draft into the immutable normalized article.</summary>
internal static class ArticleAssembler
{
    /// <summary>The article, or null when the draft has neither title nor text.</summary>
    public static NormalizedArticle? Assemble(ArticleDraft draft)
    {
        var text = string.Join("\n\n", draft.Sections.SelectMany(s => s.Heading is null ? s.Paragraphs : s.Paragraphs.Prepend(s.Heading)));
        var title = draft.Title?.Trim();
        if (string.IsNullOrEmpty(title) && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var canonical = draft.CanonicalUrl ?? draft.Url;
        var idSource = canonical is not null ? "url:" + canonical : "sha256:" + draft.ContentHash;
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idSource)))[..32];
        return new NormalizedArticle
        {
            Id = id,
            Url = draft.Url ?? canonical,
            CanonicalUrl = canonical,
            Outlet = draft.Outlet,
            Title = string.IsNullOrEmpty(title) ? FirstWords(text) : title,
            Subtitle = draft.Subtitle,
            PublishedAt = draft.PublishedAt,
            Language = draft.Language,
            Authors = draft.Authors,
            Images = draft.Images,
            Sections = draft.Sections,
            Text = text,
            WordCount = CountWords(text),
            Links = draft.Links,
            Entities = draft.Entities,
            Quotes = draft.Quotes,
            Source = new ArticleSource(draft.SourceName, draft.Format, draft.ContentHash, ParserInfo.Version),
        };
    }

    private static string FirstWords(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOfAny('\n', '.');
        var first = end > 0 ? line[..end] : line;
        return first.Length > 120 ? first[..120].ToString() + "…" : first.ToString();
    }

    /// <summary>Counts whitespace-separated runs that contain a letter or digit.</summary>
    internal static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        var hasAlnum = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasAlnum)
                {
                    count++;
                }

                inWord = false;
                hasAlnum = false;
            }
            else
            {
                inWord = true;
                hasAlnum |= char.IsLetterOrDigit(c);
            }
        }

        return inWord && hasAlnum ? count + 1 : count;
    }
}
