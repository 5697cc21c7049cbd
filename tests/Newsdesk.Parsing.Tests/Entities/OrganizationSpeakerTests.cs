using static Newsdesk.Parsing.Tests.Entities.EntityTestDrafts;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>"the company said": the organization that last opened a sentence and fits the noun speaks.</summary>
public sealed class OrganizationSpeakerTests
{
    [Fact]
    public void TheCompanySaidNamesTheCompanyThatOpenedTheSentenceBefore()
    {
        var d = Run("Norvik Minerals denied the claims. In a statement, the company said it had \"met every obligation under the licence\" and would appeal.");
        Assert.Equal("Norvik Minerals", Quote(d, "met every obligation").Speaker);
    }

    [Fact]
    public void TheCompanyIsNotTheCourtNamedLater()
    {
        var d = Run("Norvik Minerals said it would appeal to the Supreme Court. \"The ruling ignores the contract,\" the company said.");
        Assert.Equal("Norvik Minerals", Quote(d, "The ruling ignores the contract").Speaker);
    }

    [Fact]
    public void TheMinistryNeedsAMinistry()
    {
        var d = Run("Norvik Minerals paid the fine. \"This closes the matter,\" the ministry said.");
        Assert.Null(Quote(d, "This closes the matter").Speaker);
    }
}
