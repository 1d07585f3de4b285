using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>Sends HTTP inputs, a few at a time, and records each answer: a 4xx problem with a known code, or a failure.</summary>
public sealed class HttpFuzzer(HttpClient http, FuzzTally tally)
{
    private const int Parallel = 4;

    /// <summary>Sends every input.</summary>
    public Task RunAsync(IReadOnlyList<HttpInput> inputs) =>
        System.Threading.Tasks.Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (input, _) => await SendAsync(input));

    private async Task SendAsync(HttpInput input)
    {
        using var request = new HttpRequestMessage(input.Method, input.Path);
        if (input.Body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(input.Body);
            request.Content = input.Chunked ? new StreamContent(new UnknownLengthStream(bytes)) : new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        if (input.Bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + input.Bearer);
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException ex)
        {
            tally.Failed($"{input.Description}: no response ({ex.Message}).");
            return;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var code = CodeOf(response, body);
            if (status >= 500)
            {
                tally.Failed($"{input.Description}: {status} {Short(body)}", serverError: true);
            }
            else if (status < 400)
            {
                tally.Failed($"{input.Description}: accepted with {status} {Short(body)}");
            }
            else if (code is null)
            {
                tally.Failed($"{input.Description}: {status} without a coded problem: {response.Content.Headers.ContentType} {Short(body)}");
            }
            else
            {
                tally.Coded($"http {status} {code}");
            }
        }
    }

    private static string? CodeOf(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return null;
        }
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                && Fixtures.RawCompletion.Codes.Contains(code.GetString()) && code.GetString() != "unavailable"
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>A body whose length the client cannot know in advance, so it goes out chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
