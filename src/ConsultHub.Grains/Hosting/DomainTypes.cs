namespace ConsultHub.Grains.Hosting;

/// <summary>Which types belong to the domain project, whose types cross grain calls without Orleans attributes.</summary>
public static class DomainTypes
{
    private static readonly System.Reflection.Assembly Domain = typeof(Domain.Consultation).Assembly;

    /// <summary>
    /// True for a concrete class or record of ConsultHub.Domain (enums and structs are left to Orleans).
    /// Types the compiler synthesizes there (<c>&lt;&gt;z__ReadOnlyList&lt;T&gt;</c> behind a collection
    /// expression) are not the domain's: System.Text.Json cannot construct them, so sent as JSON by their
    /// runtime type they failed to reach another silo; Orleans' own collection codecs take them instead.
    /// </summary>
    public static bool Contains(Type type) =>
        type.Assembly == Domain && type.IsClass && !type.IsAbstract && !type.Name.StartsWith('<');
}
