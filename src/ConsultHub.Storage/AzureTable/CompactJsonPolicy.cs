using Azure.Core;
using Azure.Core.Pipeline;

namespace ConsultHub.Storage.AzureTable;

/// <summary>Sends request bodies through <see cref="JsonEscapes.Compact"/> once per call, before retries.</summary>
internal sealed class CompactJsonPolicy : HttpPipelinePolicy
{
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (message.Request.Content is { } content)
        {
            using var body = new MemoryStream();
            await content.WriteToAsync(body, message.CancellationToken).ConfigureAwait(false);
            message.Request.Content = RequestContent.Create(JsonEscapes.Compact(body.GetBuffer().AsSpan(0, (int)body.Length)));
        }

        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (message.Request.Content is { } content)
        {
            using var body = new MemoryStream();
            content.WriteTo(body, message.CancellationToken);
            message.Request.Content = RequestContent.Create(JsonEscapes.Compact(body.GetBuffer().AsSpan(0, (int)body.Length)));
        }

        ProcessNext(message, pipeline);
    }
}
