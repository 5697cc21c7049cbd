namespace Newsdesk.Export;

/// <summary>What an export wrote: the row count, and the token of the next page when <c>limit</c> cut it short.</summary>
public sealed record ExportResult(long Rows, string? Continuation);
