namespace ConsultHub.Grains.Consultations;

/// <summary>What a <see cref="CommandPipeline"/> run answered, and whether the journal failed it.</summary>
/// <param name="Outcomes">One outcome per command, in order.</param>
/// <param name="Failure">How the journal failed, if it did.</param>
public sealed record PipelineResult(IReadOnlyList<CommandOutcome> Outcomes, PipelineFailure Failure);
