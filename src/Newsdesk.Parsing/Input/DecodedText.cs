namespace Newsdesk.Parsing.Input;

/// <summary>Decoded text and the encoding used, or why the bytes are not text.</summary>
public sealed record DecodedText(string? Text, string EncodingName, ParseError? Error);
