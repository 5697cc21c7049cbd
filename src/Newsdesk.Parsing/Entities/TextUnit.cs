using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>One tokenized piece of the article, in document order.</summary>
/// <param name="Text">The unit's text.</param>
/// <param name="Tokens">Its tokens.</param>
/// <param name="Kind">How names are found in it.</param>
/// <param name="Order">Document order (title first).</param>
/// <param name="IsParagraph">True for body paragraphs (the quote extractor reads only these).</param>
internal sealed record TextUnit(string Text, Token[] Tokens, UnitKind Kind, int Order, bool IsParagraph);
