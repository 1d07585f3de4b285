using ConsultHub.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace ConsultHub.Grains.Hosting;

/// <summary>How values cross grain calls.</summary>
public static class GrainSerialization
{
    /// <summary>
    /// Domain types travel as JSON with the domain's own conventions (<see cref="DomainJson"/>), as
    /// they do in the journal and on the wire, so the domain project stays free of Orleans; they are
    /// never copied (<see cref="ImmutableDomainCopier"/>). The Grains project's own messages carry
    /// generated serializers and are marked immutable. Collections the compiler synthesizes for
    /// collection expressions travel as arrays (<see cref="SynthesizedCollectionCodec"/>).
    /// </summary>
    public static ISerializerBuilder AddConsultHubSerialization(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IGeneralizedCopier, ImmutableDomainCopier>();
        builder.Services.AddSingleton<IGeneralizedCodec, SynthesizedCollectionCodec>();
        return builder.AddJsonSerializer(type => DomainTypes.Contains(type) && !SynthesizedCollectionCodec.IsSynthesized(type), isCopyable: null, options => options.Configure(o => o.SerializerOptions = DomainJson.Create()));
    }
}
