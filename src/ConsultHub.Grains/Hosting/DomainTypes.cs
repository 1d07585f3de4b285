namespace ConsultHub.Grains.Hosting;

/// <summary>Which types belong to the domain project, whose types cross grain calls without Orleans attributes.</summary>
public static class DomainTypes
{
    private static readonly System.Reflection.Assembly Domain = typeof(Domain.Consultation).Assembly;

    /// <summary>True for a concrete class or record of ConsultHub.Domain (enums and structs are left to Orleans).</summary>
    public static bool Contains(Type type) => type.Assembly == Domain && type.IsClass && !type.IsAbstract;
}
