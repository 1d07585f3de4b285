using ConsultHub.Storage.AzureTable;

namespace ConsultHub.Storage.Tests.AzureTable;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("consultation-42")]
    [InlineData("a/b\\c#d?e")]
    [InlineData("tab\tnew\nline\u007f\u0085")]
    [InlineData("100% it's +1 ~0041")]
    [InlineData("中文 🙂 Ünïcode")]
    public void PartitionKey_RoundTripsAndHoldsOnlySafeCharacters(string streamId)
    {
        var key = TableKeys.PartitionKey(streamId);

        Assert.Equal(streamId, TableKeys.StreamId(key));
        Assert.All(key, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~', $"'{c}' in {key}"));
    }

    [Fact]
    public void PartitionKey_ForTwoDifferentIds_Differs()
    {
        Assert.NotEqual(TableKeys.PartitionKey("~0041"), TableKeys.PartitionKey("A"));
    }

    [Fact]
    public void PartitionKey_TooLongOnceEscaped_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => TableKeys.PartitionKey(new string('/', 200)));
    }

    [Fact]
    public void EventKeys_SortByVersion()
    {
        var keys = new[] { 10L, 9L, 100L, 1L }.Select(TableKeys.Event).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { 1L, 9L, 10L, 100L }.Select(TableKeys.Event), keys);
    }
}
