namespace RoleMapper.Core.Maturity;

/// <summary>One strand (column) of the model, with its four stages from Early to Mature.</summary>
/// <param name="LongTitle">Another name the LGA uses for the strand, if any ("Procurement and Provider Management").</param>
public sealed record MaturityStrand(string Id, string Title, string? LongTitle, IReadOnlyList<MaturityStage> Stages)
{
    /// <summary>The strand at one stage. The loader guarantees all four stages, in order.</summary>
    public MaturityStage Stage(MaturityLevel level) => Stages[(int)level];

    /// <summary>The statements a council can tick: those of every stage but the baseline, lowest stage first.</summary>
    public IEnumerable<MaturityStatement> TickableStatements =>
        Stages.Where(s => !s.IsBaseline).SelectMany(s => s.Statements);
}
