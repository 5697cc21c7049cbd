namespace Newsdesk.Parsing.Text;

/// <summary>Assigns sentence numbers: a sentence ends at . ! ? (plus closing quotes/brackets) before a capital, number, opening quote or the end.</summary>
internal static class SentenceSplitter
{
    /// <summary>Rewrites each token's sentence number and sentence-start flag in place.</summary>
    public static void Assign(string text, Token[] tokens)
    {
        var sentence = 0;
        var atStart = true;
        var k = 0;
        while (k < tokens.Length)
        {
            var t = tokens[k];
            var flags = atStart && t.Kind is TokenKind.Word or TokenKind.Number ? t.Flags | TokenFlags.SentenceStart : t.Flags;
            if (atStart && t.Kind is TokenKind.Word or TokenKind.Number)
            {
                atStart = false;
            }

            tokens[k] = t with { Sentence = sentence, Flags = flags };
            k++;
            if (t.Kind != TokenKind.Punct || text[t.Start] is not ('.' or '!' or '?' or '\u2026'))
            {
                continue;
            }

            // Closing quotes and brackets belong to the sentence they close.
            while (k < tokens.Length && (tokens[k].Kind == TokenKind.QuoteMark || text[tokens[k].Start] is ')' or ']' or '*') &&
                   (k + 1 >= tokens.Length || tokens[k + 1].Start > tokens[k].End || tokens[k + 1].Kind != TokenKind.Word))
            {
                tokens[k] = tokens[k] with { Sentence = sentence };
                k++;
            }

            if (k >= tokens.Length)
            {
                break;
            }

            var next = tokens[k];
            if (next.Has(TokenFlags.Capitalized) || next.Kind is TokenKind.Number or TokenKind.QuoteMark || !char.IsLetter(text[next.Start]))
            {
                sentence++;
                atStart = true;
            }
        }
    }
}
