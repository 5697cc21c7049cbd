using System.Text;
using FsCheck.Xunit;
using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

public sealed class HostileInputTests
{
    [Fact]
    public void AMegabyteOfCapitalisedWordsIsHandled()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("Kim Jong Un Vladimir Putin University Of Oslo Square Mr. ");
        }

        var d = Run(sb.ToString());
        Assert.NotEmpty(d.Entities);
    }

    [Fact]
    public void LongRunsOfQuotationMarksAreHandled()
    {
        var d = Run(new string('"', 200_000), string.Concat(Enumerable.Repeat("\u201C\u00AB'\u2018 said ", 20_000)));
        Assert.NotNull(d.Quotes);
    }

    [Fact]
    public void LongChainsOfConnectedNamesAreHandled()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("Bank of Ministry for University and Council of ");
        }

        var d = Run(sb.ToString());
        Assert.NotNull(d.Entities);
    }

    [Fact]
    public void ThousandsOfDistinctPeopleSharingAShortFormAreHandled()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append("Kim Sung-b").Append((char)('a' + (i % 26))).Append(i).Append(" met Kim. \"Yes,\" Kim said. ");
        }

        var d = Run(sb.ToString());
        Assert.NotEmpty(d.Quotes);
    }

    [Property(MaxTest = 300)]
    public void AnyTextGivesAResult(string? text)
    {
        var d = Run(text ?? "", (text ?? "") + " \"" + text + "\" he said.");
        Assert.NotNull(d.Entities);
        Assert.NotNull(d.Quotes);
    }
}
