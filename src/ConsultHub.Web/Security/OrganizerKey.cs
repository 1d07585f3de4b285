using ConsultHub.Grains.Consultations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Security;

/// <summary>The organizer key as the operators' endpoints check it (<c>/metrics</c>, <c>/cluster</c>, <c>/dashboard</c>).</summary>
public static class OrganizerKey
{
    /// <summary>
    /// A check of a presented key against the organizer key (hashed, compared in constant time). The
    /// key is read on first use, not while mapping: options fail their validation when the host
    /// starts, with the key's name.
    /// </summary>
    public static Func<string?, bool> CheckFor(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var hash = new Lazy<string>(() => Secrets.Hash(services.GetRequiredService<IOptions<ConsultationGrainOptions>>().Value.OrganizerKey));
        return presented => Secrets.Matches(presented, hash.Value);
    }
}
