using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class SettingsRulesTests
{
    private static ConsultationSettings Valid => ConsultationBuilder.DefaultSettings;

    [Fact]
    public void Defaults_AreTheOnesSpecNames()
    {
        var settings = new ConsultationSettings();

        Assert.Equal(180, settings.SpeakingLimitSeconds);
        Assert.Equal(500, settings.Capacity);
        Assert.Equal(QueuePolicy.Fifo, settings.QueuePolicy);
        Assert.Equal(ModerationMode.Open, settings.ModerationMode);
        Assert.Equal(Visibility.Public, settings.Visibility);
        Assert.Equal(Language.En, settings.Language);
    }

    [Theory]
    [InlineData(Language.Ar)]
    [InlineData(Language.Zh)]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    [InlineData(Language.Ru)]
    [InlineData(Language.Es)]
    public void Validate_EachOfTheSixLanguages_IsKept(Language language)
    {
        Assert.Null(SettingsRules.Validate(Valid with { Language = language }, out var normalized));
        Assert.Equal(language, normalized.Language);
    }

    [Fact]
    public void Validate_AnUndefinedLanguage_IsInvalid_NamingTheFieldAndTheAllowedCodes()
    {
        var rejection = SettingsRules.Validate(Valid with { Language = (Language)42 }, out _);

        Assert.Equal(RejectionCode.Invalid, rejection?.Code);
        Assert.Equal("language must be one of: ar, zh, en, fr, ru, es.", rejection?.Message);
    }

    [Fact]
    public void Validate_ValidSettings_TrimsTextFields()
    {
        var rejection = SettingsRules.Validate(Valid with { Title = " Title ", Region = " Asia ", TimeZone = " Europe/Vienna ", Themes = [" Capacity building "] }, out var normalized);

        Assert.Null(rejection);
        Assert.Equal("Title", normalized.Title);
        Assert.Equal("Asia", normalized.Region);
        Assert.Equal("Europe/Vienna", normalized.TimeZone);
        Assert.Equal(["Capacity building"], normalized.Themes);
    }

    [Fact]
    public void Validate_WithoutSettings_IsInvalid()
    {
        Assert.Equal(RejectionCode.Invalid, SettingsRules.Validate(null, out _)?.Code);
    }

    public static TheoryData<ConsultationSettings> InvalidSettings => new()
    {
        Valid with { Title = "" },
        Valid with { Title = "   " },
        Valid with { Title = new string('t', 201) },
        Valid with { Title = "Line\nbreak" },
        Valid with { Title = "Hidden\u202Eoverride" },
        Valid with { Region = "" },
        Valid with { TimeZone = "Mars/Olympus_Mons" },
        Valid with { TimeZone = "" },
        Valid with { SpeakingLimitSeconds = 9 },
        Valid with { SpeakingLimitSeconds = 3601 },
        Valid with { Capacity = 0 },
        Valid with { Capacity = 10_001 },
        Valid with { Themes = ["Capacity building", "CAPACITY BUILDING"] },
        Valid with { Themes = [""] },
        Valid with { Themes = [.. Enumerable.Range(0, 31).Select(i => $"Theme {i}")] },
        Valid with { QueuePolicy = (QueuePolicy)42 },
        Valid with { ModerationMode = (ModerationMode)42 },
        Valid with { Visibility = (Visibility)42 },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_OutOfRangeOrMalformedSettings_IsInvalid(ConsultationSettings settings)
    {
        var rejection = SettingsRules.Validate(settings, out _);

        Assert.Equal(RejectionCode.Invalid, rejection?.Code);
    }

    [Fact]
    public void Validate_LimitsAreInclusive()
    {
        var settings = Valid with { Title = new string('t', 200), SpeakingLimitSeconds = 10, Capacity = 1, Themes = [.. Enumerable.Range(0, 30).Select(i => $"Theme {i}")] };

        Assert.Null(SettingsRules.Validate(settings, out _));
        Assert.Null(SettingsRules.Validate(settings with { SpeakingLimitSeconds = 3600, Capacity = 10_000 }, out _));
    }
}
