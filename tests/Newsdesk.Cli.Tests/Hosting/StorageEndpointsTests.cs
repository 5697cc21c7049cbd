using Newsdesk.Cli.Hosting;

namespace Newsdesk.Cli.Tests.Hosting;

public sealed class StorageEndpointsTests
{
    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("UseDevelopmentStorage=true;")]
    [InlineData("usedevelopmentstorage = TRUE")]
    public void DevelopmentStorageIsAzuriteOnItsDefaultPorts(string connection)
    {
        var endpoints = StorageEndpoints.Parse(connection);

        Assert.True(StorageEndpoints.IsDevelopmentStorage(connection));
        Assert.Equal([10000, 10001, 10002], new[] { endpoints.Blob.Port, endpoints.Queue.Port, endpoints.Table.Port });
        Assert.True(endpoints.IsLocal);
    }

    [Fact]
    public void ExplicitEndpointsAreTakenAsGiven()
    {
        var endpoints = StorageEndpoints.Parse("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:41000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:41001/devstoreaccount1;TableEndpoint=http://127.0.0.1:41002/devstoreaccount1;");

        Assert.Equal("http://127.0.0.1:41002/devstoreaccount1", endpoints.Table.ToString());
        Assert.True(endpoints.IsLocal);
    }

    [Fact]
    public void AnAccountNameGivesTheAzureEndpoints()
    {
        var endpoints = StorageEndpoints.Parse("DefaultEndpointsProtocol=https;AccountName=newsdeskprod;AccountKey=a2V5;EndpointSuffix=core.windows.net");

        Assert.Equal("https://newsdeskprod.blob.core.windows.net/", endpoints.Blob.ToString());
        Assert.Equal("https://newsdeskprod.table.core.windows.net/", endpoints.Table.ToString());
        Assert.False(endpoints.IsLocal);
    }

    [Fact]
    public void MessagesNeverShowTheAccountKey()
    {
        var redacted = StorageEndpoints.Redact("AccountName=x;AccountKey=c2VjcmV0;BlobEndpoint=http://h/x");

        Assert.DoesNotContain("c2VjcmV0", redacted);
        Assert.Contains("AccountKey=***", redacted);
    }

    [Fact]
    public void NonsenseIsRejectedWithAMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => StorageEndpoints.Parse("just some words"));

        Assert.Contains("connection string", error.Message);
    }
}
