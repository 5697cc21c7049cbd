namespace Newsdesk.Parsing.Model;

/// <summary>A direct quotation and who said it.</summary>
/// <param name="Text">The quoted words, without the quotation marks.</param>
/// <param name="Speaker">The speaker's canonical name, when attributed.</param>
/// <param name="SpeakerId">The speaker's entity id, when resolved.</param>
/// <param name="IsFragment">True for scare quotes of one to three words: kept, but not a statement.</param>
public sealed record Quote(string Text, string? Speaker, string? SpeakerId, bool IsFragment = false);
