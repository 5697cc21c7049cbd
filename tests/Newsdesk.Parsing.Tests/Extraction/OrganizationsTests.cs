using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class OrganizationsTests
{
    [Theory]
    [InlineData("The Sahel Observer", true)]
    [InlineData("THE SAHEL OBSERVER", true)]
    [InlineData("The Valley Courier", true)]
    [InlineData("Reuters", true)]
    [InlineData("The Rev. Anna Holt", false)]
    [InlineData("The Hon Mark Lee", false)]
    [InlineData("the end", false)]
    [InlineData("Anna Holt", false)]
    public void ANameStartingWithTheIsAnOrganizationUnlessATitleFollows(string text, bool expected) =>
        Assert.Equal(expected, Organizations.IsOrganization(text));
}
