namespace RoleMapper.Core.Maturity;

/// <summary>A statement with the strand and stage it belongs to, as found by <see cref="MaturityModel.FindStatement"/>.</summary>
public sealed record LocatedStatement(MaturityStrand Strand, MaturityStage Stage, MaturityStatement Statement);
