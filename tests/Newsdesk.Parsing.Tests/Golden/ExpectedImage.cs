namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>An expected image; <see cref="Url"/> is only checked when given.</summary>
public sealed record ExpectedImage(string? Url, string? Caption, string? Credit);
