using ConsultHub.Storage.AzureTable;
using Azure.Data.Tables;

namespace ConsultHub.Storage.Tests.AzureTable;

public sealed class TextChunksTests
{
    [Fact]
    public void Split_NeverCutsASurrogatePair()
    {
        // A pair straddles the first boundary: character 31 999 is its high half.
        var text = new string('x', TextChunks.ChunkLength - 1) + "😀" + new string('y', 10);

        var chunks = TextChunks.Split(text);

        Assert.All(chunks, chunk => Assert.False(char.IsHighSurrogate(chunk[^1])));
        Assert.All(chunks, chunk => Assert.True(chunk.Length <= TextChunks.ChunkLength));
        Assert.Equal(text, string.Concat(chunks));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(TextChunks.ChunkLength)]
    [InlineData(TextChunks.ChunkLength * 3 + 7)]
    public void WriteThenRead_RoundTrips(int length)
    {
        var text = Records.MixedText(length)[..length];
        var entity = new TableEntity("p", "r");

        TextChunks.Write(entity, TextChunks.Split(text));

        Assert.Equal(text, TextChunks.Read(entity));
    }
}
