namespace Newsdesk.Parsing;

/// <summary>Why an upload (or one line of it) could not be parsed, in words a user can act on.</summary>
/// <param name="Code">Stable machine-readable reason: empty, too-large, binary, encoding, malformed-json, no-article, ...</param>
/// <param name="Message">What was wrong with which input and what to do.</param>
/// <param name="Line">For NDJSON, the 1-based line.</param>
public sealed record ParseError(string Code, string Message, int? Line = null);
