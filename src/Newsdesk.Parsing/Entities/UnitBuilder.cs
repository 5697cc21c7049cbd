using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Cuts a draft into tokenized units in document order, each with the way names are found in it.</summary>
internal static class UnitBuilder
{
    /// <summary>Title, subtitle, dateline, author affiliations, image captions and credits, then headings and paragraphs.</summary>
    public static List<TextUnit> Build(ArticleDraft draft)
    {
        var units = new List<TextUnit>();
        Add(units, draft.Title, UnitKind.TitleCase, false);
        Add(units, draft.Subtitle, null, false);
        Add(units, draft.Dateline, UnitKind.Dateline, false);
        foreach (var author in draft.Authors)
        {
            Add(units, author.Affiliation, UnitKind.Affiliation, false);
        }

        foreach (var image in draft.Images)
        {
            Add(units, image.Caption, UnitKind.Body, false);
            Add(units, image.Credit, UnitKind.Credit, false);
        }

        foreach (var section in draft.Sections)
        {
            Add(units, section.Heading, UnitKind.TitleCase, false);
            foreach (var paragraph in section.Paragraphs)
            {
                Add(units, paragraph, null, true);
            }
        }

        return units;
    }

    private static void Add(List<TextUnit> units, string? text, UnitKind? kind, bool isParagraph)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var tokens = Tokenizer.Tokenize(text);
        units.Add(new TextUnit(text, tokens, kind ?? Detect(text, tokens), units.Count, isParagraph));
    }

    /// <summary>Body text, unless it reads as a byline ("By A for AFP") or a title-case line.</summary>
    private static UnitKind Detect(string text, Token[] tokens)
    {
        var trimmed = text.AsSpan().TrimStart(" *_#[".AsSpan());
        if (trimmed.StartsWith("By ", StringComparison.Ordinal) && tokens.Length <= 40 && !HasSentenceEnd(text, tokens))
        {
            return UnitKind.Credit;
        }

        var words = 0;
        var capitalized = 0;
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word && t.CoreLength > 3)
            {
                words++;
                capitalized += t.Has(TokenFlags.Capitalized) ? 1 : 0;
            }
        }

        return words >= 3 && capitalized * 10 >= words * 8 && !HasSentenceEnd(text, tokens) ? UnitKind.TitleCase : UnitKind.Body;
    }

    private static bool HasSentenceEnd(string text, Token[] tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Punct && text[t.Start] is '.' or '!' or '?')
            {
                return true;
            }
        }

        return false;
    }
}
