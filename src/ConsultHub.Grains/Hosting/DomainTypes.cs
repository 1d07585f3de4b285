namespace ConsultHub.Grains.Hosting;

/// <summary>Which types belong to the domain project, whose types cross grain calls without Orleans attributes.</summary>
public static class DomainTypes
{
    private static readonly System.Reflection.Assembly Domain = typeof(Domain.Consultation).Assembly;

    /// <summary>
    /// True for a concrete class or record of ConsultHub.Domain (enums and structs are left to Orleans).
    /// Types the compiler synthesized there, such as the <c>&lt;&gt;z__ReadOnlyList</c> behind a collection
    /// expression typed <c>IReadOnlyList</c>, are not ours: JSON could write them but not read them back,
    /// so Orleans' own collection codecs carry them (as lists) instead.
    /// </summary>
    public static bool Contains(Type type) => type.Assembly == Domain && type.IsClass && !type.IsAbstract && !type.Name.StartsWith('<');
}
