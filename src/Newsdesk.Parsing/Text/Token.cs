namespace Newsdesk.Parsing.Text;

/// <summary>A token of a text unit: offsets into the unit's text, the core length (without a possessive 's), kind, flags and sentence.</summary>
internal readonly record struct Token(int Start, int Length, int CoreLength, TokenKind Kind, TokenFlags Flags, int Sentence)
{
    /// <summary>Offset just past the token.</summary>
    public int End => Start + Length;

    /// <summary>Whether a flag is set.</summary>
    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    /// <summary>The token's text without a possessive 's.</summary>
    public ReadOnlySpan<char> Core(string text) => text.AsSpan(Start, CoreLength);

    /// <summary>The token's full text.</summary>
    public ReadOnlySpan<char> Full(string text) => text.AsSpan(Start, Length);
}
