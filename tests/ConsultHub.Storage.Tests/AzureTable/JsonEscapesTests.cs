using System.Text;
using System.Text.Json;
using ConsultHub.Storage.AzureTable;

namespace ConsultHub.Storage.Tests.AzureTable;

public sealed class JsonEscapesTests
{
    [Theory]
    [InlineData("plain ascii")]
    [InlineData("quote \" backslash \\ slash / <tag> & 'apostrophe' +1 `tick`")]
    [InlineData("control \n\t\r\u0001\u001f and \u007f")]
    [InlineData("é 中文 😀 עברית \u2028 \ufeff")]
    [InlineData("literal backslash-u: \\u0041 and \\\\u00e9")]
    public void Compact_OfWhatTheSdkWrites_ReadsBackAsTheSameText(string text)
    {
        var escaped = JsonSerializer.SerializeToUtf8Bytes(new { Data0 = text });

        var compacted = JsonEscapes.Compact(escaped);

        Assert.Equal(text, JsonDocument.Parse(compacted).RootElement.GetProperty("Data0").GetString());
    }

    [Fact]
    public void Compact_LeavesNonAsciiAsRawUtf8AndKeepsOnlyTheEscapesJsonNeeds()
    {
        var escaped = JsonSerializer.SerializeToUtf8Bytes("é中😀\"<+\n\u0001\\");

        var compacted = Encoding.UTF8.GetString(JsonEscapes.Compact(escaped));

        Assert.Equal("\"é中😀\\\"<+\\n\\u0001\\\\\"", compacted);
    }

    [Fact]
    public void Compact_OfMixedText_TakesAtMostThreeBytesAUtf16Unit()
    {
        var text = Records.MixedText(100_000);
        var escaped = JsonSerializer.SerializeToUtf8Bytes(text);

        var compacted = JsonEscapes.Compact(escaped);

        Assert.True(escaped.Length > text.Length * 3, $"The SDK's encoder wrote {escaped.Length} bytes.");
        Assert.True(compacted.Length <= PayloadBudget.Estimate(text) + 2, $"{compacted.Length} bytes for an estimate of {PayloadBudget.Estimate(text)}.");
    }

    [Fact]
    public void Compact_LeavesAMultipartFrameAroundTheJsonAsItWas()
    {
        const string Frame = "--changeset_1\r\nContent-Type: application/http\r\n\r\nPOST http://127.0.0.1/t HTTP/1.1\r\n\r\n";
        var body = Encoding.UTF8.GetBytes(Frame + "{\"Data0\":\"\\u00E9\"}\r\n--changeset_1--");

        var compacted = Encoding.UTF8.GetString(JsonEscapes.Compact(body));

        Assert.Equal(Frame + "{\"Data0\":\"é\"}\r\n--changeset_1--", compacted);
    }
}
