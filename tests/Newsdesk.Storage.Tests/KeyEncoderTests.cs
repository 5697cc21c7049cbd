using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Storage.Tests;

public sealed class KeyEncoderTests
{
    [Property(MaxTest = 500)]
    public bool AnyStringBecomesAValidKeyOfAtMostOneKiB(string? value)
    {
        var key = KeyEncoder.Encode(value ?? "");
        return KeyEncoder.IsValidKey(key) && key.Length <= KeyEncoder.MaxKeyLength && System.Text.Encoding.Unicode.GetByteCount(key) <= 1024;
    }

    [Property(MaxTest = 500)]
    public bool AnyKeyIsReversibleUnlessItWasHashed(string? value)
    {
        value ??= "";
        var key = KeyEncoder.Encode(value);
        return KeyEncoder.IsHashed(key)
            ? key.Length <= KeyEncoder.MaxKeyLength && !KeyEncoder.TryDecode(key, out _)
            : KeyEncoder.TryDecode(key, out var decoded) && decoded == value;
    }

    [Property(MaxTest = 200)]
    public Property LongStringsAreHashedTruncatedAndStable()
    {
        var longStrings = ArbMap.Default.GeneratorFor<string>()
            .Where(s => s is not null)
            .Select(s => string.Concat(Enumerable.Repeat(s + "/#?_\u0001\u0085x", 200)))
            .ToArbitrary();
        return Prop.ForAll(longStrings, s =>
        {
            var key = KeyEncoder.Encode(s);
            return KeyEncoder.IsHashed(key) && KeyEncoder.IsValidKey(key) && key.Length <= KeyEncoder.MaxKeyLength && key == KeyEncoder.Encode(s);
        });
    }

    [Property(MaxTest = 300)]
    public bool DistinctShortValuesGiveDistinctKeys(string? a, string? b)
    {
        a ??= "";
        b ??= "";
        return a == b || KeyEncoder.Encode(a, 10_000) != KeyEncoder.Encode(b, 10_000);
    }

    [Theory]
    [InlineData("a/b\\c#d?e", "a!2Fb!5Cc!23d!3Fe")]
    [InlineData("under_score!bang%", "under!5Fscore!21bang!25")]
    [InlineData("tab\there\u0085", "tab!09here!85")]
    [InlineData("São Paulo", "São Paulo")]
    public void EscapesForbiddenCharactersReadably(string value, string expected)
    {
        Assert.Equal(expected, KeyEncoder.Encode(value));
        Assert.True(KeyEncoder.TryDecode(expected, out var back));
        Assert.Equal(value, back);
    }

    [Fact]
    public void LoneSurrogatesAreEscapedAndPairsKept()
    {
        var value = "x\uD800y\uD83D\uDE00z";
        var key = KeyEncoder.Encode(value);
        Assert.Equal("x!uD800y\uD83D\uDE00z", key);
        Assert.True(KeyEncoder.TryDecode(key, out var back));
        Assert.Equal(value, back);
    }

    [Fact]
    public void SegmentsFitTheirBudgetSoCompositeKeysStayUnderOneKiB()
    {
        var entityId = "person:" + new string('x', 2000);
        var key = RowKeys.Mention(entityId, new string('a', 32));
        Assert.True(key.Length <= KeyEncoder.MaxKeyLength);
        Assert.StartsWith(RowKeys.MentionPrefix(entityId), key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cat Barton", "cat-barton")]
    [InlineData("São Paulo", "sao-paulo")]
    [InlineData("  A.F.P. ", "a-f-p")]
    public void SlugsAreLowerCaseAsciiFolded(string value, string expected) => Assert.Equal(expected, RowKeys.Slug(value));

    [Fact]
    public void PrefixRangeCoversExactlyThePrefix()
    {
        var range = KeyRange.Prefix("m_person:a_");
        Assert.Equal("m_person:a`", range.To);
        Assert.True(string.CompareOrdinal("m_person:a_0123", range.To) < 0);
        Assert.True(string.CompareOrdinal("m_person:ab_0123", range.To) > 0);
    }
}
