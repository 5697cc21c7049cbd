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

    [Fact]
    public void LongChainsOfAmpersandsParticlesAndOrdinalsAreHandled()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("Baker & Finch & Cole & Ward van der Von De Al-Hadi Court of Appeals for the Second Circuit Ligue 1 & for the Ninth ");
        }

        var d = Run(sb.ToString(), string.Concat(Enumerable.Repeat("de van der bin al ", 50_000)));
        Assert.NotNull(d.Entities);
    }

    [Fact]
    public void LongRunsOfOrganizationAndClubPatternsAreHandled()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("Banco de Ligue de Computer & Communications Industry Trade Association Congress state president Old Greater Mysore ")
                .Append("Lyon, who Lyon midfielder Shares in KVMC alliance. In the United States, \"Yes,\" the company said. ");
        }

        var d = Run(sb.ToString());
        Assert.NotNull(d.Entities);
        Assert.NotEmpty(d.Quotes);
    }

    [Fact]
    public void ThousandsOfPeopleSharingAParticleSurnameAreHandled()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append("Ann").Append((char)('a' + (i % 26))).Append((char)('a' + (i / 26 % 26))).Append((char)('a' + (i / 676 % 26)))
                .Append(" van der Berg met Van der Berg. \"Yes,\" said van der Berg. ");
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
