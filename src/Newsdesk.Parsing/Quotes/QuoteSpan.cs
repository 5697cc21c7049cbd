namespace Newsdesk.Parsing.Quotes;

/// <summary>A quotation found in the body: where it opens and closes (units and tokens) and its text.</summary>
/// <param name="OpenUnit">Unit of the opening mark.</param>
/// <param name="Open">Token index of the opening mark.</param>
/// <param name="CloseUnit">Unit of the closing mark (later than the opening one when the quote runs over paragraphs).</param>
/// <param name="Close">Token index of the closing mark, or the unit's token count when the quote is left open.</param>
/// <param name="Text">The quoted words without the outer marks.</param>
internal sealed record QuoteSpan(int OpenUnit, int Open, int CloseUnit, int Close, string Text);
