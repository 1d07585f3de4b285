namespace ConsultHub.Grains.Runtime;

/// <summary>One <c>AddGrain&lt;TInterface, TGrain&gt;()</c> call, collected from DI by <see cref="GrainTypeMap"/>.</summary>
internal sealed record GrainRegistration(Type Interface, Type GrainClass);
