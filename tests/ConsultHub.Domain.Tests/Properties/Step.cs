namespace ConsultHub.Domain.Tests.Properties;

/// <summary>
/// One random step, kept abstract so it shrinks well: small numbers the interpreter turns into a
/// caller, ids (known or unknown), texts and positions against the state at that moment.
/// </summary>
/// <param name="Kind">The command.</param>
/// <param name="Who">Picks the caller: usually the natural one, sometimes anyone (wrong roles included).</param>
/// <param name="A">First selector (usually the target id).</param>
/// <param name="B">Second selector (variant, second id).</param>
/// <param name="C">Third selector (position, option, reason).</param>
/// <param name="Text">Picks a text variant: valid, empty, too long, control or invisible characters.</param>
/// <param name="AdvanceMs">How far the fake clock moves before the command.</param>
public sealed record Step(StepKind Kind, int Who, int A, int B, int C, int Text, long AdvanceMs)
{
    public override string ToString() => $"{Kind}(who {Who}, {A}, {B}, {C}, text {Text}, +{AdvanceMs} ms)";
}
