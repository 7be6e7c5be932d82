namespace RoleMapper.Core.Maturity;

/// <summary>One statement of the model, in the LGA's words.</summary>
/// <param name="Id">
/// Stable for ever (<c>strand.stage.theme</c>, e.g. <c>workforce-development.mature.skills-mapping</c>); assessments
/// store it, so it is never reused for a different statement.
/// </param>
/// <param name="Text">The LGA's wording.</param>
/// <param name="Evidence">
/// The RoleMapper figures that can back this statement (<see cref="EvidenceHints"/>); empty for most statements.
/// </param>
public sealed record MaturityStatement(string Id, string Text, IReadOnlyList<string> Evidence);
