using System.Text;
using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Quotes;

/// <summary>
/// Pairs quotation marks over the body paragraphs in one linear pass. Single quotes inside a
/// double-level quotation are text; top-level single quotes count only in paragraphs without
/// double marks. A quotation still open at a paragraph's end continues when the next paragraph
/// starts with a quotation mark (the news convention), else it ends with the paragraph.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>The quotations of the paragraph units, in order.</summary>
    public static List<QuoteSpan> Scan(IReadOnlyList<TextUnit> units)
    {
        var quotes = new List<QuoteSpan>();
        var state = new OpenQuote();
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (!unit.IsParagraph)
            {
                continue;
            }

            var text = unit.Text;
            var tokens = unit.Tokens;
            var k = 0;
            if (state.IsOpen)
            {
                if (tokens.Length > 0 && tokens[0].Kind == TokenKind.QuoteMark && QuoteMarks.IsDouble(text[tokens[0].Start]) == !state.Single)
                {
                    state.Text.Append(' ');
                    state.ContentStart = tokens[0].End;
                    k = 1;
                }
                else
                {
                    state.Flush(quotes, units);
                }
            }

            var singles = !HasDoubleMarks(text, tokens);
            for (; k < tokens.Length; k++)
            {
                var t = tokens[k];
                if (t.Kind != TokenKind.QuoteMark)
                {
                    continue;
                }

                var c = text[t.Start];
                var before = t.Start > 0 ? text[t.Start - 1] : '\0';
                var after = t.End < text.Length ? text[t.End] : '\0';
                if (state.IsOpen)
                {
                    if (QuoteMarks.Closes(state.Mark, c) && (!state.Single || QuoteMarks.ClosesSingle(before, after)))
                    {
                        state.Text.Append(text, state.ContentStart, t.Start - state.ContentStart);
                        quotes.Add(new QuoteSpan(state.Unit, state.Open, u, k, state.Text.ToString().Trim()));
                        state.Reset();
                    }
                }
                else if (QuoteMarks.OpensDouble(c, before, after) || (singles && QuoteMarks.OpensSingle(c, before, after)))
                {
                    state.Start(u, k, c, t.End, !QuoteMarks.IsDouble(c) && c is not ('\u2039' or '\u203A'));
                }
            }

            if (state.IsOpen)
            {
                state.Text.Append(text, state.ContentStart, text.Length - state.ContentStart);
                state.LastUnit = u;
            }
        }

        if (state.IsOpen)
        {
            state.Flush(quotes, units);
        }

        quotes.RemoveAll(static q => q.Text.Length == 0);
        return quotes;
    }

    private static bool HasDoubleMarks(string text, Token[] tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.QuoteMark && QuoteMarks.IsDouble(text[t.Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quotation currently open while scanning.</summary>
    private sealed class OpenQuote
    {
        public StringBuilder Text { get; } = new();

        public int Unit { get; private set; } = -1;

        public int Open { get; private set; }

        public char Mark { get; private set; }

        public bool Single { get; private set; }

        public int ContentStart { get; set; }

        public int LastUnit { get; set; }

        public bool IsOpen => Unit >= 0;

        public void Start(int unit, int open, char mark, int contentStart, bool single)
        {
            (Unit, Open, Mark, ContentStart, Single, LastUnit) = (unit, open, mark, contentStart, single, unit);
            Text.Clear();
        }

        public void Flush(List<QuoteSpan> quotes, IReadOnlyList<TextUnit> units)
        {
            quotes.Add(new QuoteSpan(Unit, Open, LastUnit, units[LastUnit].Tokens.Length, Text.ToString().Trim()));
            Reset();
        }

        public void Reset()
        {
            Unit = -1;
            Text.Clear();
        }
    }
}
