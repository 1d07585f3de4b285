using ConsultHub.Grains.Consultations;
using ConsultHub.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Tests.Trust;

/// <summary><c>Hub:TokenSigningKey</c>: generated beside the database when missing and kept across restarts, validated at start.</summary>
public sealed class TokenSigningKeyTests : IDisposable
{
    private const string Name = $"{ConsultationGrainOptions.Section}:{nameof(ConsultationGrainOptions.TokenSigningKey)}";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "consulthub-signing-" + Guid.NewGuid().ToString("n"));

    [Fact]
    public void MissingKey_IsGeneratedOnceBesideTheDatabase_AndReusedOnRestart()
    {
        var first = Configuration();
        var second = Configuration();

        OrganizerKeyBootstrap.Ensure(first, _directory);
        OrganizerKeyBootstrap.Ensure(second, _directory);

        var path = Path.Combine(_directory, "data", OrganizerKeyBootstrap.TokenSigningFileName);
        Assert.True(File.Exists(path));
        Assert.True(first[Name]!.Length >= ParticipantTokens.MinKeyLength);
        Assert.Equal(first[Name], second[Name]);
        Assert.NotEqual(first[Name], first["Hub:OrganizerKey"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void ConfiguredKey_IsUsedAsIs_AndNoFileIsWritten()
    {
        var configuration = Configuration();
        configuration[Name] = "a-configured-token-signing-key-0123456789";

        OrganizerKeyBootstrap.Ensure(configuration, _directory);

        Assert.Equal("a-configured-token-signing-key-0123456789", configuration[Name]);
        Assert.False(File.Exists(Path.Combine(_directory, "data", OrganizerKeyBootstrap.TokenSigningFileName)));
    }

    [Fact]
    public async Task KeyShorterThan32Characters_FailsAtStart()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Directory.CreateDirectory(_directory).FullName,
            Args = ["--urls=http://127.0.0.1:0", "--Hub:OrganizerKey=an-organizer-key-0123456789", $"--{Name}=only-31-characters-long-0123456"],
        });
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.AddConsultationHub();
        await using var app = builder.Build();
        app.MapConsultationHub();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(nameof(ConsultationGrainOptions.TokenSigningKey), failure.Message, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static ConfigurationManager Configuration() => new();
}
