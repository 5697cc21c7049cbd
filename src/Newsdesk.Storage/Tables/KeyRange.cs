namespace Newsdesk.Storage.Tables;

/// <summary>A half-open key range <c>[From, To)</c> for <c>ge</c>/<c>lt</c> filters.</summary>
public sealed record KeyRange(string From, string To)
{
    /// <summary>Every key that starts with <paramref name="prefix"/>: <c>[prefix, prefix with its last char + 1)</c>.</summary>
    public static KeyRange Prefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var last = prefix[^1];
        return new KeyRange(prefix, string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(last + 1)).ToString()));
    }
}
